import type { ScanKind, ScanResult } from '../detection';
import type { FindingReport } from './types';

/** The matched words of a scan, for the child's own report: at most 10, each at most 100 characters. */
export function matchedWords(text: string, result: ScanResult): string[] {
  return result.findings
    .filter((f) => f.end > f.start)
    .slice(0, 10)
    .map((f) => text.slice(f.start, f.end).slice(0, 100));
}

/**
 * What a scan tells the background (the guard's chats and pages, the background's own searches): categories, rule ids,
 * scope, the few matched words, within the caps the background's schema enforces. `null` when the result carries no
 * risk.
 */
export function findingReport(
  kind: ScanKind,
  result: ScanResult,
  scope: string,
  extra: Partial<Pick<FindingReport, 'matched' | 'contact' | 'site' | 'snippet' | 'title'>> = {},
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
    title: extra.title?.slice(0, 300) || undefined,
    snippet: extra.snippet,
  };
}
