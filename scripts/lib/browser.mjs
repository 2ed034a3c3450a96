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

export async function requireBrowser() {
  const found = findBrowser() ?? (await installChromiumIfPossible(run));
  if (found) return found;
  console.error(`\n${installHelp()}\n`);
  process.exit(1);
}

/** Firefox ESR for the Firefox e2e run (tests/firefox). */
export async function requireFirefox() {
  const found = findFirefox() ?? (await installFirefoxIfPossible(run));
  if (found) return found;
  console.error(`\n${installFirefoxHelp()}\n`);
  process.exit(1);
}
