import type { Category, InputKind, RuleLang, Severity } from './types';

/**
 * One detection rule. Its id is its file name and is used in settings, logs and reports.
 *
 * Pattern syntax (docs/engine.md#writing-rules): words separated by spaces, compared after normalisation.
 * - `a|b|c` accepts any of the words at that position;
 * - `*N` lets up to N other words (1–8) stand between its neighbours;
 * - `{phone}` is a phone number (08…, +62…, spaced or dashed), `{number}` any other number;
 * - an emoji stands for itself, and the lexicon maps many to a word (📸 → foto);
 * - no word is optional (`?` is refused): write a second pattern without it.
 * Abbreviations, synonyms and Indonesian suffixes (fotomu = foto kamu) come from `lexicon.ts`, not from patterns.
 */
export interface Rule {
  id: string;
  /** A stable category id, or `education`: a cue that the text is a lesson, news or safety advice. */
  category: Category | 'education';
  lang: RuleLang;
  /**
   * How much one match weighs: one severity everywhere, or one per context, keyed by exactly the rule's contexts
   * (`{ search: 'low', page: 'medium' }`: searching for a way around blocks is a question, a page offering it is the
   * tool itself).
   */
  severity: Severity | { readonly [K in InputKind]?: Severity };
  /** A weak signal (one compliment) counts only together with other signals. */
  weak?: boolean;
  /** Where the rule applies; a grooming phrase in page text is not the same as one in a chat. */
  contexts: readonly InputKind[];
  patterns: readonly string[];
  /** Look-alikes: a match of one of these within a few words of a match cancels it ("pap makanan"). */
  unless?: readonly string[];
  examples: { match: readonly string[]; noMatch: readonly string[] };
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** One lexicon entry: every form in `from` is read as `to` (which may be several words). */
export interface LexiconEntry {
  to: string;
  from: readonly string[];
}
