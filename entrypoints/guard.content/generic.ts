import type { Adapter, ChatLine } from '@/lib/sites/adapters/types';
import { hasOwnText, isTime, runsOf, seen } from '@/lib/sites/read';

/**
 * A box the child types a message into (search boxes, `type=search`, are not). Joined at run time on purpose: the
 * minifier copies a constant string into every place that uses it, and this one is used in five.
 */
export const EDITABLE = ['textarea', 'input:not([type])', '[type=text]', '[contenteditable]', '[role=textbox]'].join();
// What comment sections, forums, shops and reviews show in every row and chats never do: buttons and counters as words.
const HEADINGS = 'h1,h2,h3,h4,h5,h6';
const ACTION =
  /^(\d+\s*)?(balas(an)?|repl(y|ies)|suka|likes?|bagikan|share|laporkan|report|kutip|quote|komentar|comments?|helpful|membantu|beli|buy|keranjang|add to cart|posts?|kiriman|joined|bergabung)\b/i;
// A price or a rating: a shop or a review.
const PRICE = /(rp|idr|\$|€|£)\s?\d|★|⭐|\b\d(\.\d)?\s?\/\s?5\b/i;
// Names that mean the child ("You:", "Kamu:"), where a room shows everyone on one side.
const OWN_NAME = /^(you|kamu|anda|me|saya|aku)$/i;
const MAX_LISTS = 20;
const MAX_TRIES = 8;
/** Rows looked at to decide: the newest dozen. */
const SAMPLE = 12;
/** Points a list needs to be a chat (see `chatScore`). */
const BAR = 5;
const MAX_ROW = 600;
const IN = 0;
const OUT = 1;
const MIDDLE = 2;

/** An element, or a shadow root standing for its host's inside. */
type Scope = Element | ShadowRoot;

interface Chat {
  /** The part of the page around the list that holds its composer, title and banners. */
  panel: Scope;
  title: string;
  /** Its rows name their sender ("Stranger: hi"): a row without one is the site speaking. */
  named: boolean;
  /**
   * A row has sat on the left. Until one has, the right is not the child's side: a page that right-aligns every row
   * would otherwise pass all its lines off as the child's own, which are never read for grooming.
   */
  left?: boolean;
}

interface Row {
  text: string;
  sender: string;
  time: boolean;
  action: boolean;
  /** IN, OUT, MIDDLE (a centred notice) or -1 when layout can't tell. */
  side: number;
}

/** The parent, climbing out of a shadow root to its host (a widget's whole chat may live inside one). */
function parentOf(n: Node): Scope | null {
  const p = n.parentNode ?? (n as ShadowRoot).host ?? null;
  return p && p.nodeType !== 9 ? (p as Scope) : null;
}

/**
 * Where the row's text sits in its list: the child's own rows on the right, a notice in the middle. The span of all
 * its visible text is measured (a name before the message starts it at the left, as in a lobby's "Name: text").
 */
function sideOf(row: Element, list: DOMRect): number {
  const walk = row.ownerDocument.createTreeWalker(row, 4);
  const range = row.ownerDocument.createRange();
  let left = Infinity;
  let right = -Infinity;
  for (let n = walk.nextNode(), i = 0; n && i < 40; n = walk.nextNode(), i++) {
    const t = n as Text;
    if (t.length > MAX_ROW || !/\S/.test(t.data) || isTime(t.data.trim())) continue;
    range.selectNodeContents(t);
    const r = range.getBoundingClientRect();
    if (r.width) {
      left = Math.min(left, r.left);
      right = Math.max(right, r.right);
    }
  }
  if (right < left) return -1;
  const l = left - list.left;
  const gap = list.right - right;
  const slack = Math.max(16, list.width / 10);
  const far = l > list.width / 5;
  return l > gap + slack && far ? OUT : gap > l + slack || !far ? IN : MIDDLE;
}

