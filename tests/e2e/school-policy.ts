/// <reference types="chrome" />
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { findBrowser } from '../../scripts/lib/find-browser.mjs';
import { EXTENSION_ID } from '../../lib/extension-id';
import type { ProtocolMap } from '../../lib/messages/protocol';
import { CHROMIUM_ARGS } from './fixtures';

/**
 * School policy for e2e: Chromium on Linux reads machine-wide policy from this folder, for every Chromium on the
 * machine. The file exists only while a policy test runs (written right before launch, removed in `finally`).
 */
export const POLICY_DIR = '/etc/chromium/policies/managed';
export const POLICY_FILE = path.join(POLICY_DIR, 'kawan-aman-e2e.json');

/** Why policy tests cannot run here, or null when they can. */
export function policyUnavailable(): string | null {
  const browser = findBrowser() ?? '';
  if (/chrome|edge/i.test(path.basename(browser)) && !/chromium/i.test(browser)) {
    return `school-policy e2e needs Debian's Chromium (reads ${POLICY_DIR}); found ${browser}`;
  }
  if (process.getuid?.() !== 0) return `school-policy e2e needs root to write ${POLICY_DIR}`;
  try {
    fs.mkdirSync(POLICY_DIR, { recursive: true });
    fs.accessSync(POLICY_DIR, fs.constants.W_OK);
    return null;
  } catch (error) {
    return `school-policy e2e cannot write ${POLICY_DIR}: ${String(error)}`;
  }
}

/** Writes (or rewrites) the Kawan Aman 3rdparty policy; a rename, so Chromium never reads half a file. */
export function writePolicy(values: Record<string, unknown>): void {
  const body = JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: values } } }, null, 2);
  const temp = path.join(POLICY_DIR, `.kawan-aman-e2e-${process.pid}.tmp`);
  fs.writeFileSync(temp, body, { mode: 0o644 });
  fs.renameSync(temp, POLICY_FILE);
}

export function removePolicy(): void {
  fs.rmSync(POLICY_FILE, { force: true });
}

/** Launches Chromium with the built extension on `profileDir` (kept, so a test can restart the same browser). */
export async function launchBrowser(profileDir: string): Promise<{ context: BrowserContext; sw: Worker }> {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error('No Chromium found: install it or set CHROMIUM_PATH');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  let [sw] = context.serviceWorkers();
  sw ??= await context.waitForEvent('serviceworker');
  await sw.evaluate(() => true);
  return { context, sw };
}

export function newProfileDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'kawan-aman-e2e-policy-'));
}

const messagingLibrary = fs.readFileSync(
  createRequire(import.meta.url)
    .resolve('@webext-core/messaging')
    .replace(/index\.mjs$/, 'index.iife.js'),
  'utf8',
);

/**
 * An extension page, to send privileged messages the way the options page will: through @webext-core/messaging
 * itself (its IIFE build, evaluated in the page). Any page of our origin counts as an extension page.
 */
export class ExtensionMessenger {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext): Promise<ExtensionMessenger> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${EXTENSION_ID}/manifest.json`);
    await page.evaluate(
      `${messagingLibrary}; globalThis.__messaging = webExtCoreMessaging.defineExtensionMessaging();`,
    );
    return new ExtensionMessenger(page);
  }

  send<K extends keyof ProtocolMap>(
    type: K,
    ...data: Parameters<ProtocolMap[K]>
  ): Promise<Awaited<ReturnType<ProtocolMap[K]>>> {
    return this.page.evaluate(
      ([t, d]) =>
        (
          globalThis as unknown as { __messaging: { sendMessage(t: string, d: unknown): Promise<never> } }
        ).__messaging.sendMessage(t, d),
      [type, data[0]] as const,
    );
  }
}

/** Every row of the extension's IndexedDB, read from the service worker (no Dexie in the test). */
export function readDatabase(sw: Worker): Promise<Record<string, unknown[]>> {
  return sw.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('kawan-aman');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const names = [...database.objectStoreNames];
          const out: Record<string, unknown[]> = {};
          if (names.length === 0) return resolve(out);
          const tx = database.transaction(names, 'readonly');
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => (out[name] = all.result);
          }
          tx.oncomplete = () => {
            database.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
