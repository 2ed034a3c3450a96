import { ownElements } from './own-elements';

/**
 * What a person sees of a part of the page, as text: every message, banner, title and page block the guard and the
 * site adapters read goes through here (issue #15: "read what a person sees").
 *
 * - Rendered, visible nodes only: not `display: none`, `content-visibility: hidden`, `opacity: 0`, hidden or
 *   transparent or tiny text, zero-size or clipped boxes (screen-reader-only text), nor boxes placed where no
 *   scrolling reaches (`left: -9999px`). A page cannot make us read noise the child never sees, nor make us raise a
 *   warning about text no child saw.
 * - In reading order: flex and grid `order`, `*-reverse` directions, right-to-left overrides
 *   (`unicode-bidi: bidi-override`, U+202E) and `::before` / `::after` text, as they are shown.
 * - The flat tree: open and closed shadow roots (closed ones through `chrome.dom.openOrClosedShadowRoot`, Firefox's
 *   `openOrClosedShadowRoot`), slotted children where their slot is. Our own prompt is skipped by identity.
 * - Words as they look: inline elements join without a space (`<span>p</span><span>ap</span>` is "pap"); boxes
 *   (blocks, flex items, inline-blocks) start a new run unless they touch the previous box on the same line.
 * - Bounded: at most `max` characters, at most 16 KB looked at in one text node (a 20 MB text node costs no more),
 *   zero-width and bidi control characters dropped before anything is counted.
 *
 * DOM only (no extension API but the closed-shadow-root accessor): the guard and the site adapters share it.
 */

/** Characters one reading keeps by default: one chat message or one page block. */
export const MAX_TEXT = 2000;
const PER_NODE = 16384;
const CHUNK = 2048;
const MAX_KIDS = 1000;

/** Never text a person reads here: code, form fields (the typing watcher reads those), media, frames. */
export const SKIP =
  /^(script|style|noscript|template|textarea|input|select|option|svg|math|head|iframe|object|embed|video|audio|canvas)$/;
// Soft hyphen, joiners, zero-width and bidi controls, variation selectors: nothing anyone sees.
// eslint-disable-next-line no-misleading-character-class -- each mark is removed on its own, on purpose
const INVISIBLE = /[\u00ad\u034f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]/g;
// Right-to-left override up to its pop: shown reversed.
const RLO = /\u202e([^\u202c]*)/g;
const TIME_WORD =
  /^(\d+|[smhdwjap]|[ap]m|today|\w+day|hari|ini|kemarin|pukul|at|lalu|yang|ago|edited|diedit|detik|menit|mnt|jam|bulan|tahun|(sec|min(ute)?|hour|hr|day|week)s?|wita?|wib|senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar(et|ch)?|apr(il)?|mei|may|jun[ei]?|jul[iy]?|agu|aug|sept?|o[kc]t|nov|de[sc])$/;
/**
 * A timestamp, a date or a "seen" mark as chat apps and comment sections show them ("20.51", "9:14 PM", "Kemarin",
 * "Hari ini pukul 20.51", "2 jam lalu", "12 Mei 2025"), decided by its words, never by a class name: a page that
 * puts "time" in the class of its message body does not get it skipped (issue #15).
 * @example isTime('Hari ini pukul 20.51') // true
 */
export function isTime(text: string): boolean {
  const t = text.toLowerCase();
  return (
    t.length <= 40 &&
    /\d|kemarin|yesterday|today|hari ini/.test(t) &&
    !/^\d+$/.test(t) &&
    t.split(/[\s.:/,·•✓✔()[\]-]+|(?<=\d)(?=[a-z])/).every((w) => !w || TIME_WORD.test(w))
  );
}

const reverse = (s: string) => Array.from(s).reverse().join('');

type ClosedRootAccess = { dom?: { openOrClosedShadowRoot?(el: Element): ShadowRoot | null } };

/**
 * An element's shadow root, open or closed (a content script may read closed ones; the page's own code cannot).
 * Closed roots are asked for only on custom elements and on elements with nothing in their light DOM, where widgets
 * put them: the accessor is an extension API call, too dear for every element of a 100,000-element page.
 */
