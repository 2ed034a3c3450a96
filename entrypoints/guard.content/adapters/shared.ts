import type { Direction } from '@/lib/detection';
import { hasCue, UNKNOWN_CONTACT_CUES } from '@/lib/sites/contacts';
import type { Adapter, ChatLine, ChatRef } from './types';

const MAX_TEXT = 2000;
// Elements that style a few words inside a sentence; any other element boundary separates words.
const INLINE = /^(a|abbr|b|code|em|font|i|mark|s|small|strong|sub|sup|u)$/;

/**
 * Visible text of `el`, at most 2,000 characters, without the descendants matching `skip` (timestamps, reactions).
 * Text in two sibling elements is two words (`<span>Raka</span><span>jgn blg ortu</span>` is "Raka jgn blg ortu",
 * not "Rakajgn…"), except across inline formatting (`ja<b>ngan</b>`). Stops early, so a huge element costs no more
 * than its first few kilobytes.
 */
export function textOf(el: Element | null | undefined, skip?: string): string {
  if (!el) return '';
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let out = '';
  let last: Element | null = null;
  for (let n = walker.nextNode(); n && out.length < MAX_TEXT; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (skip && parent && parent !== el && parent.closest(skip) && el.contains(parent.closest(skip))) continue;
    if (last && parent !== last && !INLINE.test(last.localName) && !INLINE.test(parent?.localName ?? '')) out += ' ';
    out += (n as Text).data;
    last = parent;
  }
  return out.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
}

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
  /** UI elements (buttons, banners, headers) whose text may say the other side is a stranger. */
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
    // Short UI text outside the messages that says "stranger" in the site's own words.
    cues: (root) =>
      within(root, site.cue).filter(
        (el) =>
          !el.closest(site.message) && (el.textContent ?? '').length < 200 && hasCue(textOf(el), UNKNOWN_CONTACT_CUES),
      ),
    chatOf: site.chatOf,
    read(el) {
      const chat = site.chatOf(el);
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
