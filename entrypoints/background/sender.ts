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
  const parsed = safeUrl(url);
  if (!parsed) return null;
  if (url.startsWith(extensionRoot)) {
    return { kind: 'extension', tabId: sender.tab?.id, url };
  }
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || !isWebPage(parsed)) return null;
  const frameId = sender.frameId ?? 0;
  // A chat widget in a frame speaks for the page the child is looking at: decisions (allowed and blocked sites),
  // the parent's history and the block page use the tab's page, not the widget's host.
  const page = frameId !== 0 && sender.tab?.url ? safeUrl(sender.tab.url) : null;
  if (page && isWebPage(page)) return { kind: 'content', tabId, frameId, host: page.hostname, url: page.href };
  return { kind: 'content', tabId, frameId, host: parsed.hostname, url };
}

/** Where our content scripts run: web pages and local files. */
function isWebPage(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'file:';
}

function safeUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
