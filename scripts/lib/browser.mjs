// Finds (or, on Debian as root, installs) the browser for e2e tests and the demo.
import { findBrowser, installChromiumIfPossible, installHelp } from './find-browser.mjs';
import { run } from './run.mjs';

export async function requireBrowser() {
  const found = findBrowser() ?? (await installChromiumIfPossible(run));
  if (found) return found;
  console.error(`\n${installHelp()}\n`);
  process.exit(1);
}
