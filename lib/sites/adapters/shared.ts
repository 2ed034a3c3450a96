import type { Direction } from '@/lib/detection';
import { textOf } from '../read';
import type { Adapter, ChatLine, ChatRef } from './types';

export { textOf };

/** `root` itself, an ancestor, or descendants that match `selector` (a change inside a message finds the message). */
export function within(root: Element, selector: string): Element[] {
  if (root.matches(selector)) return [root];
  const up = root.parentElement?.closest(selector);
  if (up) return [up];
  return Array.from(root.querySelectorAll(selector));
}

/** Bubbles on the right of their list are the child's own: the one layout rule every chat app shares. */
export function sideOf(bubble: Element, list: Element | null): Direction {
  if (!list) return 'incoming';
  const b = bubble.getBoundingClientRect();
  const l = list.getBoundingClientRect();
  return b.width > 0 && b.left - l.left > l.right - b.right + 8 ? 'outgoing' : 'incoming';
}

/** The first path segment after `marker` (`/direct/t/123/` → `123`). */
export function pathPart(marker: string): string {
  const parts = location.pathname.split('/');
  const i = parts.indexOf(marker);
  return i >= 0 ? (parts[i + 1] ?? '') : '';
}

export interface SelectorSite {
  id: Adapter['id'];
  hosts: readonly string[];
  path?: RegExp;
  /** One element per message. */
  message: string;
  /** UI elements (buttons, banners, headers) whose text may say the other side is a stranger (the guard reads them). */
  cue: string;
  compose: string;
  chatOf(el: Element): ChatRef | null;
  read(message: Element, chat: ChatRef | null): Omit<ChatLine, 'sender'> & { sender?: string };
  isRequest?(url: URL): boolean;
}

/** Builds an adapter for a site whose structure CSS selectors describe (every site but the generic one). */
export function selectorAdapter(site: SelectorSite): Adapter {
  return {
    id: site.id,
    hosts: site.hosts,
    path: site.path,
    messages: (root) => within(root, site.message),
    // The site's own UI outside the messages: the guard checks its words with the engine's `ui` rules (a stranger).
    cues: (root) => within(root, site.cue).filter((el) => !el.closest(site.message)),
    chatOf: site.chatOf,
    read(el, chat = site.chatOf(el)) {
      const line = site.read(el, chat);
      return line.text ? { ...line, sender: line.sender || chat?.title || '' } : null;
    },
    isCompose: (el) => Boolean(el.closest(site.compose)),
    isRequest: site.isRequest,
    active: () => true,
  };
}

/** A conversation named by its title, or none while the site has not drawn the header yet. */
export function titled(id: string, title: string): ChatRef | null {
  return title || id ? { id: id || title, title } : null;
}

/**
 * Meta's message threads (Instagram direct messages, Messenger) share one shape and its generated class names: a
 * `[role="grid"]` of `[role="row"]` messages inside `[role="main"]`, the child's own bubbles on the right, the other
 * side's name in the thread's `h2`. Only the addresses, the compose box and the message-request pages differ.
 */
export function metaThread(site: Pick<SelectorSite, 'id' | 'hosts' | 'path' | 'compose' | 'isRequest'>): Adapter {
  return selectorAdapter({
    ...site,
    message: '[role="main"] [role="grid"] [role="row"]',
    cue: '[role="main"] span, [role="main"] [role="button"]',
    chatOf: () => titled(pathPart('t'), textOf(document.querySelector('[role="main"] h2'))),
    read(el) {
      const bubble = el.querySelector('div[dir="auto"]');
      return {
        direction: bubble ? sideOf(bubble, el.closest('[role="grid"]')) : 'incoming',
        text: textOf(bubble),
      };
    },
  });
}
