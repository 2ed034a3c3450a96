import type { ScanResult } from '@/lib/detection';
import { SNIPPET_MAX, type FindingReport } from '@/lib/messages/types';

/**
 * At most 200 characters of `text` around the first match, for a parent who keeps message snippets
 * (docs/design.md#message-snippets). Callers pass only a chat message from the other side or page text: never what the
 * child types or searches.
 */
export function snippetAround(text: string, result: ScanResult): string | undefined {
  const f = result.findings.find((x) => x.end > x.start);
  const from = f && Math.max(0, Math.min(f.start - ((SNIPPET_MAX - f.end + f.start) >> 1), text.length - SNIPPET_MAX));
  return from === undefined
    ? undefined
    : text
        .slice(from, from + SNIPPET_MAX)
        .replace(/\s+/g, ' ')
        .trim();
}

/**
 * At most `burst` reports at once and one more every `everyMs`: a hostile page that floods risky text cannot
 * flood the service worker. Real chats stay far below it (the first-slice chat sends one report per risky line).
 */
export function rateLimit(send: (r: FindingReport) => void, burst = 20, everyMs = 500): (r: FindingReport) => void {
  let tokens = burst;
  let last = Date.now();
  return (report) => {
    const now = Date.now();
    tokens = Math.min(burst, tokens + (now - last) / everyMs);
    last = now;
    if (tokens < 1) return;
    tokens -= 1;
    send(report);
  };
}
