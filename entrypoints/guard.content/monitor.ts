import type { Detector } from '@/lib/detection';
import type { FindingReport } from '@/lib/messages/types';
import { ownElements } from '@/lib/sites/own-elements';
import { hasOwnText, hidden, MAX_TEXT, runsOf, seen, shadowOf, SKIP, textOf } from '@/lib/sites/read';
import { createChats } from './chats';
import { EDITABLE } from './generic';
import type { ModelClient } from './model-client';
import { createPageText, FLUSH_EVERY_MS } from './page';
import { pickAdapter, type Adapter } from './pick';
import { watchTyping } from './typing';

/**
 * Watches one page (or one cross-origin frame) and feeds what a child sees to the engine (lifecycle and budget:
 * `monitor.design.md`).
 *
 *   MutationObserver (the document node itself, so `document.open()` can't leave it behind; open and closed shadow
 *   roots; same-origin iframes)
 *        │ added / changed nodes (cheap: push to a queue)
 *        ▼
 *   idle slices of ≤ 8 ms ─┬─▶ adapter: message ──────▶ Conversation.scan ─┐
 *                          ├─▶ adapter: UI text ──────▶ ui rules: stranger ┤
 *                          └─▶ walk (visible nodes) ─┬▶ shape finder: chats ┤
 *                                                    └▶ page text ▶ scanPage┼─▶ report (rate-limited)
 *   compose box (input events, passive) ─▶ scan(typed) ─▶ oversharing ──────┘
 *
 * Inert until `start()`; `start()` and `stop()` are idempotent; `stop()` removes every observer, listener and timer.
 */
export interface Monitor {
  start(): void;
  stop(): void;
}

export interface MonitorOptions {
  detector: Detector;
  /** The site adapters, on a chat site (from the chat-sites script); empty elsewhere. */
  siteAdapters: readonly Adapter[];
  /** The parent keeps message snippets (page config): reports carry ≤ 200 characters around a match. */
  keepSnippets?: boolean;
  /** False once the extension is gone (updated, disabled, removed): this script is then an orphan and stops. */
  alive(): boolean;
  /** A cross-origin frame: only chats are read there (its page text is an ad's or a widget's, not the page's topic). */
  frame?: boolean;
  report(report: FindingReport): void;
  /** The background's learned layer (issue #12); without it the rules decide alone. */
  model?: ModelClient;
}

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };
/** One idle slice; a long task is 50 ms, and the page needs the rest of the frame. */
const SLICE_MS = 8;
/** A busy page never idles; run anyway after this, so a risky message is flagged well within a second. */
const IDLE_TIMEOUT_MS = 200;
/** Queued subtrees; past this a mutation storm is dropped (the next route or batch rescans). */
const MAX_PENDING = 5000;
const MAX_FRAMES = 8;
const MAX_SHADOW_ROOTS = 200;
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
// A chat opening after back-off: a live log, a live region, a text box.
const CHAT_SHAPED = `[role=log],[aria-live],${EDITABLE}`;

export function createMonitor(o: MonitorOptions): Monitor {
  const life = new AbortController();
  const signal = life.signal;
  let adapter: Adapter | null = pickAdapter(new URL(location.href), o.siteAdapters);
  const chats = createChats(o.detector, () => adapter!, report, o.keepSnippets, o.model);
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
  let found = false;

  function report(r: FindingReport) {
    found = true;
    o.report(r);
  }

  // The walk looks for chats by shape (the generic adapter) and, in the top frame, collects the page's text. (Search
  // queries are the background's: it reads them from the tab's URL, and ignores a results page's text.)
  const walks = () => !adapter || adapter.id === 'generic';
  const pageTopic = () => walks() && !o.frame;
  const isCompose = (el: Element) => Boolean(adapter?.isCompose(el));
  const onTyped = (box: Element, text: string) => {
    if (adapter && o.alive()) chats.typed(box, text);
  };
  const onNavigate = () => {
    if (location.href !== href) onRoute();
  };

  /**
   * A document's listeners: typing, and in the top document the SPA route events. Added again after
   * `document.open()`, which erases them (a doubled listener elsewhere is harmless: both paths are idempotent).
   */
  function listen(doc: Document) {
    if (doc === document) {
      addEventListener('popstate', onNavigate, { signal });
      addEventListener('hashchange', onNavigate, { signal });
    }
    watchTyping(doc, signal, isCompose, onTyped);
  }

  function schedule() {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    requestIdleCallback(drain, { timeout: IDLE_TIMEOUT_MS });
  }

  function enqueue(el: Element | null | undefined) {
    if (!el || pending.length - head >= MAX_PENDING || ownElements.has(el)) return;
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
      else {
        // The document itself changed children: `document.open()` wiped it (and its listeners) and it is rewritten.
        if (r.target.nodeType === 9) listen(r.target as Document);
        for (const n of r.addedNodes) {
          if (n.nodeType === 1) enqueue(n as Element);
          else if (n.nodeType === 3) touch(n);
        }
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
          if (chats.cue(cues.shift()!)) found = true;
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
    // The walk checks each level it goes down; a subtree that arrives by itself is checked from the top of the page.
    if (walks() && seen(root)) stack.push(root);
  }

  function visit(el: Element) {
    const name = el.localName;
    // Our own prompt is known by identity: a page's element of the same name is read like any other.
    if (ownElements.has(el) || (SKIP.test(name) && name !== 'iframe') || hidden(el)) return;
    if (name === 'iframe') return attachFrame(el as HTMLIFrameElement);
    const root = shadowOf(el);
    if (root) attachShadow(root);
    const chat = adapter?.found?.(el);
    if (chat) {
      messages.push(...chat.rows);
      cues.push(...chat.cues);
      return;
    }
    if (pageTopic() && page.wants() && hasOwnText(el) && !seenBlocks.has(el)) {
      seenBlocks.add(el);
      const small = el.childElementCount <= 20;
      const text = small ? textOf(el) : runsOf(el, MAX_TEXT, undefined, true).join(' ');
      if (text) page.add(el, text);
      if (small) return;
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }

  /** A same-origin frame is read from here (its own guard steps aside); a cross-origin one runs its own guard. */
  function attachFrame(frame: HTMLIFrameElement) {
    if (!observed.has(frame)) {
      observed.add(frame);
      frame.addEventListener('load', () => attachFrame(frame), { signal });
    }
    let doc: Document | null = null;
    try {
      doc = frame.contentDocument;
    } catch {
      // Cross-origin: its own guard reads it.
    }
    if (!doc?.documentElement || observed.has(doc) || frames >= MAX_FRAMES) return;
    observed.add(doc);
    frames++;
    observe(doc);
    listen(doc);
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
    if (pageTopic() && page.flush(firstWalk) && !flushTimer) {
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
      // The document node, not <html>: after `document.open()` the new <html> is still under watch (issue #15).
      observe(document);
      listen(document);
      enqueue(document.body ?? document.documentElement);
    },
    stop,
  };
}