export function shadowOf(el: Element): ShadowRoot | null {
  try {
    return (
      el.shadowRoot ??
      (el.firstChild && !el.localName.includes('-')
        ? null
        : ((el as { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ??
          (globalThis as { chrome?: ClosedRootAccess }).chrome?.dom?.openOrClosedShadowRoot?.(el) ??
          null))
    );
  } catch {
    return null;
  }
}

/**
 * The element and everything in it are out of sight: not rendered, transparent, zero-size or clipped, or off the
 * page. (A value a DOM without layout leaves empty counts as its default.)
 */
export function hidden(el: Element, cs: CSSStyleDeclaration = getComputedStyle(el)): boolean {
  if (cs.display === 'none' || cs.contentVisibility === 'hidden' || parseFloat(cs.opacity) < 0.1) return true;
  const box = el as HTMLElement;
  // `left: -9999px`, `margin-left: -9999px` and kin: the box ends before its container begins.
  if (box.offsetWidth > 0 && (box.offsetLeft + box.offsetWidth <= 0 || box.offsetTop + box.offsetHeight <= 0)) {
    return true;
  }
  if (
    !/hidden|clip|auto|scroll|overlay/.test(cs.overflow) &&
    !/^m|rect/.test(cs.transform + cs.clip) &&
    !/^[^n]/.test(cs.clipPath)
  ) {
    return false;
  }
  const r = el.getBoundingClientRect();
  return (
    r.width < 2 || r.height < 2 || /inset\(50%|circle\(0/.test(cs.clipPath) || cs.clip === 'rect(0px, 0px, 0px, 0px)'
  );
}

/**
 * Whether a person can see `el` at all, its ancestors included: rendered, not transparent, not placed off the page.
 * For what arrives by itself (a row added to a list) rather than by a walk from the top, which checks each level.
 * A caller that measures `el` anyway hands its box in `r`.
 */
export function seen(el: Element, r: DOMRect = el.getBoundingClientRect()): boolean {
  return (
    el.checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true }) !== false &&
    !(r.width && (r.right + scrollX <= 0 || r.bottom + scrollY <= 0))
  );
}

/** Whether an element's own text can be seen (its children may still be visible where it is not). */
function showsText(cs: CSSStyleDeclaration): boolean {
  return (
    !/hidden|collapse/.test(cs.visibility) &&
    !(parseFloat(cs.fontSize) < 4) &&
    // Transparent ink: `rgba(…, 0)` (opaque colours compute to `rgb(…)`, black to `rgb(0, 0, 0)`).
    !/^rgba.*, 0\)$/.test(cs.color) &&
    !/^rgba.*, 0\)$/.test(cs.webkitTextFillColor || '') &&
    !(parseFloat(cs.textIndent) < -999)
  );
}

/** `::before` / `::after` text as shown: quoted strings and `attr()`. */
function pseudoText(el: Element, which: string): string {
  const cs = getComputedStyle(el, which);
  const content = cs.content;
  if (!content || content === 'none' || content === 'normal' || cs.display === 'none' || !showsText(cs)) return '';
  return content.replace(/attr\(([\w-]+)\)|"((?:[^"\\]|\\.)*)"|[^"]/g, (_m, attr?: string, quoted?: string) =>
    attr ? (el.getAttribute(attr) ?? '') : (quoted ?? ''),
  );
}

/** Children in the flat tree: a shadow root's content instead of the light children, a slot's assigned nodes. */
function childrenOf(el: Element): ArrayLike<Node> {
  const root = shadowOf(el);
  if (root) return root.childNodes;
  const assigned = el.localName === 'slot' ? (el as HTMLSlotElement).assignedNodes({ flatten: true }) : [];
  return assigned.length ? assigned : el.childNodes;
}

/** Flex and grid children in the order they are shown. */
function shownOrder(kids: ArrayLike<Node>, cs: CSSStyleDeclaration): Node[] {
  let list = Array.from(kids).slice(0, MAX_KIDS);
  const order = list.map((k) => (k.nodeType === 1 ? parseInt(getComputedStyle(k as Element).order) || 0 : 0));
  if (order.some(Boolean))
    list = list
      .map((k, i) => [k, order[i]!] as const)
      .sort((a, b) => a[1] - b[1])
      .map((p) => p[0]);
  return cs.display.includes('flex') && cs.flexDirection.endsWith('reverse') ? list.reverse() : list;
}

