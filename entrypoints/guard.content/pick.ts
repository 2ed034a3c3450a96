import { createGenericAdapter } from './generic';
import type { Adapter, ChatMessage } from '@/lib/sites/adapters/types';

/**
 * The adapter for a page: on a chat site (the chat-sites script handed over `sites`) the site's own when the host and
 * path match, and none on the rest of it (its feed is an ordinary page); a fresh shape finder everywhere else. The
 * background registers that script on those hosts and their subdomains only, so a suffix is enough to tell them apart.
 */
export function pickAdapter(url: URL, sites: readonly Adapter[]): Adapter | null {
  if (!sites.length) return createGenericAdapter();
  return (
    sites.find(
      (a) => a.hosts.some((h) => `.${url.hostname}`.endsWith(`.${h}`)) && (!a.path || a.path.test(url.pathname)),
    ) ?? null
  );
}

/**
 * Reads one message element as `{ sender, direction, text, chat }`, or null when it has no text yet. The conversation
 * is looked up once and handed to `read` (a site's title is read from its header).
 */
export function readMessage(adapter: Adapter, el: Element): ChatMessage | null {
  const chat = adapter.chatOf(el);
  const line = chat && adapter.read(el, chat);
  return chat && line ? { ...line, chat } : null;
}

export type { Adapter, ChatLine, ChatMessage, ChatRef } from '@/lib/sites/adapters/types';
