import { hostMatches } from '@/lib/policy/hosts';
import { isChatSiteHost } from '@/lib/sites/chat-sites';
import { createGenericAdapter } from './generic';
import type { Adapter, ChatMessage, ChatRef } from './types';

/**
 * The adapter for a page: the site's own when the host and path match; none on the rest of a known chat site (its
 * feed is an ordinary page); a fresh generic adapter everywhere else.
 */
export function pickAdapter(url: URL, sites: readonly Adapter[]): Adapter | null {
  if (!isChatSiteHost(url.hostname)) return createGenericAdapter();
  return (
    sites.find((a) => a.hosts.some((h) => hostMatches(url.hostname, h)) && (!a.path || a.path.test(url.pathname))) ??
    null
  );
}

/** Reads one message element as `{ conversationId, sender, direction, text }`, or null when it has no text yet. */
export function readMessage(adapter: Adapter, el: Element): (ChatMessage & { chat: ChatRef }) | null {
  const line = adapter.read(el);
  const chat = line && adapter.chatOf(el);
  return line && chat ? { ...line, conversationId: chat.id, chat } : null;
}

export type { Adapter, ChatLine, ChatMessage, ChatRef } from './types';