/** One row read as a person reads it: the message, a "Name:" before it, a time and action words set apart. */
function readRow(row: Element, list: DOMRect | null): Row {
  let time = false;
  let action = false;
  const body: string[] = [];
  for (const run of runsOf(row, MAX_ROW)) {
    if (isTime(run)) time = true;
    else if (run.length <= 30 && ACTION.test(run)) action = true;
    else body.push(run);
  }
  let text = body.join(' ');
  const said = /^([^\s:]{1,24}(?: [^\s:]{1,24}){0,2}):\s/.exec(text);
  if (said) text = text.slice(said[0].length).trim();
  return {
    text,
    sender: said?.[1] ?? '',
    time,
    action,
    side: list ? sideOf(row, list) : -1,
  };
}

/** Rows that belong to a page, not a chat: a link or a titled post as the row, a price, a comment box in the row. */
function pageRow(row: Element, r: Row): boolean {
  const link = row.querySelector('a[href]');
  const heading = row.querySelector(HEADINGS);
  return (
    r.action ||
    PRICE.test(r.text) ||
    Boolean(row.querySelector(EDITABLE)) ||
    (link !== null && (link.textContent?.length ?? 0) * 2 >= r.text.length) ||
    (heading !== null &&
      runsOf(heading, 200)
        .filter((t) => !isTime(t))
        .join(' ')
        .split(' ').length >= 4)
  );
}

/**
 * Whether `list` is a chat's message list, from its shape alone (issue #13): class names are hashed or meaningless,
 * so nothing here reads them. Points for what chats have and pages don't; the list is a chat at `BAR` (5):
 *
 * | sign                                                                          | points |
 * | ----------------------------------------------------------------------------- | ------ |
 * | `role="log"` (a live chat log by definition) / `aria-live` around it          | 4 / 1  |
 * | rows on both sides, one above another (the child's on the right, the other side's on the left) | 3 |
 * | an editable composer near the list, after it / before it                      | 2 / 1  |
 * | short rows: median ≤ 50 / ≤ 120 characters (over 200: never a chat)          | 2 / 1  |
 * | a time in a third of the rows ("20.51", "9:14 PM", "Kemarin")                 | 1      |
 * | "Name: text" in half the rows                                                  | 1      |
 * | the list grew by one to three rows since it was last looked at (messages)    | 1      |
 * | a third of the rows are a page's rows (reply/like/quote, prices, links, post titles, a comment box) | −4 |
 *
 * Rows must repeat one structure (60 % share a tag). A news comment section (short rows, times, a composer above, but
 * "Balas / Suka" in every row), a forum thread (long posts, "Quote"), a shop (prices), search results (links), an
 * article (long paragraphs) and a class board (titled posts) stay pages. A family chat is a chat, and harmless.
 */