/** A leaf that shows only a time ("20.51", "Kemarin"): its own run, so a reader can set it apart. */
function timeLeaf(el: Element): boolean {
  const only = el.firstChild;
  return (
    el.localName === 'time' ||
    (only !== null &&
      only === el.lastChild &&
      only.nodeType === 3 &&
      (only as Text).length <= 40 &&
      isTime((only as Text).data))
  );
}

interface Close {
  el: Element;
  at: number;
  flip: boolean;
  box: boolean;
}

/**
 * The visible text of `root` as runs: each run is what reads as one piece (a line of a block, a flex item, a label),
 * whitespace collapsed. `skip` leaves out matching descendants (a site's timestamps); `shallow` reads only `root`'s
 * own text nodes.
 */
export function runsOf(root: Element, max = MAX_TEXT, skip?: string, shallow = false): string[] {
  const runs: string[] = [];
  const stack: (Node | Close)[] = [root];
  let run = '';
  let size = 0;
  // A box that just ended: the next box continues the run only when it touches this one on the same line.
  let after: DOMRect | null = null;
  const add = (s: string) => {
    run += s;
    size += s.length;
  };
  const end = () => {
    const t = run.replace(/\s+/g, ' ').trim();
    if (t) runs.push(t);
    run = '';
    after = null;
  };
  while (stack.length && size < max) {
    const n = stack.pop()!;
    if ('at' in n) {
      add(pseudoText(n.el, '::after'));
      if (n.flip) run = run.slice(0, n.at) + reverse(run.slice(n.at));
      if (n.box && run.trim()) after = n.el.getBoundingClientRect();
      continue;
    }
    if (n.nodeType === 3) {
      const t = n as Text;
      for (let i = 0; i < t.length && i < PER_NODE && size < max; i += CHUNK) {
        const s = t
          .substringData(i, CHUNK)
          .replace(RLO, (_m, x: string) => reverse(x))
          .replace(INVISIBLE, '');
        if (after) {
          if (!/\S/.test(s)) continue;
          end();
        }
        add(s);
      }
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    const name = el.localName;
    if (name === 'br') end();
    // Emoji drawn as images (`<img alt="😉">`) carry meaning; other images are not text.
    else if (name === 'img' && (el.getAttribute('alt')?.length ?? 9) <= 8) add(el.getAttribute('alt')!);
    if (/^(br|img)$/.test(name) || SKIP.test(name) || ownElements.has(el) || (skip && el !== root && el.matches(skip)))
      continue;
    const cs = getComputedStyle(el);
    if (hidden(el, cs)) continue;
    const box = !/^(inline|contents|)$/.test(cs.display) || timeLeaf(el);
    if (box && el !== root) {
      if (after && run.trim() && touches(after, el.getBoundingClientRect())) after = null;
      else end();
    }
    stack.push({ el, at: run.length, flip: cs.direction === 'rtl' && cs.unicodeBidi.includes('override'), box });
    add(pseudoText(el, '::before'));
    const text = showsText(cs);
    const kids = /flex|grid/.test(cs.display) ? shownOrder(childrenOf(el), cs) : childrenOf(el);
    for (let i = Math.min(kids.length, MAX_KIDS); i--;) {
      const k = kids[i]!;
      if (k.nodeType === 3 ? text : !shallow) stack.push(k);
    }
  }
  end();
  return runs;
}

/** Two boxes read as one word: the second starts where the first ends, on the same line. */
function touches(a: DOMRect, b: DOMRect): boolean {
  return b.width > 0 && Math.abs(b.left - a.right) < 4 && Math.abs(b.top - a.top) < a.height / 2;
}

/**
 * The visible text of `el` as one string, at most `max` characters (see `runsOf`).
 * @example textOf(document.querySelector('.bubble')) // 'jangan bilang ortu ya'
 */
export function textOf(el: Element | null | undefined, skip?: string, max = MAX_TEXT): string {
  return el ? runsOf(el, max, skip).join(' ').slice(0, max) : '';
}

/** Whether `el` has text of its own (not only in child elements); looks at the first characters only. */
export function hasOwnText(el: Element): boolean {
  for (let n = el.firstChild, i = 0; n && i < 50; n = n.nextSibling, i++) {
    if (n.nodeType === 3 && /\S/.test((n as Text).substringData(0, 256).replace(INVISIBLE, ''))) return true;
  }
  return false;
}
