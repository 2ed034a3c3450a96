import type { Detector } from '@/lib/detection';
import type { FindingReport } from '@/lib/messages/types';
import { pickAdapter, type Adapter } from './adapters';
import { CANDIDATE } from './adapters/generic';
import { textOf } from './adapters/shared';
import { createChats } from './chats';
import { withModel, type ModelClient } from './model-client';
import { createPageText, FLUSH_EVERY_MS } from './page';
import { matchedWords, summarize } from './report';
import { searchQuery } from './search';
import { watchTyping } from './typing';

/**
 * Watches one page and feeds what a child sees to the engine (lifecycle and budget: `monitor.design.md`).
 *
 *   MutationObserver (document, open shadow roots, same-origin iframes)
 *        │ added / changed nodes (cheap: push to a queue)
 *        ▼
 *   idle slices of ≤ 8 ms ─┬─▶ site adapter: message ─▶ Conversation.scan ─┐
 *                          ├─▶ site adapter: UI cue  ─▶ unknown_contact  ─┤
 *                          └─▶ page walk: text blocks ─▶ scanPage ────────┼─▶ report (rate-limited)
 *   URL (start, SPA routes) ─▶ search query ─▶ scan(search) ──────────────┤
 *   compose box (input events, passive) ─▶ scan(typed) ─▶ oversharing ────┘
 *
 * Inert until `start()`; `start()` and `stop()` are idempotent; `stop()` removes every observer, listener and timer.
 */
export interface Monitor {
  start(): void;
  stop(): void;
}

export interface MonitorOptions {
  detector: Detector;
  trustedContacts: readonly string[];
  /** The site adapters, on a chat site (from the chat-sites script); empty elsewhere. */
  siteAdapters: readonly Adapter[];
  /** The parent keeps message snippets (page config): reports carry ≤ 200 characters around a match. */
  keepSnippets?: boolean;
  /** False once the extension is gone (updated, disabled, removed): this script is then an orphan and stops. */
  alive(): boolean;
  report(report: FindingReport): void;
  /** The background's learned layer (issue #12); without it the rules decide alone. */
  model?: ModelClient;
}

const PROMPT = 'kawan-aman-prompt';
// Never text a child reads as page content; form fields belong to the typing watcher.
const SKIP = /^(script|style|noscript|template|textarea|input|select|option|svg|math|head)$/;
const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };
/** One idle slice; a long task is 50 ms, and the page needs the rest of the frame. */
const SLICE_MS = 8;
/** A busy page never idles; run anyway after this, so a risky message is flagged well within a second. */
const IDLE_TIMEOUT_MS = 200;
/** Queued subtrees; past this a mutation storm is dropped (the next route or batch rescans). */
const MAX_PENDING = 5000;
const MAX_FRAMES = 8;
const MAX_SHADOW_ROOTS = 200;
const MAX_BLOCK = 2000;
/**
 * Back-off, after uBlock Origin's DOM surveyor (src/js/contentscript.js), which stops surveying a page after 256
 * fruitless surveys *and* 5 minutes. A survey there is a round trip to the background; ours is local and cheap, but
 * our budget is "nothing after the first seconds" on old lab PCs, so we stop sooner: 32 fruitless batches *and* 10
 * seconds on the route. Chat pages (a site adapter, or a chat the generic adapter found) never back off. Backed off,
 * the observer is disconnected; every 2 seconds one native query counts chat-shaped elements, and a new one (a chat
 * widget opening) or a new URL (an SPA route) wakes the guard up.
 */
const BACKOFF_BATCHES = 32;
const BACKOFF_AFTER_MS = 10_000;
const BACKOFF_POLL_MS = 2000;
const CHAT_SHAPED = `${CANDIDATE},[aria-live]`;

function ownText(el: Element): string {
  let text = '';
  for (let n = el.firstChild; n && text.length < MAX_BLOCK; n = n.nextSibling) {
    if (n.nodeType === 3) text += (n as Text).data;
  }
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_BLOCK);
}

function hasOwnText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && /\S/.test((n as Text).data)) return true;
  }
  return false;
}

function visible(el: Element): boolean {
  // checkVisibility: Chrome 105, Firefox 106. Without it, the `hidden` / aria-hidden checks in the walk remain.
  return typeof el.checkVisibility !== 'function' || el.checkVisibility();
}

