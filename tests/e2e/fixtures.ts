/// <reference types="chrome" />
import { test as base, chromium, type BrowserContext, type Page, type Request, type Worker } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findBrowser } from '../../scripts/lib/find-browser.mjs';
import { PRACTICE_PORT, practiceBrowserArgs, practiceSiteUrl } from '../../scripts/lib/practice-server.mjs';
import { EXTENSION_ID } from '../../lib/extension-id';
import { GuardObject } from './pages/guard';
import { PromptObject } from './pages/prompt';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

/** The practice pages live on `*.test` hosts that Chromium maps to the local server. */
export function practiceUrl(host: string, pathAndQuery: string): string {
  return `http://${host}.test:${PRACTICE_PORT}/${pathAndQuery.replace(/^\//, '')}`;
}

/**
 * Opens the practice index, where a story starts when "Go back" must have somewhere to go. The index tells parents
 * and teachers about risky chats and searches, and says it is a guide for them: a teaching page, which the engine
 * rates low at most (docs/design.md#where-it-looks), so a tip about its topics and never a warning. Waits for that tip
 * and closes it, so the story continues from a quiet page.
 */
export async function openPracticeIndex(page: Page): Promise<void> {
  await page.goto(practiceUrl('practice', 'index.html'));
  const prompt = new PromptObject(page);
  await prompt.expectState({ action: 'tip' });
  await prompt.press('close');
  await prompt.expectGone();
}

/** A line the practice chat receives, as if from the other person (`window.practiceChat`, tests/fixtures/pages). */
export async function receive(page: Page, text: string): Promise<void> {
  await page.evaluate(
    (t) => (window as unknown as { practiceChat: { receive(t: string): void } }).practiceChat.receive(t),
    text,
  );
}

/**
 * A practice imitation of a real site on its real hostname (`web.whatsapp.com`), over HTTPS with the practice
 * server's self-signed certificate (see scripts/lib/practice-server.mjs for why).
 */
export function siteUrl(host: string, pathAndQuery: string): string {
  return practiceSiteUrl(host, pathAndQuery) as string;
}

export const CHROMIUM_ARGS = practiceBrowserArgs(EXTENSION_DIR);

interface Fixtures {
  /** Extra Chromium flags, e.g. `test.use({ extraArgs: ['--lang=id'] })`. */
  extraArgs: string[];
  /**
   * Installing opens the setup wizard in a tab. By default the fixture waits for that and closes the tab, so every
   * test starts the same way; `test.use({ firstRunTab: 'keep' })` keeps it for tests about the wizard.
   */
  firstRunTab: 'close' | 'keep';
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  /** Every request seen in the context (pages, extension pages and the service worker). */
  requests: Request[];
  prompt: PromptObject;
  /** Parent settings and the background's records, through the service worker. */
  guard: GuardObject;
}

export const test = base.extend<Fixtures>({
  extraArgs: [[], { option: true }],
  firstRunTab: ['close', { option: true }],
  context: async ({ extraArgs, firstRunTab }, use) => {
    const executablePath = findBrowser();
    if (!executablePath) throw new Error('No Chromium found: install it or set CHROMIUM_PATH');
    if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
      throw new Error('Build the extension first: npx wxt build');
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kawan-aman-e2e-'));
    const context = await chromium.launchPersistentContext(dir, {
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS, ...extraArgs],
    });
    await settleFirstRun(context, firstRunTab);
    await use(context);
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  },
  requests: async ({ context }, use) => {
    const seen: Request[] = [];
    context.on('request', (r) => {
      // Where it came from, read now: the frame may navigate elsewhere before the test looks.
      frameUrlAtRequest.set(r, frameUrlOf(r));
      seen.push(r);
    });
    await use(seen);
  },
  sw: async ({ context }, use) => {
    await use(await readyWorker(context));
  },
  extensionId: async ({ sw }, use) => {
    const id = new URL(sw.url()).host;
    if (id !== EXTENSION_ID)
      throw new Error(`Unexpected extension id ${id}; the manifest key should pin ${EXTENSION_ID}`);
    await use(id);
  },
  prompt: async ({ page }, use) => {
    await use(new PromptObject(page));
  },
  guard: async ({ sw }, use) => {
    await use(new GuardObject(sw));
  },
});

export const expect = test.expect;

async function readyWorker(context: BrowserContext): Promise<Worker> {
  let [sw] = context.serviceWorkers();
  sw ??= await context.waitForEvent('serviceworker');
  // The serviceworker event can fire before the script registered its listeners (playwright#15595).
  await sw.evaluate(() => true);
  return sw;
}

/** Waits until the install decided about the setup wizard tab (`storage.session.firstRun`), then closes it. */
async function settleFirstRun(context: BrowserContext, firstRunTab: 'close' | 'keep'): Promise<void> {
  const sw = await readyWorker(context);
  let decision: unknown;
  await expect
    .poll(
      async () => (decision = await sw.evaluate(async () => (await chrome.storage.session.get('firstRun')).firstRun)),
      {
        timeout: 20_000,
      },
    )
    .toBeTruthy();
  if (decision !== 'opened') return;
  // The tab exists once tabs.create resolved, but Playwright may learn about it a moment later.
  const wizard = () => context.pages().filter((p) => p.url().includes('/options.html'));
  await expect.poll(() => wizard().length, { timeout: 10_000 }).toBeGreaterThan(0);
  if (firstRunTab === 'close') for (const page of wizard()) await page.close();
}

const frameUrlAtRequest = new WeakMap<Request, string>();

function frameUrlOf(request: Request): string {
  try {
    return request.frame().url();
  } catch {
    // A service worker's request has no frame.
    return '';
  }
}

/**
 * Requests the extension itself made, to anywhere but itself: every request of its service worker, and every
 * subresource request (fetch, image, script…) of its own pages. Navigations are the child's or the test's (a link
 * tapped, `page.goto`), not the extension's. Only Kawan Aman is installed, so any `chrome-extension:` address is its
 * own (the block page's web-accessible address is a per-session one, `use_dynamic_url`).
 */
export function extensionNetworkRequests(requests: Request[], _extensionId?: string): string[] {
  return requests
    .filter((r) => {
      if (r.url().startsWith('chrome-extension://')) return false;
      if (r.serviceWorker()) return true;
      if (r.isNavigationRequest()) return false;
      return (frameUrlAtRequest.get(r) ?? frameUrlOf(r)).startsWith('chrome-extension://');
    })
    .map((r) => r.url());
}
