import type { BrowserContext, Page } from '@playwright/test';
import { EXTENSION_ID } from '../../../lib/extension-id';

/**
 * Sends a message from inside our content script's isolated world in `page`, exactly as the guard script (or a
 * hostile page that took it over) could: the background sees a real content-script sender. Used to stand in for a
 * site adapter that knows the contact's name, and to prove what an unprivileged sender can't do.
 * The message has @webext-core/messaging's shape; the answer is its `{ res }` or `{ err }`.
 */
export async function sendFromContentScript(
  context: BrowserContext,
  page: Page,
  type: string,
  data: unknown,
): Promise<unknown> {
  const message = { id: Math.floor(Math.random() * 1e6), type, data, timestamp: Date.now() };
  return evaluateInContentScript(context, page, `chrome.runtime.sendMessage(${JSON.stringify(message)})`);
}

/**
 * Runs `expression` inside our content script's isolated world in `page` — what an attacker who subverted the guard
 * script could run — and returns its (awaited, JSON-able) value. Uses CDP: the world's origin is the extension's.
 */
export async function evaluateInContentScript(
  context: BrowserContext,
  page: Page,
  expression: string,
): Promise<unknown> {
  const cdp = await context.newCDPSession(page);
  try {
    const worlds: { id: number; origin: string }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context: c }) => worlds.push({ id: c.id, origin: c.origin }));
    await cdp.send('Runtime.enable');
    const world = worlds.find((w) => w.origin === `chrome-extension://${EXTENSION_ID}`);
    if (!world) throw new Error('The guard content script is not running in this page');
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
