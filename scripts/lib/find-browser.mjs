// Finds a Chromium-family browser that can load an unpacked extension from the command line.
// Branded Google Chrome 137+ ignores --load-extension, so Chromium / Chrome for Testing / Edge come first.
import fs from 'node:fs';
import os from 'node:os';

const CANDIDATES = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: [
    `${process.env.LOCALAPPDATA}\\Chromium\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)']}\\Microsoft\\Edge\\Application\\msedge.exe`,
    `${process.env.PROGRAMFILES}\\Microsoft\\Edge\\Application\\msedge.exe`,
    `${process.env.PROGRAMFILES}\\Google\\Chrome\\Application\\chrome.exe`,
  ],
};

/** The browser to use, or null. `CHROMIUM_PATH` wins when it points at a file. */
export function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : null;
  return (CANDIDATES[os.platform()] ?? []).find((p) => p && fs.existsSync(p)) ?? null;
}

export function installHelp() {
  return [
    'No Chromium, Chrome or Edge was found.',
    '  Debian/Ubuntu:  sudo apt-get install -y chromium fonts-noto-core fonts-noto-color-emoji',
    '  Fedora:         sudo dnf install -y chromium',
    '  macOS:          brew install --cask chromium',
    '  Windows:        install Microsoft Edge or Chromium',
    'Or point CHROMIUM_PATH at the browser binary, e.g. CHROMIUM_PATH=/usr/bin/chromium npm test',
  ].join('\n');
}

/** On Debian as root, installs Debian's chromium (and fonts for readable screenshots). Returns the path or null. */
export function installChromiumIfPossible(run) {
  return aptInstall(run, ['chromium', 'fonts-noto-core', 'fonts-noto-color-emoji'], findBrowser);
}

/** Firefox for the Firefox e2e run: `FIREFOX_PATH`, else Debian's firefox-esr or a Firefox on the PATH. */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : null;
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => fs.existsSync(p)) ?? null;
}

export function installFirefoxHelp() {
  return [
    'No Firefox was found for the Firefox end-to-end tests.',
    '  Debian/Ubuntu:  sudo apt-get install -y firefox-esr',
    'Or point FIREFOX_PATH at the Firefox binary.',
  ].join('\n');
}

/** On Debian as root, installs Debian's firefox-esr. Returns the path or null. */
export function installFirefoxIfPossible(run) {
  return aptInstall(run, ['firefox-esr'], findFirefox);
}

/** Installs `packages` (the browser first) with apt-get when running as root on Debian, then finds the browser. */
async function aptInstall(run, packages, find) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !fs.existsSync('/usr/bin/apt-get')) return null;
  console.log(`Installing Debian ${packages[0]} (running as root)…`);
  await run('apt-get', ['update', '-qq']);
  await run('apt-get', ['install', '-y', '-qq', ...packages]);
  return find();
}