export function createMonitor(o: MonitorOptions): Monitor {
  const life = new AbortController();
  const signal = life.signal;
  let adapter: Adapter | null = pickAdapter(new URL(location.href), o.siteAdapters);
  const chats = createChats(o.detector, o.trustedContacts, () => adapter!, report, o.keepSnippets, o.model);
  const page = createPageText(o.detector, report, o.keepSnippets, o.model);
  const observer = new MutationObserver(onMutations);
  const observed = new WeakSet<object>();
  const queued = new WeakSet<Element>();
  const pending: Element[] = [];
  const messages: Element[] = [];
  const cues: Element[] = [];
  const stack: Element[] = [];
  let head = 0;
  let seenBlocks = new WeakSet<Element>();
  let frames = 0;
  let shadows = 0;
  let started = false;
  let scheduled = false;
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let href = location.href;
  let routeStart = Date.now();
  let fruitless = 0;
  let pollTimer: ReturnType<typeof setInterval> | undefined;
  const targets: Node[] = [];
  let firstWalk = true;
  let lastQuery = '';
  let found = false;

  function report(r: FindingReport) {
    found = true;
    o.report(r);
  }

  // A search results page is rated by its query, the child's own words (docs/design.md#where-it-looks: a strong
  // signal). Its text is other pages' titles and snippets for that query, which the child has not opened: read as the
  // page's topic, it would outweigh the query it answers (a VPN search is a tip; the results are full of VPN offers).
  let searching = false;
  const walksPage = () => (!adapter || adapter.id === 'generic') && !searching;
  const isCompose = (el: Element) => Boolean(adapter?.isCompose(el));
  const onTyped = (box: Element, text: string) => {
    if (adapter && o.alive()) chats.typed(box, text);
  };

  function schedule() {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    requestIdleCallback(drain, { timeout: IDLE_TIMEOUT_MS });
  }

  function enqueue(el: Element | null | undefined) {
    if (!el || pending.length - head >= MAX_PENDING) return;
    // Our own prompt renders inside its shadow root, which is never observed; its host has no light DOM.
    if (el.localName === PROMPT && !el.hasChildNodes()) return;
    // Already queued, or inside a subtree that is: that subtree's turn covers it. (A page that builds a deep tree
    // one append at a time would otherwise cost the square of its size.)
    if (queued.has(el) || (el.parentElement && queued.has(el.parentElement))) return;
    queued.add(el);
    pending.push(el);
    schedule();
  }

  function touch(node: Node) {
    const el = node.parentElement;
    if (!el) return;
    seenBlocks.delete(el);
    enqueue(el);
  }

  function onMutations(records: MutationRecord[]) {
    if (location.href !== href) onRoute();
    for (const r of records) {
      if (r.type === 'characterData') touch(r.target);
      else
        for (const n of r.addedNodes) {
          if (n.nodeType === 1) enqueue(n as Element);
          else if (n.nodeType === 3) touch(n);
        }
    }
  }

  function drain(deadline: IdleDeadline) {
    scheduled = false;
    if (signal.aborted) return;
    if (!o.alive()) return stop();
    found = false;
    const until = performance.now() + Math.max(4, Math.min(SLICE_MS, deadline.timeRemaining()));
    let worked = false;
    while (performance.now() < until) {
      const message = messages.shift();
      try {
        if (message) {
          if (message.isConnected && chats.message(message)) found = true;
        } else if (cues.length) {
          chats.cue(cues.shift()!);
        } else if (head < pending.length) {
          const root = pending[head++]!;
          queued.delete(root);
          if (root.isConnected) expand(root);
        } else if (stack.length) {
          visit(stack.pop()!);
        } else break;
      } catch {
        // One odd element (a hostile page, a site that changed) must not stop the guard: skip it.
      }
      worked = true;
    }
    if (head >= pending.length) pending.length = head = 0;
    const idle = !messages.length && !cues.length && !pending.length && !stack.length;
    if (idle) afterWalk();
    if (worked) account();
    if (!idle) schedule();
  }

  function expand(root: Element) {
    if (adapter) {
      for (const m of adapter.messages(root)) messages.push(m);
      for (const c of adapter.cues(root)) cues.push(c);
    }
    if (walksPage() && page.wants()) stack.push(root);
  }

  function visit(el: Element) {
    const name = el.localName;
    if (SKIP.test(name) || (el as HTMLElement).hidden || el.getAttribute('aria-hidden') === 'true') return;
    if (!page.wants()) {
      stack.length = 0;
      return;
    }
    if (name === 'iframe') return attachFrame(el as HTMLIFrameElement);
    if (el.shadowRoot && name !== PROMPT) attachShadow(el.shadowRoot);
    if (adapter?.isMessageList?.(el)) return;
    if (hasOwnText(el) && !seenBlocks.has(el)) {
      seenBlocks.add(el);
      const small = el.childElementCount <= 20;
      const text = small ? textOf(el) : ownText(el);
      if (text && visible(el)) {
        page.add(el, text);
        if (adapter?.id === 'generic' && chats.pageText(text)) found = true;
      }
      if (small) return;
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }

  function attachFrame(frame: HTMLIFrameElement) {
    if (!observed.has(frame)) {
      observed.add(frame);
      frame.addEventListener('load', () => attachFrame(frame), { signal });
    }
    let doc: Document | null = null;
    try {
      doc = frame.contentDocument;
    } catch {
      // Cross-origin: not ours to read.
    }
    if (!doc?.documentElement || observed.has(doc) || frames >= MAX_FRAMES) return;
    observed.add(doc);
    frames++;
    observe(doc.documentElement);
    watchTyping(doc, signal, isCompose, onTyped);
    enqueue(doc.body ?? doc.documentElement);
  }

  function attachShadow(root: ShadowRoot) {
    if (observed.has(root) || shadows >= MAX_SHADOW_ROOTS) return;
    observed.add(root);
    shadows++;
    observe(root);
    for (let c = root.firstElementChild; c; c = c.nextElementSibling) enqueue(c);
  }

  function afterWalk() {
    if (walksPage() && page.flush(firstWalk) && !flushTimer) {
      flushTimer = setTimeout(() => {
        flushTimer = undefined;
        if (!signal.aborted) afterWalk();
      }, FLUSH_EVERY_MS);
    }
    firstWalk = false;
  }

  function account() {
    if (found || adapter?.active()) {
      fruitless = 0;
      return;
    }
    if (++fruitless >= BACKOFF_BATCHES && Date.now() - routeStart >= BACKOFF_AFTER_MS) backOff();
  }

  const chatShaped = () => document.querySelectorAll(CHAT_SHAPED).length;

  function backOff() {
    observer.disconnect();
    pending.length = head = stack.length = 0;
    const baseline = chatShaped();
    pollTimer = setInterval(() => {
      if (location.href !== href) onRoute();
      else if (chatShaped() > baseline) wake();
    }, BACKOFF_POLL_MS);
  }

  function wake() {
    fruitless = 0;
    routeStart = Date.now();
    if (pollTimer === undefined) return;
    clearInterval(pollTimer);
    pollTimer = undefined;
    for (const target of targets) observer.observe(target, OBSERVE);
    enqueue(document.body);
  }

  function observe(target: Node) {
    targets.push(target);
    observer.observe(target, OBSERVE);
  }

  function checkSearch() {
    const q = searchQuery(new URL(location.href));
    searching = q !== null;
    if (!q || q === lastQuery) return;
    lastQuery = q;
    void withModel(o.model && (() => o.model!.search(q)), (model) => {
      const result = o.detector.scan({ text: q, kind: 'search', model });
      const r = summarize('search', result, `${location.host}/search`, { matched: matchedWords(q, result) });
      if (r) report(r);
    });
  }

  function onRoute() {
    href = location.href;
    wake();
    const next = pickAdapter(new URL(href), o.siteAdapters);
    // Keep the generic adapter's memory of the chat lists it found; switch when the site's own adapter applies.
    if (next?.id !== adapter?.id) adapter = next;
    page.reset();
    seenBlocks = new WeakSet();
    stack.length = 0;
    firstWalk = true;
    checkSearch();
    enqueue(document.body);
  }

  function stop() {
    life.abort();
    observer.disconnect();
    clearTimeout(flushTimer);
    clearInterval(pollTimer);
    pending.length = head = messages.length = cues.length = stack.length = 0;
  }

  return {
    start() {
      if (started || signal.aborted || !document.documentElement) return;
      started = true;
      observe(document.documentElement);
      const onNavigate = () => {
        if (location.href !== href) onRoute();
      };
      addEventListener('popstate', onNavigate, { signal });
      addEventListener('hashchange', onNavigate, { signal });
      watchTyping(document, signal, isCompose, onTyped);
      checkSearch();
      enqueue(document.body ?? document.documentElement);
    },
    stop,
  };
}
