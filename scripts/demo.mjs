/* global chrome -- used inside service-worker callbacks (sw.evaluate) */
// `npm run demo`: build Kawan Aman and try it on the bundled practice pages.
// With a display, Chromium opens for you to explore. Without one (a server, CI, or `--headless`), the demo drives
// every practice page headless, saves screenshots and a summary to demo-output/, and exits 0.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { requireBrowser } from './lib/browser.mjs';
import { bin, ensureDependencies, ROOT, run, step } from './lib/run.mjs';
import { writeSealedSettings } from './lib/sealed-settings.mjs';

const args = new Set(process.argv.slice(2));
const hasDisplay =
  process.platform === 'win32' ||
  process.platform === 'darwin' ||
  Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = args.has('--headless') || Boolean(process.env.CI) || !hasDisplay;

await ensureDependencies();
await step('Build the extension (Chrome MV3)', () => run(bin('wxt'), ['build']));
const executablePath = await requireBrowser();

// Imported after `npm ci` so a fresh clone can run this script.
const { chromium } = await import('@playwright/test');
const { startPracticeServer, practiceBrowserArgs, PRACTICE_PORT } = await import('./lib/practice-server.mjs');
const { SCENARIOS } = await import('./demo-scenarios.mjs');
const { pressCardButton, readCard } = await import('./lib/card.mjs');

/** The card the page shows (read over DevTools: it lives in a closed shadow root), waiting up to `ms` for one. */
async function waitForCard(cdp, ms) {
  const until = Date.now() + ms;
  for (;;) {
    const card = await readCard(cdp);
    if (card || Date.now() > until) return card;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

const extensionDir = path.join(ROOT, '.output/chrome-mv3');
const server = await startPracticeServer();
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kawan-aman-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless,
  viewport: headless ? { width: 1100, height: 760 } : null,
  // The practice hosts (*.test and imitations of real chat sites) map to the local server, whose certificate is
  // self-signed: this throwaway demo profile trusts it. The same flags as the e2e tests.
  args: practiceBrowserArgs(extensionDir),
});

const cleanup = async () => {
  await context.close().catch(() => undefined);
  await server.close();
  fs.rmSync(profile, { recursive: true, force: true });
};

if (!headless) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`http://practice.test:${PRACTICE_PORT}/`);
  console.log('\nChromium is open with Kawan Aman loaded on the practice pages. Close the browser window to finish.');
  await new Promise((resolve) => context.on('close', resolve));
  await server.close();
  process.exit(0);
}

/** Waits until the background has written the per-page config that reflects `patch`. */
async function waitForPageConfig(sw, patch) {
  for (let i = 0; i < 50; i++) {
    const done = await sw.evaluate(async (p) => {
      const { pageConfig } = await chrome.storage.local.get('pageConfig');
      return Boolean(
        pageConfig &&
        Object.entries(p).every(([k, v]) => !(k in pageConfig) || JSON.stringify(pageConfig[k]) === JSON.stringify(v)),
      );
    }, patch);
    if (done) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const outDir = path.join(ROOT, 'demo-output');
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
const lines = [`Kawan Aman demo — ${new Date().toISOString()}`, ''];
let surprises = 0;
try {
  let [sw] = context.serviceWorkers();
  sw ??= await context.waitForEvent('serviceworker');
  await sw.evaluate(() => true);
  const writeSettings = async (settings) => {
    await writeSealedSettings(sw, settings);
    // The background applies settings on change (page config, blocked-site rules); give it a moment.
    await new Promise((resolve) => setTimeout(resolve, 400));
  };
  const baseSettings = (await sw.evaluate(() => globalThis.chrome.storage.local.get('settings'))).settings ?? {};
  let settingsChanged = false;
  for (const scenario of SCENARIOS) {
    // A scenario may need a parent's settings first (extra phrases, a level, blocked sites), as the parent would set
    // them; the scenario after it starts from the defaults again.
    if (scenario.settings || settingsChanged) {
      await writeSettings({ ...baseSettings, ...(scenario.settings ?? {}) });
      await waitForPageConfig(sw, scenario.settings ?? {});
      settingsChanged = Boolean(scenario.settings);
    }
    const page = await context.newPage();
    await page.goto(scenario.path.replace('{port}', String(PRACTICE_PORT))).catch(() => undefined);
    // Practice chats mark the end of their conversation; wait for it where a scenario says so.
    if (scenario.waitFor) await page.locator(scenario.waitFor).waitFor({ state: 'attached', timeout: 15000 });
    const cdp = await context.newCDPSession(page);
    if (scenario.expect === 'block') {
      await page.waitForURL(/\/blocked\.html/, { timeout: 10000 }).catch(() => undefined);
      await page
        .locator('h1')
        .first()
        .waitFor({ timeout: 5000 })
        .catch(() => undefined);
    } else {
      // Nothing shown is right for harmless pages; a conversation may escalate (a tip, then a warning): let it settle.
      const first = await waitForCard(cdp, scenario.expect === 'none' ? 3000 : 10000);
      if (first && scenario.expect !== 'tip') await page.waitForTimeout(1200);
    }
    await page.waitForTimeout(scenario.settleMs ?? 400);
    const blocked = page.url().includes('/blocked.html');
    const card = blocked ? null : await readCard(cdp).catch(() => null);
    const shown = card !== null;
    const action = blocked ? 'block' : (card?.action ?? 'none');
    const categories = card?.categories.join(',') ?? '';
    const risk = card?.risk ?? 'none';
    await page.screenshot({ path: path.join(outDir, `${scenario.name}.png`) });
    const ok = action === scenario.expect;
    if (!ok) surprises++;
    lines.push(
      `${ok ? '✔' : '✘'} ${scenario.name}: ${scenario.about}`,
      `    shown: ${action}${shown ? ` (risk ${risk}; categories ${categories})` : ''}; expected: ${scenario.expect}`,
      `    screenshot: demo-output/${scenario.name}.png`,
    );
    if (scenario.help && shown) {
      // The child taps "Minta bantuan / Get help": the report page opens, filled in from what was found.
      const opened = context.waitForEvent('page', (p) => p.url().includes('/report.html'));
      await pressCardButton(cdp, /^(Minta bantuan|Get help)$/);
      const report = await opened;
      await report.locator('a#send').waitFor();
      await report.screenshot({ path: path.join(outDir, `${scenario.name}-report.png`), fullPage: true });
      const site = await report.locator('.evidence [name="host"]').inputValue();
      lines.push(`    report page: site ${site || '?'}; screenshot: demo-output/${scenario.name}-report.png`);
      await report.close();
    }
    await page.close();
    if (scenario.settings) await writeSettings(baseSettings);
  }
} finally {
  await cleanup();
}
lines.push(
  '',
  surprises ? `${surprises} scenario(s) behaved differently than expected.` : 'Every scenario behaved as expected.',
);
fs.writeFileSync(path.join(outDir, 'summary.txt'), `${lines.join('\n')}\n`);
console.log(`\n${lines.join('\n')}\n\nSaved to demo-output/.`);
