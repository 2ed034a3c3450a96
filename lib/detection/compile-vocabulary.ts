/**
 * The compiler's vocabulary: every word the rules, the lexicon and the extra phrases use, as word ids keyed by the
 * matcher's own word identity (hash and tail), so a pattern word and the same word in text meet in one table.
 */
import { affixReadings, PRONOUNS } from './affixes';
import type { LexiconEntry } from './define-rule';
import { createTokenizer, TOKEN_NUMBER } from './lexer';
import { NUMBER_ID, PHONE_ID } from './words';

/** Each token of the tokenizer: [hash, tail, kind, start]. */
const QUAD = 4;

/**
 * Word ids by the matcher's word identity.
 * @example new Vocabulary().ids('jgn blg') // two new ids (the lexicon is added by readVocabulary)
 */
export class Vocabulary {
  /** "hash:tail" → word id (> 0) or alias (< 0: the negated index into `aliases`). */
  readonly entries = new Map<string, number>();
  /** Aliases that stand for several words: [length, id, id, …]; index 0 is unused. */
  readonly aliases: number[] = [0];
  readonly names: string[] = ['', '{phone}', '{number}'];
  /** Word ids that take Indonesian and Javanese affixes (the words of Indonesian and Javanese rules). */
  readonly inflects = new Set<number>();
  /** The word ids of PRONOUNS. */
  pronouns: number[] = [];
  private readonly tokenize = createTokenizer();
  /** Surface form → its tokens as [hash, tail, kind] triples. */
  private readonly cache = new Map<string, number[]>();

  private static key(hash: number, tail: number): string {
    return `${hash}:${tail}`;
  }

  /** Tokenises many surfaces in one pass (one joined text); later lookups of them are free. */
  prime(surfaces: Iterable<string>): void {
    const list = [...new Set(surfaces)].filter((x) => x && !this.cache.has(x) && !x.includes('\n'));
    const quads = this.tokenize(list.join('\n'));
    let q = 0;
    let offset = 0;
    for (const surface of list) {
      const end = offset + surface.length;
      const tokens: number[] = [];
      for (; q < quads.length && quads[q + 3]! < end; q += QUAD) tokens.push(quads[q]!, quads[q + 1]!, quads[q + 2]!);
      this.cache.set(surface, tokens);
      offset = end + 1;
    }
  }

  private tokens(surface: string): number[] {
    let tokens = this.cache.get(surface);
    if (!tokens) {
      const quads = this.tokenize(surface);
      tokens = [];
      for (let q = 0; q < quads.length; q += QUAD) tokens.push(quads[q]!, quads[q + 1]!, quads[q + 2]!);
      this.cache.set(surface, tokens);
    }
    return tokens;
  }

  /** The ids a surface form stands for; words seen for the first time get new ids. */
  ids(surface: string): number[] {
    if (surface === '{phone}') return [PHONE_ID];
    if (surface === '{number}') return [NUMBER_ID];
    const raw = this.tokens(surface);
    const parts = surface
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    // The parts name the new words, when they line up with the tokens.
    const named = parts.length === raw.length / 3;
    const out: number[] = [];
    for (let i = 0; i < raw.length; i += 3) {
      if (raw[i + 2] === TOKEN_NUMBER) {
        out.push(NUMBER_ID);
        continue;
      }
      const key = Vocabulary.key(raw[i]!, raw[i + 1]!);
      let value = this.entries.get(key);
      if (value === undefined && named) {
        const affixed = this.readAffixes(parts[i / 3]!);
        if (affixed) {
          out.push(...affixed);
          continue;
        }
      }
      if (value === undefined) {
        value = this.names.length;
        this.names.push(named ? parts[i / 3]! : surface.toLowerCase());
        this.entries.set(key, value);
      }
      out.push(...this.expand(value));
    }
    return out;
  }

  /** A value as word ids: itself, or the words of its alias. */
  private expand(value: number): number[] {
    return value > 0 ? [value] : this.aliases.slice(-value + 1, -value + 1 + this.aliases[-value]!);
  }

  /** Makes `surface` (one token) read as the word ids `to`; false if it is already a different word. */
  alias(surface: string, to: number[]): boolean {
    const raw = this.tokens(surface);
    if (raw.length !== 3 || raw[2] === TOKEN_NUMBER || to.length === 0) return false;
    const key = Vocabulary.key(raw[0]!, raw[1]!);
    let value = to[0]!;
    if (to.length > 1) {
      value = -this.aliases.length;
      this.aliases.push(to.length, ...to);
    }
    const existing = this.entries.get(key);
    if (existing !== undefined) return existing === value;
    this.entries.set(key, value);
    return true;
  }

  /** The id of a single known word that takes affixes; 0 otherwise. */
  private inflected(word: string): number {
    const raw = this.tokens(word);
    if (raw.length !== 3 || raw[2] === TOKEN_NUMBER) return 0;
    const value = this.entries.get(Vocabulary.key(raw[0]!, raw[1]!));
    return value !== undefined && value > 0 && this.inflects.has(value) ? value : 0;
  }

  /** The matcher's affix reading (`affixes.ts`) of a word written in a pattern: "fotomu" → foto kamu. */
  private readAffixes(word: string): number[] | null {
    if (!/^[a-z]+$/.test(word)) return null;
    for (const [base, pronoun, prefix] of affixReadings(word)) {
      const id = this.inflected(base);
      if (!id) continue;
      if (!pronoun) return [id];
      const pronounId = this.pronouns[pronoun - 1]!;
      return prefix ? [pronounId, id] : [id, pronounId];
    }
    return null;
  }
}

/**
 * The vocabulary of a pack: the lexicon's forms as aliases of their words, every pattern word primed, and the
 * words of Indonesian and Javanese patterns marked to take affixes at run time.
 * @example readVocabulary(LEXICON, [{ lang: 'id', patterns: ['jangan bilang ortu'] }]).ids('jgn') // the id of jangan
 */
export function readVocabulary(
  lexicon: readonly LexiconEntry[],
  patterns: readonly { lang: string; patterns: readonly string[] }[],
): Vocabulary {
  const vocabulary = new Vocabulary();
  const surfaces: string[] = [...PRONOUNS];
  for (const entry of lexicon) surfaces.push(entry.to, ...entry.from);
  for (const word of patterns.flatMap((p) => p.patterns.flatMap((x) => x.split(/\s+/))).flatMap((x) => x.split('|'))) {
    surfaces.push(word, word.toLowerCase(), ...affixReadings(word.toLowerCase()).map(([base]) => base));
  }
  vocabulary.prime(surfaces);
  vocabulary.pronouns = PRONOUNS.map((w) => vocabulary.ids(w)[0]!);
  for (const entry of lexicon) {
    const to = vocabulary.ids(entry.to);
    for (const form of entry.from) {
      if (!vocabulary.alias(form, to)) {
        throw new Error(
          `lexicon: "${form}" → "${entry.to}" is not one word, or normalises to a word that already means something else (repeated letters collapse: "gg" is "g")`,
        );
      }
    }
  }
  // Shortest first, so "fotomu" written in a pattern is read as a form of "foto", not as a word of its own.
  const affixWords = new Set<string>();
  for (const p of patterns) {
    if (p.lang === 'en') continue;
    for (const pattern of p.patterns) {
      for (const w of pattern.toLowerCase().split(/[^a-z]+/)) if (w.length >= 3) affixWords.add(w);
    }
  }
  for (const w of [...affixWords].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
    const ids = vocabulary.ids(w);
    if (ids.length === 1) vocabulary.inflects.add(ids[0]!);
  }
  return vocabulary;
}
