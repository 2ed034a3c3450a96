/// <reference types="chrome" />
import fs from 'node:fs';
import type { ConsoleMessage, Page, Request } from '@playwright/test';
import { PRACTICE_PORT, PRACTICE_SITES } from '../../scripts/lib/practice-server.mjs';
import { expect, extensionNetworkRequests, practiceUrl, siteUrl, test } from './fixtures';
import { OptionsPage, seedParent } from './pages/options';
import { PopupObject } from './pages/popup';
import { PromptObject } from './pages/prompt';
import { ReportPage } from './pages/report';
import { setSettings } from './support/extension';

// docs/security.md#no-network-requests: "The extension itself makes no network request, ever." One browser browses
// every practice page, the popup, the options page (wizard, picture, settings, guide, data), the report page and the
// block page, and the extension — its service worker and its own pages — must not have asked for anything but its own
// files. The extension's CSP (wxt.config.ts) makes the browser refuse such a request; this test also sees an attempt.
test.use({ firstRunTab: 'keep' });

const PIN = '2468';

/** One practice page per site of the practice index (the first link of each host and path), with fast chat scripts. */
function practicePages(): string[] {
  const html = fs.readFileSync('tests/fixtures/pages/index.html', 'utf8');
  const seen = new Set<string>();
  const urls: string[] = [];
  for (const [, href] of html.matchAll(/<a href="((?:https:)?\/\/[^"]+)"/g)) {
    const url = new URL(href!.replace(/&amp;/g, '&'), 'http://index.test/');
    const key = `${url.hostname}${url.pathname}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (url.searchParams.has('script')) url.searchParams.set('delay', '10');
    // The 2 MB page is for the benchmark; a smaller one is enough to show nothing is sent.
    if (url.searchParams.has('kb')) url.searchParams.set('kb', '256');
    const path = `${url.pathname}${url.search}`;
    urls.push(
      url.hostname in PRACTICE_SITES
        ? siteUrl(url.hostname, path)
        : practiceUrl(url.hostname.replace(/\.test$/, ''), path),
    );
  }
  // The app-store page is reached from search results, not from the index.
  urls.push(siteUrl('play.google.com', 'store/apps/details?id=com.omegle.chat'));
  return urls;
}

/** Hosts a request may go to at all: the practice server's names on its port, and the extension's own files. */
function allowed(request: Request): boolean {
  const url = new URL(request.url());
  if (url.protocol === 'data:' || url.protocol === 'blob:') return true;
  // Ours: by its id, or the block page's per-session address (`use_dynamic_url`); no other extension is installed.
  if (url.protocol === 'chrome-extension:') return true;
  const practiceHost = url.hostname.endsWith('.test') || url.hostname in PRACTICE_SITES;
  return practiceHost && url.port === String(PRACTICE_PORT);
}

test('the extension makes no network request of its own, anywhere', async ({ context, sw, extensionId, requests }) => {
  test.setTimeout(240_000);
  const cspErrors: string[] = [];
  const watch = (page: Page) =>
    page.on('console', (m: ConsoleMessage) => {
      if (page.url().startsWith('chrome-extension:') && /Content Security Policy|Refused to/.test(m.text())) {
        cspErrors.push(`${page.url()}: ${m.text()}`);
      }
    });
  context.pages().forEach(watch);
  context.on('page', watch);

  // First, the check itself: it sees the service worker's requests, and an attempt from one of our pages.
  const wizard = context.pages().find((p) => p.url().includes('/options.html'))!;
  await expect(wizard.getByRole('heading', { level: 1 })).toBeVisible();
  await sw.evaluate(() => fetch(chrome.runtime.getURL('/manifest.json')).then((r) => r.ok));
  await expect.poll(() => requests.some((r) => r.serviceWorker() && r.url().endsWith('/manifest.json'))).toBe(true);
  const planted = practiceUrl('probe', 'planted-by-the-test?from=service-worker');
  // The CSP refuses it before any request is made: the fetch fails and nothing reaches the network.
  expect(
    await sw.evaluate(
      (url) =>
        fetch(url).then(
          () => 'sent',
          (e: Error) => e.name,
        ),
      planted,
    ),
  ).toBe('TypeError');
  await wizard.evaluate(
    (url) => {
      const img = new Image();
      img.src = url;
      document.body.append(img);
    },
    practiceUrl('probe', 'planted-by-the-test.png?from=page'),
  );
  await expect
    .poll(() => extensionNetworkRequests(requests, extensionId))
    .toEqual([practiceUrl('probe', 'planted-by-the-test.png?from=page')]);
  expect(requests.some((r) => r.url() === planted)).toBe(false);
  await wizard.evaluate(() => document.querySelector('img')?.remove());
  cspErrors.length = 0;
  const start = requests.length;

  // The wizard, then a parent who set Kawan Aman up, with one site on the blocked list.
  await expect(wizard.getByRole('heading', { level: 1 })).toBeVisible();
  await wizard.close();
  await seedParent(context, extensionId, { pin: PIN });
  await setSettings(sw, { blockSites: ['blocked.test'] });

  // Every practice page: chats on every adapter, the generic chats, searches, the store, hostile and benchmark pages.
  const page = await context.newPage();
  for (const url of practicePages()) {
    await page.goto(url);
    // A chat plays its script; every page then gets a moment for the guard's idle-time scan and its report.
    if (url.includes('script=')) {
      await page
        .locator('body[data-practice-done]')
        .waitFor({ state: 'attached', timeout: 5000 })
        .catch(() => undefined);
    }
    await page.waitForTimeout(400);
  }

  // A risky chat in a new tab: the prompt comes, and "Get help" opens the report page, where the child writes.
  const chat = await context.newPage();
  await chat.goto(practiceUrl('chat', 'chat.html?script=secret-en&delay=10'));
  const prompt = new PromptObject(chat);
  await prompt.expectState({ categories: /secrecy/ });
  const opened = context.waitForEvent('page', (p) => p.url().includes('/report.html'));
  await prompt.press('help');
  const report = new ReportPage(await opened);
  await report.field('note').fill('Dia minta aku rahasiakan.');
  await expect(report.saveStatus()).toHaveAttribute('data-status', 'draft');
  await report.page.close();
  await chat.close();

  // The block page, from a site on the blocked list.
  await page.goto(practiceUrl('blocked', 'chat.html?script=family'));
  await expect(page).toHaveURL(/\/blocked\.html/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // The popup, and every screen of the options page behind the PIN.
  await PopupObject.open(page, extensionId);
  const options = new OptionsPage(page, extensionId);
  await options.open('picture');
  await options.unlock(PIN);
  for (const route of ['picture', 'settings', 'guide', 'data']) {
    await options.open(route);
    await expect(options.heading()).toBeVisible();
  }
  await page.close();

  expect(extensionNetworkRequests(requests.slice(start), extensionId)).toEqual([]);
  // Nothing in the whole browser went anywhere but the practice server and the extension itself: content scripts
  // included (their requests would be the page's).
  const elsewhere = requests
    .slice(start)
    .filter((r) => !allowed(r))
    .map((r) => r.url());
  expect(elsewhere).toEqual([]);
  // And no extension page was refused something by its CSP (zod's eval probe is off: `z.config({ jitless: true })`).
  expect(cspErrors).toEqual([]);
});
