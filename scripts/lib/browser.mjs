// Finds (or, on Debian as root, installs) the browsers for e2e tests and the demo.
import {
  findBrowser,
  findFirefox,
  installChromiumIfPossible,
  installFirefoxHelp,
  installFirefoxIfPossible,
  installHelp,
} from './find-browser.mjs';
import { run } from './run.mjs';

/** Chromium (or Edge, or Chrome) for the e2e tests and the demo. */
export function requireBrowser() {
  return requireOne(findBrowser, installChromiumIfPossible, installHelp);
}

/** Firefox ESR for the Firefox e2e run (tests/firefox). */
export function requireFirefox() {
  return requireOne(findFirefox, installFirefoxIfPossible, installFirefoxHelp);
}

/** The browser's path: found, or installed where that is possible; else the install help, and exit. */
async function requireOne(find, install, help) {
  const found = find() ?? (await install(run));
  if (found) return found;
  console.error(`\n${help()}\n`);
  process.exit(1);
}
