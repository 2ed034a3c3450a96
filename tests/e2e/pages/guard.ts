/// <reference types="chrome" />
import { expect, type Page, type Worker } from '@playwright/test';
import { pageConfigHas } from '../../../scripts/lib/sealed-settings.mjs';
import { writeStoredSettings } from '../support/extension';

/** An event the background recorded (`lib/db` RiskEvent, the fields the stories look at). */
export interface RecordedEvent {
  host: string;
  kind: string;
  risk: string;
  categories: string[];
  action: string;
  /** The child's answer to the prompt, once given. */
  choice?: string;
}

/** The extension's side of a story: settings a parent would set, and what the background recorded. */
export class GuardObject {
  constructor(readonly sw: Worker) {}

  /**
   * Changes the parent's settings (as the options page would) and waits until the background has written the
   * per-page config that content scripts read.
   */
  async setSettings(patch: Record<string, unknown>): Promise<void> {
    await writeStoredSettings(this.sw, patch);
    await expect.poll(() => pageConfigHas(this.sw, patch)).toBe(true);
  }

  /** Every event recorded so far, oldest first. */
  events(): Promise<RecordedEvent[]> {
    return this.sw.evaluate(async () => {
      // Opening a database that does not exist yet would create an empty one and block the extension's own.
      if (!(await indexedDB.databases()).some((d) => d.name === 'kawan-aman')) return [];
      return new Promise<RecordedEvent[]>((resolve) => {
        const open = indexedDB.open('kawan-aman');
        open.onerror = () => resolve([]);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('events')) {
            db.close();
            return resolve([]);
          }
          const all = db.transaction('events').objectStore('events').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as RecordedEvent[]);
          };
          all.onerror = () => {
            db.close();
            resolve([]);
          };
        };
      });
    });
  }

  /** Starts keeping a copy of every runtime message the service worker receives (to check what pages send). */
  async recordMessages(): Promise<void> {
    await this.sw.evaluate(() => {
      const self = globalThis as unknown as { __kawanSeen?: unknown[] };
      if (self.__kawanSeen) return;
      self.__kawanSeen = [];
      chrome.runtime.onMessage.addListener((message) => {
        self.__kawanSeen!.push(message);
      });
    });
  }

  async recordedMessages(): Promise<string> {
    return this.sw.evaluate(() => JSON.stringify((globalThis as unknown as { __kawanSeen?: unknown[] }).__kawanSeen));
  }
}

/**
 * Waits until a practice chat has played its whole conversation, then gives the guard's idle-time scan and the
 * background's round trip a moment: long enough for a finding to show, with no finding expected.
 */
export async function settled(page: Page): Promise<void> {
  await page.locator('body[data-practice-done]').waitFor({ state: 'attached' });
  await page.waitForTimeout(1200);
}
