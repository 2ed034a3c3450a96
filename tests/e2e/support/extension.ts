/// <reference types="chrome" />
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page, type Worker } from '@playwright/test';
import type { RiskEvent } from '../../../lib/db';
import type { Settings } from '../../../lib/settings/schema';
import { writeSealedSettings } from '../../../scripts/lib/sealed-settings.mjs';

/**
 * Writes the stored settings as the background does: sealed in `storage.session` first, or the background puts them
 * back (`entrypoints/background/seals.ts`). From the service worker or an extension page; `patch` is merged into what
 * is stored.
 */
export async function writeStoredSettings(target: Worker | Page, patch: Record<string, unknown>): Promise<void> {
  await writeSealedSettings(target, patch, { merge: true });
}

/**
 * Writes settings as the background does for the options page, then waits until the background has applied them:
 * the page config the guard reads, and the blocked-site rules.
 */
export async function setSettings(sw: Worker, patch: Partial<Settings>): Promise<void> {
  await writeStoredSettings(sw, patch);
  await expect
    .poll(() =>
      sw.evaluate(
        async ({ sites, language }) => {
          const rules = await chrome.declarativeNetRequest.getDynamicRules();
          const redirect = rules.find((r) => r.id === 1000);
          const domains = redirect?.condition.requestDomains ?? [];
          const { pageConfig } = await chrome.storage.local.get('pageConfig');
          const configOk = !language || (pageConfig as { language?: string } | undefined)?.language === language;
          return configOk && (sites === null || JSON.stringify(domains) === JSON.stringify(sites));
        },
        { sites: patch.blockSites ?? null, language: patch.language ?? null },
      ),
    )
    .toBe(true);
}

/** Every recorded event, read straight from the extension's IndexedDB in the service worker. */
export async function events(sw: Worker): Promise<RiskEvent[]> {
  return sw.evaluate(
    () =>
      new Promise<RiskEvent[]>((resolve, reject) => {
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
            resolve(all.result as RiskEvent[]);
          };
          all.onerror = () => {
            db.close();
            reject(all.error);
          };
        };
      }),
  );
}

/**
 * Where a tab was sent, even when that page failed to load. The report page is built on another branch, so in this
 * one a tab opened to it shows an error page; the tab's navigation history still has the address it was opened with.
 */
export async function requestedUrl(context: BrowserContext, page: Page): Promise<string> {
  const cdp = await context.newCDPSession(page);
  try {
    const { entries, currentIndex } = await cdp.send('Page.getNavigationHistory');
    return entries[currentIndex]?.url ?? page.url();
  } finally {
    await cdp.detach();
  }
}

/** Opens one of the extension's own pages in a tab (action popups can't be clicked open in tests). */
export async function openExtensionPage(context: BrowserContext, extensionId: string, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/** Sets the parent's PIN the way the options page does: a `setPin` message from an extension page. */
export async function setParentPin(context: BrowserContext, extensionId: string, pin: string): Promise<void> {
  const page = await openExtensionPage(context, extensionId, 'popup.html');
  const result = await page.evaluate(
    (p) => chrome.runtime.sendMessage({ id: 1, type: 'setPin', data: { pin: p }, timestamp: Date.now() }),
    pin,
  );
  expect(result).toMatchObject({ res: { ok: true } });
  await page.close();
}

/** axe-core on the page (or one part of it): no serious or critical violations. */
export async function expectAccessible(page: Page, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const bad = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, bad.join('\n')).toEqual([]);
}

/**
 * Saves a screenshot for reviewers under the test's output folder (`test-results/e2e/<test>/screenshots/`). Whole
 * extension pages are captured top to bottom; web pages as the child sees them.
 */
export async function screenshot(page: Page, name: string, fullPage = page.url().startsWith('chrome-extension:')) {
  const path = test.info().outputPath('screenshots', `${name}.png`);
  await page.screenshot({ path, fullPage });
  await test.info().attach(name, { path, contentType: 'image/png' });
}

/** Text that spills out of its box: elements whose content is wider than they are (checked at 200 % zoom). */
export async function overflowingText(page: Page, rootSelector: string): Promise<string[]> {
  return page.locator(rootSelector).evaluate((root) => {
    const scope: ParentNode = (root as Element).shadowRoot ?? root;
    const out: string[] = [];
    for (const el of scope.querySelectorAll<HTMLElement>('h1, h2, h3, h4, p, li, button, label, summary, select')) {
      if (el.offsetParent === null && getComputedStyle(el).position !== 'fixed') continue;
      // Screen-reader-only text is clipped on purpose.
      if (el.closest('.sr-only')) continue;
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName.toLowerCase()}: ${el.textContent?.slice(0, 40)}`);
    }
    return out;
  });
}