function chatScore(list: Element, grew: boolean): [score: number, named: boolean, left?: boolean] {
  const kids = list.children;
  const log = list.getAttribute('role') === 'log';
  if (
    kids.length < (log ? 1 : 3) ||
    list.closest('nav,menu,select,[role=navigation],[role^=menu],[role=listbox],[role=tablist],[role^=tree]')
  ) {
    return [0, false];
  }
  const sample = Array.from(kids).slice(-SAMPLE);
  const tags: Record<string, number> = {};
  // Rows are boxes that repeat one tag, at least three of them: not the words of one message (inline spans), not
  // the parts of one row (avatar, name, text).
  if (
    !log &&
    (getComputedStyle(sample[0]!).display === 'inline' ||
      !sample.some((k) => (tags[k.localName] = (tags[k.localName] ?? 0) + 1) >= Math.max(3, sample.length * 0.6)))
  ) {
    return [0, false];
  }
  // A chat no one can see (hidden, transparent, off the page) is not read: no warning, no record (issue #15.5).
  const box = list.getBoundingClientRect();
  if (!seen(list, box)) return [0, false];
  let score = log ? 4 : list.closest('[aria-live=polite],[aria-live=assertive]') ? 1 : 0;
  const lengths: number[] = [];
  let times = 0;
  let bad = 0;
  let said = 0;
  let ins = 0;
  let outs = 0;
  // Rows side by side (a grid of cards, columns of links) are not a column of messages: their left and right are
  // columns, not two people.
  let grid = false;
  let prev: DOMRect | null = null;
  for (const row of sample) {
    const at = row.getBoundingClientRect();
    if (prev && at.top < prev.bottom - 1 && at.bottom > prev.top + 1) grid = true;
    prev = at;
    // Once rows stand side by side their sides count for nothing: no need to measure them.
    const r = readRow(row, box.width && !grid ? box : null);
    if (r.time) times++;
    if (!r.text) continue;
    lengths.push(r.text.length);
    if (pageRow(row, r)) bad++;
    if (r.sender) said++;
    if (r.side === OUT) outs++;
    else if (r.side === IN) ins++;
  }
  const m = lengths.length;
  const median = lengths.sort((a, b) => a - b)[m >> 1]!;
  if (m < (log ? 1 : 2) || (median > 200 && !log)) return [0, false];
  score += median <= 50 ? 2 : median <= 120 ? 1 : 0;
  if (times * 3 >= m) score++;
  if (ins && outs && !grid) score += 3;
  if (said * 2 >= m) score++;
  if (grew) score++;
  if (bad * 3 >= m) score -= 4;
  return [score, said * 2 >= m, ins > 0 && !grid];
}

/** The editable box near `list` (within four levels up) and the element holding both: the chat's panel. */
function composerOf(list: Element): [composer: Element, panel: Scope] | null {
  for (let p = parentOf(list), i = 0; p && (p as Element).localName !== 'html' && i < 4; p = parentOf(p), i++) {
    for (const c of p.querySelectorAll(EDITABLE)) if (!list.contains(c)) return [c, p];
  }
  return null;
}

/** The conversation's title: the first heading, header or `role=heading` in the panel (a name, a number, a room). */
function titleOf(panel: Scope, list: Element): string {
  for (const h of Array.from(panel.querySelectorAll(`${HEADINGS},[role=heading],header`)).slice(0, 10)) {
    const title = list.contains(h) ? '' : runsOf(h, 120).find((t) => !isTime(t));
    if (title) return title.slice(0, 60);
  }
  return '';
}

/** Elements with text of their own in `root`, outside `list`: a chat's header, banners and buttons. */
function labelsIn(root: Scope, list: Element): Element[] {
  const out: Element[] = [];
  const walk = root.ownerDocument.createTreeWalker(root, 1, { acceptNode: (n) => (n === list ? 2 : 1) });
  for (let n: Node | null = root, i = 0; n && i < 400 && out.length < 30; n = walk.nextNode(), i++) {
    if (n.nodeType === 1 && n !== list && hasOwnText(n as Element)) out.push(n as Element);
  }
  return out;
}

/**
 * The long tail of web chats — game lobbies, stranger-chat sites, support widgets, forum shoutboxes, school LMS
 * messages, copies of the big apps on other hosts — found by shape (`chatScore`), read row by row as a person reads
 * them (`lib/sites/read.ts`). Direction comes from layout (the child's own rows on the right) or a "You:" name, never
 * from class names (hashed ones say nothing, and a page could name its rows "mine"). The text around a chat (title, banners, buttons, centred notices) is handed over as cues, which
 * the engine's `ui` rules check for a stranger ("Nomor ini tidak ada di kontak Anda", "Add contact", a message
 * request, "random stranger").
 */
