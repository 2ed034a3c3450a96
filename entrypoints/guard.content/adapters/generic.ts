import type { Adapter } from './types';
import { textOf } from './shared';

// Containers that may hold a chat: a live log, or an element whose class or id says chat/message/shoutbox. (No
// `i` flag on attribute selectors: the common spellings are listed instead, for every DOM engine.) The monitor's
// back-off wakes up when more of these appear.
export const CANDIDATE =
  '[role=log],[class*=chat],[class*=Chat],[id*=chat],[id*=Chat],[class*=message],[class*=Message],[id*=message],[class*=shout],[class*=logbox]';
const META = 'time,[class*=time],[class*=Time],[class*=date]';
const SENDER =
  '[class*=author],[class*=sender],[class*=user],[class*=User],[class*=nick],[class*=source],[class*=name],[class*=Name]';
// Class words for the child's own bubbles: "message out", "msg-right", "bubble me", Omegle's "youmsg".
const OWN = /(^|[^a-z])(out|outgoing|own|mine|self|sent|me|you|right)(msg|message)?([^a-z]|$)/i;
const OWN_NAME = /^(you|kamu|anda|me|saya|aku)$/i;
const MAX_LISTS = 20;

/** Repeated structure: most rows share a tag and first class, as message rows do. */
function isList(el: Element): boolean {
  if (el.getAttribute('role') === 'log') return true;
  const kids = el.children;
  const n = Math.min(kids.length, 40);
  if (n < 3 || el.closest('nav,[role=navigation],[role=menu]')) return false;
  const counts: Record<string, number> = {};
  let best = 0;
  for (let i = 0; i < n; i++) {
    const sig = `${kids[i]!.localName}.${kids[i]!.classList[0]}`;
    best = Math.max(best, (counts[sig] = (counts[sig] ?? 0) + 1));
  }
  return best >= n * 0.6;
}

/**
 * The long tail of web chats (forum shoutboxes, game chats, random-chat sites): finds message lists by structure
 * — a live `role="log"`, or a chat/message-named container whose rows repeat one shape — and reads each row as a
 * message. Direction comes from class words ("out", "own", "you"…), the sender from an author/name element.
 */
export function createGenericAdapter(): Adapter {
  const lists = new WeakSet<Element>();
  const known: Element[] = [];

  const listOf = (el: Element): Element | null => {
    for (let p = el.parentElement, i = 0; p && i < 8; p = p.parentElement, i++) if (lists.has(p)) return p;
    return null;
  };
  const remember = (list: Element) => {
    if (lists.has(list) || known.length >= MAX_LISTS || listOf(list) || !isList(list)) return false;
    lists.add(list);
    known.push(list);
    return true;
  };

  return {
    id: 'generic',
    hosts: [],
    messages(root) {
      // A row added to (or changed inside) a known list; a list that just became one; lists inside `root`.
      for (let el: Element | null = root, i = 0; el && i < 8; el = el.parentElement, i++) {
        if (el.parentElement && lists.has(el.parentElement)) return [el];
      }
      const parent = root.parentElement;
      if (parent?.matches(CANDIDATE) && remember(parent)) return Array.from(parent.children);
      const candidates = [root, ...Array.from(root.querySelectorAll(CANDIDATE)).slice(0, 100)];
      return candidates.flatMap((c) => (c.matches(CANDIDATE) && remember(c) ? Array.from(c.children) : []));
    },
    cues: () => [],
    chatOf(el) {
      // The list holding `el`; for the compose box or a banner, the page's only chat.
      const list = lists.has(el) ? el : (listOf(el) ?? (known.length === 1 ? known[0]! : null));
      const near = (scope?: Element | null) => scope?.querySelector('h1,h2,h3,[class*=title],[class*=Title]');
      const heading = near(list?.parentElement) ?? near(list?.parentElement?.parentElement);
      const title = heading && !list!.contains(heading) ? textOf(heading).slice(0, 120) : '';
      return { id: `${location.pathname}|${title}`, title };
    },
    read(el) {
      const sender = textOf(el.querySelector(SENDER)).replace(/:$/, '').slice(0, 60);
      const text = textOf(el, `${META},${SENDER}`) || textOf(el, META);
      const classes = `${el.getAttribute('class')} ${el.firstElementChild?.getAttribute('class')}`;
      const own = OWN.test(classes) || OWN_NAME.test(sender);
      return text ? { sender, direction: own ? 'outgoing' : 'incoming', text } : null;
    },
    isCompose(el) {
      const editable =
        el.localName === 'textarea' ||
        (el.localName === 'input' && /^(text|search)?$/.test(el.getAttribute('type') ?? '')) ||
        (el as HTMLElement).isContentEditable;
      let up: Element | null = el;
      for (let i = 0; up && i < 4; i++) up = up.parentElement;
      // A text box within a few levels of a chat list we found.
      return editable && Boolean(up && known.some((l) => up!.contains(l)));
    },
    active: () => known.length > 0,
    isMessageList: (el) => lists.has(el),
  };
}
