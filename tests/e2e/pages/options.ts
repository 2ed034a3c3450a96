/// <reference types="chrome" />
import AxeBuilder from '@axe-core/playwright';
import { expect, type BrowserContext, type Locator, type Page, type TestInfo } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import type { Settings } from '../../../lib/settings/schema';
import { writeStoredSettings } from '../support/extension';

/** The parent companion (options page) as a parent uses it. */
export class OptionsPage {
  constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {}

  url(path = ''): string {
    return `chrome-extension://${this.extensionId}/options.html#/${path}`;
  }

  async open(path = ''): Promise<void> {
    await this.page.goto(this.url(path));
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The PIN field of the gate or of the PIN dialog, whichever is showing. */
  pinField(): Locator {
    return this.page.getByLabel(/^PIN$/).last();
  }

  async unlock(pin: string): Promise<void> {
    await this.pinField().fill(pin);
    await this.page
      .getByRole('button', { name: /^(Buka|Unlock)$/ })
      .last()
      .click();
  }

  /** Answers the PIN dialog that a privileged action opens when the grant is missing or expired. */
  async answerPinDialog(pin: string): Promise<void> {
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByLabel(/^PIN$/).fill(pin);
    await dialog.getByRole('button', { name: /^(Buka|Unlock)$/ }).click();
    await expect(dialog).toBeHidden();
  }

  nav(name: RegExp): Locator {
    return this.page.getByRole('navigation', { name: /Menu utama|Main menu/ }).getByRole('link', { name });
  }

  section(id: string): Locator {
    return this.page.locator(`section#${id}`);
  }

  /** No serious or critical axe violations; the full result is attached to the report. */
  async expectAccessible(testInfo: TestInfo, name: string): Promise<void> {
    const results = await new AxeBuilder({ page: this.page }).analyze();
    await testInfo.attach(`axe-${name}.json`, {
      body: JSON.stringify(results.violations, null, 2),
      contentType: 'application/json',
    });
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      name,
    ).toEqual([]);
  }

  async screenshot(testInfo: TestInfo, name: string): Promise<void> {
    await this.page.screenshot({ path: testInfo.outputPath(`screenshots/${name}.png`), fullPage: true });
  }
}

/** Sends a message the way `@webext-core/messaging` does, from an extension page; resolves to its answer. */
export async function sendRaw(page: Page, type: string, data: unknown): Promise<unknown> {
  return page.evaluate(
    async ([t, d]) => {
      const answer = (await chrome.runtime.sendMessage({ id: Date.now(), type: t, data: d, timestamp: Date.now() })) as
        { res?: unknown; err?: unknown } | undefined;
      return answer?.res;
    },
    [type, data] as const,
  );
}

/**
 * Sets Kawan Aman up as if a parent finished the wizard: settings (setup done) and a PIN. Faster than the wizard,
 * which has its own test.
 */
export async function seedParent(
  context: BrowserContext,
  extensionId: string,
  { settings = {}, pin = '2468' }: { settings?: Partial<Settings>; pin?: string } = {},
): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#/guide`);
  expect(await sendRaw(page, 'setPin', { pin })).toMatchObject({ ok: true });
  await writeStoredSettings(page, { ...DEFAULT_SETTINGS, ...settings, setupDone: true });
  await page.close();
}

/** Adds rows to the extension's IndexedDB from one of its pages (the background writes them the same way). */
export async function addRows(page: Page, table: string, rows: object[]): Promise<void> {
  await page.evaluate(
    ([t, r]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kawan-aman');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(t, 'readwrite');
          for (const row of r) tx.objectStore(t).add(row);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [table, rows] as const,
  );
}

export async function readRows(page: Page, table: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (t) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('kawan-aman');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(t).objectStore(t).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as Record<string, unknown>[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}
