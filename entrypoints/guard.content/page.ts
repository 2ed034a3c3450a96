import type { Detector } from '@/lib/detection';
import { pageText } from '@/lib/detection/runtime';
import type { FindingReport } from '@/lib/messages/types';
import { withModel, type ModelClient } from './model-client';
import { findingReport } from '@/lib/messages/finding-report';
import { snippetAround } from './report';

/** Page text scanned per route: enough for any page's topic; a 2 MB page stops costing after this. */
export const PAGE_TEXT_CAP = 128 * 1024;
/** Text handed to one `scanPage` call, so no single call runs long on an old PC. */
const CHUNK = 24 * 1024;
/** New text on a live page is scanned at most this often. */
export const FLUSH_EVERY_MS = 2000;

export interface PageText {
  /** Whether this route still takes page text. */
  wants(): boolean;
  add(el: Element, text: string): void;
  /** Scan what was collected; `force` skips the throttle (end of the first walk). True when text is left for later. */
  flush(force?: boolean): boolean;
  reset(): void;
}

/**
 * Title, headings and visible main text of a page for `scanPage` (docs/design.md#where-it-looks: page topic). Collected
 * in idle time by the monitor's walk, scanned in chunks, reported once per category and risk on each route.
 */
export function createPageText(
  detector: Detector,
  send: (report: FindingReport) => void,
  keepSnippets = false,
  model?: ModelClient,
): PageText {
  let parts: string[] = [];
  let size = 0;
  let total = 0;
  let headings: string[] = [];
  let lastFlush = 0;
  const reported = new Set<string>();
  // The learned layer reads the route's first sample (title, headings, start of the text) once (issue #12).
  let opinion: ReturnType<ModelClient['page']> | null = null;

  return {
    wants: () => total < PAGE_TEXT_CAP,
    add(el, text) {
      if (total >= PAGE_TEXT_CAP) return;
      if (/^h[1-3]$/.test(el.localName) && headings.length < 20) headings.push(text.slice(0, 200));
      else parts.push(text);
      size += text.length;
      total += text.length;
      if (size >= CHUNK) this.flush(true);
    },
    flush(force = false) {
      if (size === 0 && lastFlush > 0) return false;
      if (!force && Date.now() - lastFlush < FLUSH_EVERY_MS) return true;
      lastFlush = Date.now();
      const input = {
        url: `${location.origin}${location.pathname}`,
        title: document.title.slice(0, 300),
        headings,
        text: parts.join('\n'),
      };
      parts = [];
      size = 0;
      // The route's first sample is the one the model reads; later chunks reuse its opinion.
      void withModel(model && (() => (opinion ??= model.page(input))), (o) => {
        const result = detector.scanPage(input, o);
        const key = `${result.risk}|${result.categories.join(',')}`;
        if (result.risk === 'none' || reported.has(key)) return;
        reported.add(key);
        const report = findingReport('page', result, `${location.host}${location.pathname}`, {
          snippet: keepSnippets ? snippetAround(pageText(input), result) : undefined,
          title: input.title,
        });
        if (report) send(report);
      });
      return false;
    },
    reset() {
      parts = [];
      headings = [];
      size = 0;
      total = 0;
      lastFlush = 0;
      reported.clear();
      opinion = null;
    },
  };
}