export function createGenericAdapter(): Adapter {
  const chats = new Map<Element, Chat>();
  const panels = new WeakMap<Scope, Element>();
  // Child count and tries at the last look: a list is looked at again only when it changed, and only so often.
  const looked = new WeakMap<Element, [number, number]>();
  let fresh: Element[] = [];

  /** The known list `el` is in (`true`) or whose panel it is in (`false`). */
  const at = (el: Scope | null): [Element, boolean] | null => {
    for (let p = el, i = 0; p && i < 16; p = parentOf(p), i++) {
      if (chats.has(p as Element)) return [p as Element, true];
      const list = panels.get(p);
      if (list) return [list, false];
    }
    return null;
  };

  const consider = (scope: Scope | null): scope is Element => {
    if (scope?.nodeType !== 1) return false;
    const el = scope as Element;
    const n = el.childElementCount;
    if (n < 3 && el.getAttribute('role') !== 'log') return false;
    const [count, tries] = looked.get(el) ?? [-1, 0];
    if (n === count || tries >= MAX_TRIES || chats.size >= MAX_LISTS || at(parentOf(el))?.[1]) return false;
    looked.set(el, [n, tries + 1]);
    // Growth is a message or two at a time: a batch of rows at once is a page loading more (comments, products).
    const [score, named, left] = chatScore(el, count >= 0 && n > count && n - count <= 3);
    // The composer is looked for only when it can decide: a search up four levels is the dearest part.
    const near = score + 2 >= BAR ? composerOf(el) : null;
    if (score + (near ? (el.compareDocumentPosition(near[0]) & 4 ? 2 : 1) : 0) < BAR) return false;
    const panel = near?.[1] ?? parentOf(el) ?? el;
    // A list found inside this one earlier was a part of it (one row's parts, before the rows were three).
    for (const inner of chats.keys()) if (el.contains(inner)) chats.delete(inner);
    chats.set(el, { panel, title: titleOf(panel, el), named, left });
    panels.set(panel, el);
    fresh = labelsIn(panel, el);
    return true;
  };

  const rows = (list: Element) => Array.from(list.children);

  return {
    id: 'generic',
    hosts: [],
    messages(root) {
      const hit = at(root);
      if (hit?.[1]) {
        // A row added or changed: the child of the list that holds `root`.
        let row: Scope = root;
        for (let p = parentOf(row); p && p !== hit[0]; p = parentOf(p)) row = p;
        return row === hit[0] ? rows(hit[0]) : [row as Element];
      }
      // A row added to a list not known yet (in a known chat's panel too: the first list found may be a wrong one).
      const parent = parentOf(root);
      return consider(parent) ? rows(parent) : [];
    },
    cues(root) {
      const hit = at(root);
      const labels = hit && !hit[1] ? labelsIn(root, hit[0]) : [];
      return labels.concat(fresh.splice(0));
    },
    found(el) {
      if (!chats.has(el) && (el.childElementCount === 0 || !consider(el))) return null;
      return { rows: rows(el), cues: fresh.splice(0) };
    },
    chatOf(el) {
      const list = at(el)?.[0] ?? (chats.size === 1 ? chats.keys().next().value! : null);
      const title = (list && chats.get(list)?.title) ?? '';
      return { id: `${location.pathname}|${title}`, title };
    },
    read(row) {
      const list = at(row)?.[0];
      const box = list?.getBoundingClientRect();
      if (!list || !box || !seen(list, box)) return null;
      const r = readRow(row, box.width ? box : null);
      if (!r.text) return null;
      const chat = chats.get(list);
      if (chat && r.side === IN) chat.left = true;
      const own = (r.side === OUT && chat?.left) || OWN_NAME.test(r.sender);
      // A centred row, or a row without a name where rows have names: the site speaking.
      const notice = r.side === MIDDLE || (!r.sender && Boolean(chat?.named));
      return { sender: r.sender, direction: own ? 'outgoing' : 'incoming', text: r.text, notice } satisfies ChatLine;
    },
    isCompose: (el) => el.matches(EDITABLE) && at(el) !== null,
    active: () => chats.size > 0,
  };
}
