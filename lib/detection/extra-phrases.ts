/**
 * Extra phrases from a parent or a school (local slang) are data, never a kill switch (issue #15): a phrase the
 * engine cannot use is skipped and reported, and the built-in rules and every other phrase keep working. The
 * settings and policy schemas reject the same phrases up front with `phraseProblem`, so a parent or admin hears why.
 */
import { createTokenizer } from './lexer';
import type { Category, ExtraPhrase, InputKind, Severity } from './types';

/** Words in one phrase at most: with abbreviations read as two words, it stays inside a pattern's span. */
export const MAX_PHRASE_WORDS = 24;

export type PhraseProblemCode = 'no-words' | 'too-many-words';

export interface PhraseProblem {
  /** Index of the phrase in the list it came from. */
  index: number;
  phrase: string;
  code: PhraseProblemCode;
  /** In English, for logs, the CLI and the admin's detail line: what is wrong with this phrase. */
  message: string;
}

/**
 * Extra phrases' defaults: where a category's words matter, and how much one phrase alone weighs.
 * @example extraPhraseRule('vpn_bypass') // { contexts: ['page', 'search'], severity: 'low' }
 */
export function extraPhraseRule(category: Category): { contexts: InputKind[]; severity: Severity } {
  const contexts: InputKind[] =
    category === 'vpn_bypass' || category === 'hidden_account' || category === 'anonymous_chat'
      ? ['page', 'search']
      : category === 'oversharing'
        ? ['typed']
        : category === 'unknown_contact'
          ? ['ui']
          : ['chat'];
  const severity: Severity = category === 'sextortion' ? 'high' : category === 'sexual_request' ? 'medium' : 'low';
  return { contexts, severity };
}

/** What a phrase reads as: its words as a pattern, and why it cannot be used (null when it can). */
export type PhraseReader = (phrase: string) => { pattern: string; problem: PhraseProblemCode | null };

/**
 * A phrase is literal words: the pattern syntax characters (`| * { }`) read as spaces, and a part the engine reads
 * as no word at all ("++" in "ok ++ ok") is left out, as it would be in a chat. One tokenizer serves a whole list.
 * @example createPhraseReader()('ok ++ ok') // { pattern: 'ok ok', problem: null }
 */
export function createPhraseReader(): PhraseReader {
  const tokenize = createTokenizer();
  return (phrase) => {
    let words = 0;
    const parts = phrase
      .replace(/[|*{}]/g, ' ')
      .split(/\s+/)
      .filter((part) => {
        // Each token is four numbers.
        const tokens = part ? tokenize(part).length / 4 : 0;
        words += tokens;
        return tokens > 0;
      });
    const problem = words === 0 ? 'no-words' : words > MAX_PHRASE_WORDS ? 'too-many-words' : null;
    return { pattern: parts.join(' '), problem };
  };
}

/** What is wrong with a phrase, in English (the detail for logs, the CLI and the school admin). */
export const PHRASE_PROBLEMS: Record<PhraseProblemCode, string> = {
  'no-words': 'has no letter, digit or emoji the engine can read',
  'too-many-words': `has more than ${MAX_PHRASE_WORDS} words`,
};

// The reader `phraseProblem` asks, made on first use: its tokenizer's class table (64 KB) is built once, not per
// phrase.
let sharedReader: PhraseReader | null = null;

/**
 * Why the engine cannot use a phrase, or null when it can: the settings and policy schemas ask this for every stored
 * phrase on every settings read, so all of them share one reader.
 * @example phraseProblem('++') // 'no-words'
 */
export function phraseProblem(phrase: string): PhraseProblemCode | null {
  sharedReader ??= createPhraseReader();
  return sharedReader(phrase).problem;
}

/**
 * What is wrong with a phrase, as one English sentence (logs, the CLI, the school admin's note).
 * @example phraseProblemMessage('++', 'no-words') // '"++" has no letter, digit or emoji the engine can read'
 */
export function phraseProblemMessage(phrase: string, code: PhraseProblemCode): string {
  return `"${phrase}" ${PHRASE_PROBLEMS[code]}`;
}

/**
 * The report for a phrase that was skipped.
 * @example phraseProblemOf(0, '++', 'no-words').message // '"++" has no letter, digit or emoji the engine can read'
 */
export function phraseProblemOf(index: number, phrase: string, code: PhraseProblemCode): PhraseProblem {
  return { index, phrase, code, message: phraseProblemMessage(phrase, code) };
}

/**
 * Splits a list into the phrases the engine can use and the problems with the rest (the CLI's `--phrases` check).
 * @example checkExtraPhrases([{ category: 'gifts', phrase: '++' }]).problems[0].code // 'no-words'
 */
export function checkExtraPhrases(phrases: readonly ExtraPhrase[]): {
  usable: ExtraPhrase[];
  problems: PhraseProblem[];
} {
  const read = createPhraseReader();
  const usable: ExtraPhrase[] = [];
  const problems: PhraseProblem[] = [];
  phrases.forEach((p, index) => {
    const { problem } = read(p.phrase);
    if (problem) problems.push(phraseProblemOf(index, p.phrase, problem));
    else usable.push(p);
  });
  return { usable, problems };
}
