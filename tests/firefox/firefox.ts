import { test as base, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../lib/extension-id';
import { findFirefox, installFirefoxHelp } from '../../scripts/lib/find-browser.mjs';
import { PRACTICE_PORT } from '../../scripts/lib/practice-server.mjs';
import { pageConfigHas, writeSealedSettings } from '../../scripts/lib/sealed-settings.mjs';

/**
 * Real Firefox (Debian's firefox-esr) with the Firefox MV3 build, driven by puppeteer-core over WebDriver BiDi
 * (docs/development.md#firefox): Playwright's own Firefox is a patched build that can't be downloaded here, and
 * can't load an add-on. Playwright's runner still runs these tests (its `expect`, reporter and the practice server).
 */
export const FIREFOX_EXTENSION_DIR = path.resolve('.output/firefox-mv3');

/**
 * The add-on's moz-extension uuid is random per profile; this pref fixes it, so a test knows the address of the pages
 * the add-on opens itself. (A test can't navigate a tab to a moz-extension:// address over BiDi: it reaches them as a
 * person does — the setup wizard the add-on opens on install, and links from there.)
 */
export const ADDON_UUID = '6f3c2a1e-4b5d-4e8f-9a7b-0c1d2e3f4a5b';
export const EXTENSION_ROOT = `moz-extension://${ADDON_UUID}/`;

/** The practice hosts the tests visit; Firefox resolves these names to this machine. */
const PRACTICE_HOSTS = ['practice', 'chat', 'mabar', 'hostile', 'blocked'].map((h) => `${h}.test`);

export function practiceUrl(host: string, pathAndQuery: string): string {
  return `http://${host}.test:${PRACTICE_PORT}/${pathAndQuery.replace(/^\//, '')}`;
}

/** A BiDi remote value as Firefox serializes a DOM node (with closed shadow roots: `includeShadowTree: 'all'`). */
export interface BidiNode {
  type: string;
  sharedId?: string;
  value?: {
    nodeType: number;
    localName?: string;
    nodeValue?: string;
    attributes?: Record<string, string>;
    children?: BidiNode[];
    shadowRoot?: BidiNode | null;
    mode?: 'open' | 'closed';
  };
}

interface BidiResult {
  result: { type: 'success' | 'exception'; result?: { type: string; value?: unknown }; exceptionDetails?: unknown };
}

interface BidiConnection {
  send(method: string, params: object): Promise<BidiResult>;
}

export interface RecordedEvent {
  action: string;
  risk: string;
  categories: string[];
  choice?: string;
  host: string;
}

/** One Firefox with Kawan Aman installed: the test's tab, the add-on's own tab (the setup wizard), helpers. */
export class FirefoxSession {
  private constructor(
    readonly browser: Browser,
    /** The setup wizard the add-on opened on install: the test's way into the extension's pages. */
    readonly extensionPage: Page,
    /** A tab for the practice pages, in front. */
    readonly page: Page,
  ) {}

  static async launch(): Promise<FirefoxSession> {
    if (!fs.existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
      throw new Error('Build the Firefox extension first: npx wxt build -b firefox --mv3');
    }
    // The same search as `npm test` (FIREFOX_PATH, else Debian's firefox-esr or a Firefox on the PATH).
    const executablePath = findFirefox();
    if (!executablePath) throw new Error(installFirefoxHelp());
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      extraPrefsFirefox: {
        'network.dns.localDomains': PRACTICE_HOSTS.join(','),
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: ADDON_UUID }),
      },
    });
    try {
      await browser.installExtension(FIREFOX_EXTENSION_DIR);
      // Installing opens the setup wizard (entrypoints/background/first-run.ts).
      const extensionPage = await FirefoxSession.pageAt(browser, `${EXTENSION_ROOT}options.html`);
      await extensionPage.waitForSelector('h1', { timeout: 20_000 });
      const page = await browser.newPage();
      // In front: a background tab's animations and timers are throttled, as for a person who is elsewhere.
      await page.bringToFront();
      return new FirefoxSession(browser, extensionPage, page);
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  /**
   * Where a tab is. puppeteer reports a moz-extension:// tab as `about:blank` over BiDi; the page itself knows.
   */
  static async href(page: Page): Promise<string> {
    return page.evaluate(() => location.href).catch(() => page.url());
  }

  /** The first tab whose address starts with `prefix`, once there is one. */
  static async pageAt(browser: Browser, prefix: string, timeout = 20_000): Promise<Page> {
    let found: Page | undefined;
    await expect
      .poll(
        async () => {
          for (const page of await browser.pages()) {
            if ((await FirefoxSession.href(page)).startsWith(prefix)) found = page;
          }
          return found !== undefined;
        },
        { timeout, message: `a tab at ${prefix}` },
      )
      .toBe(true);
    return found!;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  private get bidi(): BidiConnection {
    return (this.browser as unknown as { connection: BidiConnection }).connection;
  }

  /** The BiDi browsing context of a puppeteer page (puppeteer-core 25 keeps it as the frame's `_id`). */
  static context(page: Page): string {
    return (page.mainFrame() as unknown as { _id: string })._id;
  }

  /** Evaluates `expression` in `page` and returns the BiDi remote value, DOM nodes serialized with closed roots. */
  async evaluateNodes(page: Page, expression: string): Promise<BidiNode | undefined> {
    const { result } = await this.bidi.send('script.evaluate', {
      expression,
      target: { context: FirefoxSession.context(page) },
      awaitPromise: false,
      serializationOptions: { maxDomDepth: 16, includeShadowTree: 'all' },
    });
    if (result.type !== 'success') throw new Error(`script.evaluate failed: ${JSON.stringify(result)}`);
    return result.result as BidiNode | undefined;
  }

  /**
   * Calls `fn(...nodes)` in `page`, in a sandbox of the test's own (a page that patches DOM prototypes can't lie to
   * it), with DOM nodes passed by their shared ids; returns its JSON-able value.
   */
  async call<T>(page: Page, fn: string, nodes: BidiNode[], awaitPromise = false): Promise<T> {
    const { result } = await this.bidi.send('script.callFunction', {
      functionDeclaration: fn,
      arguments: nodes.map((n) => ({ sharedId: n.sharedId })),
      target: { context: FirefoxSession.context(page), sandbox: 'kawan-aman-e2e' },
      awaitPromise,
      resultOwnership: 'none',
    });
    if (result.type !== 'success') throw new Error(`script.callFunction failed: ${JSON.stringify(result)}`);
    return toJson(result.result) as T;
  }

  /** Writes the parent's settings as the background does (sealed), and waits until pages get them. */
  async setSettings(patch: Record<string, unknown>): Promise<void> {
    await writeSealedSettings(this.extensionPage, patch, { merge: true });
    await expect.poll(() => pageConfigHas(this.extensionPage, patch)).toBe(true);
  }

  /** Every event in the parent's history (the extension's IndexedDB, read from its own page). */
  async events(): Promise<RecordedEvent[]> {
    return this.extensionPage.evaluate(
      () =>
        new Promise<RecordedEvent[]>((resolve, reject) => {
          const open = indexedDB.open('kawan-aman');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('events')) {
              // Left open, this empty database would block the extension's own from being created.
              db.close();
              return resolve([]);
            }
            const all = db.transaction('events').objectStore('events').getAll();
            all.onsuccess = () => {
              db.close();
              resolve(all.result as RecordedEvent[]);
            };
          };
        }),
    );
  }
}

/** A BiDi remote value as plain JSON (objects and arrays come as lists of entries). */
function toJson(value: { type: string; value?: unknown } | undefined): unknown {
  if (!value) return undefined;
  switch (value.type) {
    case 'undefined':
    case 'null':
      return value.type === 'null' ? null : undefined;
    case 'array':
      return (value.value as { type: string; value?: unknown }[]).map(toJson);
    case 'object':
      return Object.fromEntries(
        (value.value as [string | { type: string; value?: unknown }, { type: string; value?: unknown }][]).map(
          ([k, v]) => [typeof k === 'string' ? k : String(toJson(k)), toJson(v)],
        ),
      );
    default:
      return value.value;
  }
}

export const test = base.extend<{ firefox: FirefoxSession }>({
  // A fresh Firefox and profile per test (about 3 s): settings, history and the first run start clean each time.
  // eslint-disable-next-line no-empty-pattern -- Playwright's fixture signature
  firefox: async ({}, use) => {
    const session = await FirefoxSession.launch();
    await use(session);
    await session.close();
  },
});

export { expect };
