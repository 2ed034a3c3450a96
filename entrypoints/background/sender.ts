import { browser, type Browser } from 'wxt/browser';

/**
 * Who sent a message. The only place that reads `MessageSender` (Bitwarden's pattern): handlers ask for the kind
 * they accept and get `null` for anything else.
 *
 * - `content`: one of our content scripts inside a web page. Unprivileged: the page around it may be hostile.
 * - `extension`: one of our own pages (popup, options, report, block page). Privileged.
 */
export type SenderInfo =
  | { kind: 'content'; tabId: number; frameId: number; host: string; url: string }
  | { kind: 'extension'; tabId?: number; url: string };

export function classifySender(sender: Browser.runtime.MessageSender | undefined): SenderInfo | null {
  if (!sender || sender.id !== browser.runtime.id) return null;
  const url = sender.url ?? '';
  // Compare by prefix: `URL.origin` is "null" for non-special schemes in some runtimes.
  const extensionRoot = browser.runtime.getURL('/');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (url.startsWith(extensionRoot)) {
    return { kind: 'extension', tabId: sender.tab?.id, url };
  }
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return null;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'file:') return null;
  return { kind: 'content', tabId, frameId: sender.frameId ?? 0, host: parsed.hostname, url };
}
