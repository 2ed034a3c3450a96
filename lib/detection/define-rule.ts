import type { Category, RuleLang, ScanKind, Severity } from './types';

/**
 * One detection rule. Its id is its file name and is used in settings, logs and reports.
 *
 * A pattern is a sequence of words separated by spaces. `a|b` accepts either word; `*N` lets up to N other words
 * stand between its neighbours. Words are compared after normalisation (see `normalize.ts`).
 */
export interface Rule {
  id: string;
  category: Category;
  lang: RuleLang;
  severity: Severity;
  /** Where the rule applies; a grooming phrase in page text is not the same as one in a chat. */
  contexts: readonly ScanKind[];
  patterns: readonly string[];
  examples: { match: readonly string[]; noMatch: readonly string[] };
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
