import { expect, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** The four kinds of sender the background can meet, as the browser describes them in `MessageSender`. */
export const senders = {
  /** One of our pages (options, popup, report, block page): privileged. */
  page: (path = 'options.html') => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(`/${path}` as '/') }),
  /** Our content script inside a web page: unprivileged, the page around it may be hostile. */
  content: (tabId = 3, url = 'https://chat.example/room') => ({
    id: fakeBrowser.runtime.id,
    url,
    tab: { id: tabId },
    frameId: 0,
  }),
  /** Another extension (only reachable with `externally_connectable`, which we don't declare; refused anyway). */
  otherExtension: () => ({
    id: 'abcdefghijklmnopabcdefghijklmnop',
    url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/x.html',
  }),
  /** No sender information at all. */
  none: () => undefined,
} as const;

export type SenderKind = keyof typeof senders;

/**
 * Delivers one message to the background's listeners exactly as @webext-core/messaging sends it and returns what the
 * listener answered (`{ res }` or `{ err }`), or `undefined` when no listener answered within `timeoutMs`.
 */
export async function deliver(message: unknown, sender: unknown, timeoutMs = 2000): Promise<unknown> {
  const sendResponse = vi.fn();
  // `trigger` passes every argument on, so the listener gets a `sendResponse` as in a browser.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  const returned = await trigger(message, sender, sendResponse);
  // A listener that does not handle the message returns nothing and never calls sendResponse.
  if (!returned.some((r) => r === true)) return undefined;
  await vi.waitFor(() => expect(sendResponse).toHaveBeenCalled(), { timeout: timeoutMs });
  return sendResponse.mock.calls[0]![0];
}

/** Sends `type` with `data` from `sender` and returns the handler's answer (`res`); throws on a handler error. */
export async function send(type: string, data: unknown, sender: unknown): Promise<unknown> {
  const answer = (await deliver({ id: 1, type, data, timestamp: Date.now() }, sender)) as
    { res?: unknown; err?: unknown } | undefined;
  if (answer && 'err' in answer && answer.err !== undefined)
    throw new Error(`handler error: ${JSON.stringify(answer.err)}`);
  return answer?.res;
}
