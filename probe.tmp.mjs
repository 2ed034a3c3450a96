import { chromium } from '@playwright/test';
import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path';
import { PRACTICE_BROWSER_ARGS, startPracticeServer, practiceSiteUrl } from './scripts/lib/practice-server.mjs';
const server = await startPracticeServer({ port: 4182 });
const EXT = path.resolve('.output/chrome-mv3');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'probe-'));
const ctx = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', headless: true,
  args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, ...PRACTICE_BROWSER_ARGS, '--no-sandbox'] });
let [sw] = ctx.serviceWorkers(); sw ??= await ctx.waitForEvent('serviceworker'); await sw.evaluate(() => true);
const urls = process.argv.slice(2);
for (const [host, p] of urls.map((u) => u.split('|'))) {
  const page = await ctx.newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.log('  console:', m.text()); });
  page.on('pageerror', (e) => console.log('  pageerror:', e.message));
  await page.goto(practiceSiteUrl(host, p, 4182));
  await page.waitForSelector('[data-practice-done]', { timeout: 15000 }).catch(() => {});
  await page.waitForTimeout(1500);
  const pr = page.locator('kawan-aman-prompt');
  const n = await pr.count();
  console.log(host, p, '→', n ? await pr.first().evaluate((e) => `${e.dataset.action} ${e.dataset.risk} ${e.dataset.categories}`) : 'none');
  await page.close();
}
const events = await sw.evaluate(() => new Promise((res) => { const r = indexedDB.open('kawan-aman'); r.onsuccess = () => { const tx = r.result.transaction('events'); const q = tx.objectStore('events').getAll(); q.onsuccess = () => res(q.result); }; r.onerror = () => res([]); }));
for (const e of events) console.log('  event', e.host, e.kind, e.risk, e.categories.join(','), e.action);
await ctx.close(); await server.close();
