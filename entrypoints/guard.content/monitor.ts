import type { ContentScriptContext } from '#imports';
import type { Conversation, Detector, ScanKind } from '@/lib/detection';
import type { FindingReport } from '@/lib/messages/types';

/**
 * Watches the page for text and feeds it to the engine.
 *
 *   DOM mutations ─▶ queue (added nodes) ─▶ idle callback ─▶ text blocks ─▶ detector ─▶ onReport(summary)
 *
 * Inert until `start()`; `start()` and `stop()` are idempotent; everything is cleaned up with the WXT context.
 */
export interface Monitor {
  start(): void;
  stop(): void;
}

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'SVG',
  'KAWAN-AMAN-PROMPT',
]);
const CHAT_CONTAINER = '[role="log"], [aria-live], [class*="message" i], [class*="chat" i], [data-testid*="message" i]';
const MAX_BLOCK_CHARS = 2000;

function kindOf(el: Element): ScanKind {
  return el.closest(CHAT_CONTAINER) ? 'chat' : 'page';
}

/** Elements whose own text is a unit: a message bubble, a paragraph, a heading. */
function textBlocks(root: Element): Element[] {
  const blocks: Element[] = [];
  const walk = (el: Element) => {
    if (SKIP.has(el.tagName.toUpperCase())) return;
    let hasOwnText = false;
    for (const child of el.childNodes) {
      if (child.nodeType === Node.TEXT_NODE && child.textContent?.trim()) hasOwnText = true;
    }
    if (hasOwnText) blocks.push(el);
    else for (const child of el.children) walk(child);
  };
  walk(root);
  return blocks;
}

export function createMonitor(
  ctx: ContentScriptContext,
  detector: Detector,
  onReport: (report: FindingReport) => void,
): Monitor {
  const seen = new WeakSet<Element>();
  const queue: Element[] = [];
  let conversation: Conversation = detector.conversation();
  let observer: MutationObserver | null = null;
  let scheduled = false;

  const scope = () => `${location.host}${location.pathname}`;

  function scanBlock(el: Element) {
    if (seen.has(el)) return;
    seen.add(el);
    const text = (el.textContent ?? '').slice(0, MAX_BLOCK_CHARS);
    if (!text.trim()) return;
    const kind = kindOf(el);
    const result =
      kind === 'chat' ? conversation.scan({ text, kind, direction: 'incoming' }) : detector.scan({ text, kind });
    if (result.risk === 'none') return;
    onReport({
      kind,
      risk: result.risk,
      categories: result.categories,
      ruleIds: [...new Set(result.findings.map((f) => f.ruleId))],
      scope: scope(),
      matched: result.findings.slice(0, 10).map((f) => text.slice(f.start, f.end).slice(0, 100)),
      title: document.title.slice(0, 300) || undefined,
    });
  }

  function drain() {
    scheduled = false;
    for (const root of queue.splice(0)) {
      if (!root.isConnected) continue;
      for (const block of textBlocks(root)) scanBlock(block);
    }
  }

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    ctx.requestIdleCallback(drain, { timeout: 500 });
  }

  function enqueue(node: Node) {
    const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    if (!el || SKIP.has(el.tagName.toUpperCase())) return;
    queue.push(el);
    schedule();
  }

  return {
    start() {
      if (observer || !document.body) return;
      conversation = detector.conversation();
      enqueue(document.body);
      observer = new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === 'characterData') enqueue(record.target);
          for (const node of record.addedNodes) enqueue(node);
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      ctx.onInvalidated(() => this.stop());
    },
    stop() {
      observer?.disconnect();
      observer = null;
      queue.length = 0;
    },
  };
}
