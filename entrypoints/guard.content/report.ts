import type { ScanResult, ScanKind } from '@/lib/detection';
import { SNIPPET_MAX, type FindingReport } from '@/lib/messages/types';

/** The matched words of a scan, for the child's own report: at most 10, each at most 100 characters. */
export function matchedWords(text: string, result: ScanResult): string[] {
  return result.findings
    .filter((f) => f.end > f.start)
    .slice(0, 10)
    .map((f) => text.slice(f.start, f.end).slice(0, 100));
}

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
 * A summary for the background: categories, rule ids, scope and the few matched words, within the caps the
 * background's schema enforces. `null` when the result carries no risk.
 */
export function summarize(
  kind: ScanKind,
  result: ScanResult,
  scope: string,
  extra: Partial<Pick<FindingReport, 'matched' | 'contact' | 'site' | 'snippet'>> = {},
): FindingReport | null {
  // A risk above none always names its categories (runtime.ts `assess`).
  if (result.risk === 'none') return null;
  // Fields left undefined are not sent (messages travel as JSON).
  return {
    kind,
    risk: result.risk,
    categories: result.categories,
    // Rule ids are short by schema (rule-schema.ts; `extra-phrase-N`, `model:<category>`): only their number is capped.
    ruleIds: [...new Set(result.findings.map((f) => f.ruleId))].slice(0, 50),
    scope: scope.slice(0, 300),
    matched: extra.matched ?? [],
    contact: extra.contact?.slice(0, 120) || undefined,
    site: extra.site,
    title: document.title.slice(0, 300) || undefined,
    snippet: extra.snippet,
  };
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
