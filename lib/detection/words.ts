/**
 * Word resolution, the matcher's second part: word records ─▶ word ids for the automaton.
 *
 *   a plain word ─▶ the vocabulary table (abbreviations and synonyms are aliases: "jgn" → jangan, "dimana" → di mana)
 *   numbers ─▶ {phone} or {number}; single letters joined when they spell a word ("v c s" → vcs); an unknown word
 *   with an Indonesian or Javanese affix ─▶ its base and pronoun ("fotomu" → foto kamu); any other unknown word is
 *   only counted: it widens the gap before the next word
 *
 * Tokens go out as [word id, unknown words before it, UTF-16 start, end], four ints, a batch at a time.
 */
import { MIN_AFFIXED, PREFIX_AT, PREFIXES, SUFFIX_AT, SUFFIXES, pairIndex, tripleIndex } from './affixes';
import {
  HASH_BITS,
  HAS_DIGITS,
  IGNORABLE,
  IS_EMOJI,
  LEET,
  RECORD,
  REC_DROPPED,
  REC_END,
  REC_META,
  REC_START,
  TAIL_BITS,
  WORD_SEED,
  hashLetter,
  isNumber,
} from './lexer';

/** Knuth's multiplicative constant (2^32 / φ): it spreads the tail over the slots. */
const GOLDEN = 0x9e3779b1;

/** The home slot of a word in the vocabulary table (`mask` = slots − 1); the compiler fills the table with it. */
export function vocabularySlot(hash: number, tail: number, mask: number): number {
  return (hash ^ Math.imul(tail, GOLDEN)) & mask;
}

/** The value of the word with this hash and tail: a word id (> 0), an alias (< 0), or 0 (not in the vocabulary). */
function vocabularyValue(table: Int32Array, mask: number, hash: number, tail: number): number {
  for (let slot = vocabularySlot(hash, tail, mask); ; slot = (slot + 1) & mask) {
    const o = slot * 3;
    const value = table[o + 2]!;
    if (value === 0 || (table[o] === hash && table[o + 1] === tail)) return value;
  }
}

/** A token: [word id, unknown words before it, start, end]. */
const TOKEN_SIZE = 4;
export const TOKEN = TOKEN_SIZE;
/** Tokens per batch handed to the automaton. */
const TOKENS = 4096;
/** Single letters joined into one word at most ("v c s"). */
const MAX_LETTERS = 64;
/** Separators between two numbers of one run ("0812 3456", "0812 - 3456"), and between joined letters. */
const NUMBER_SEPARATORS = 3;
const LETTER_SEPARATORS = 2;
/** A line break counts as this many extra separators: letters and numbers are not joined across lines. */
const LINE_BREAK = 9;
const PLUS = 43;

export interface WordTables {
  vocabulary: Int32Array;
  vocabularyMask: number;
  inflects: Int32Array;
  aliases: Int32Array;
  pronouns: Int32Array;
  phoneId: number;
  numberId: number;
}

export interface WordReader {
  begin(text: string): void;
  /** Resolves `count` ints of records. */
  resolve(records: Int32Array, count: number): void;
  /** The text has ended after `dropped` more unknown words: flushes what is buffered; returns unknown words at the end. */
  finish(dropped: number): number;
}

/** Letter class of a char code; its vowels. */
const isVowel = (k: number) => k === 97 || k === 101 || k === 105 || k === 111 || k === 117;

/**
 * A word reader over `classes` (the lexer's class table); `deliver(tokens, ints)` gets each batch of tokens.
 */
export function createWordReader(
  tables: WordTables,
  classes: Uint8Array,
  deliver: (tokens: Int32Array, count: number) => void,
): WordReader {
  const { vocabulary, vocabularyMask, inflects, aliases, pronouns, phoneId, numberId } = tables;
  const tokens = new Int32Array(TOKENS * TOKEN_SIZE);
  let text = '';
  let count = 0;
  /** Unknown words since the last token. */
  let unknown = 0;
  /** Where the previous record ended, to measure the separators before the next one. */
  let lastEnd = 0;
  // Single letters waiting to be joined: how many, and each one's start, end and letter.
  let letters = 0;
  const letterStart = new Int32Array(MAX_LETTERS);
  const letterEnd = new Int32Array(MAX_LETTERS);
  const letterCode = new Int32Array(MAX_LETTERS);
  // A number run ("0812 3456 7890"): its start (-1: none) and end.
  let numberStart = -1;
  let numberEnd = 0;

  const classAt = (i: number) => classes[text.charCodeAt(i)] ?? 0;
  const suffixAt = SUFFIX_AT;
  const prefixAt = PREFIX_AT;

  const lookup = (hash: number, tail: number) => vocabularyValue(vocabulary, vocabularyMask, hash, tail);

  function flushTokens(): void {
    deliver(tokens, count);
    count = 0;
  }

  function push(word: number, start: number, end: number): void {
    const n = count;
    tokens[n] = word;
    tokens[n + 1] = unknown;
    tokens[n + 2] = start;
    tokens[n + 3] = end;
    unknown = 0;
    count = n + TOKEN_SIZE;
    if (count === tokens.length) flushTokens();
  }

  /** A vocabulary hit: one word id, or (value < 0) an alias that stands for several words. */
  function pushKnown(value: number, start: number, end: number): void {
    if (value > 0) push(value, start, end);
    else for (let i = -value + 1, e = i + aliases[-value]!; i < e; i++) push(aliases[i]!, start, end);
  }

  function word(hash: number, tail: number, start: number, end: number): void {
    const value = lookup(hash, tail);
    if (value !== 0) pushKnown(value, start, end);
    else if (end - start < MIN_AFFIXED || !readAffixes(start, end, tail)) unknown++;
  }

  /** The word id of text[a, b) read as the lexer reads it, when it takes affixes; else 0. */
  function affixBase(a: number, b: number): number {
    let hash = WORD_SEED;
    let tail = 0;
    for (let i = a; i < b; i++) {
      const k = classAt(i);
      let code = k;
      if (k === IGNORABLE) continue;
      if (k >= 48 && k <= 57) code = LEET[k - 48]!;
      else if (k < 97 || k > 122) return 0;
      if (code !== 0 && code !== (tail & 255)) {
        hash = hashLetter(hash, code);
        tail = (tail << 8) | code;
      }
    }
    if (tail === 0) return 0;
    const value = lookup(hash & HASH_BITS, tail & TAIL_BITS);
    return value > 0 && inflects[value] === 1 ? value : 0;
  }

  /** Whether text[at, at + letters.length) spells `letters` (by class). */
  function spells(letters: string, at: number): boolean {
    for (let i = 0; i < letters.length; i++) if (classAt(at + i) !== letters.charCodeAt(i)) return false;
    return true;
  }

  /**
   * Reads an unknown word as base + affix (`affixes.ts`): the suffix its tail may spell, then the prefix its first
   * letters may spell, each checked letter by letter. Pushes the words and returns true when one fits.
   */
  function readAffixes(start: number, end: number, tail: number): boolean {
    const suffix = SUFFIXES[suffixAt[tripleIndex(tail)]! - 1];
    if (suffix) {
      const [letters, pronoun, minBase, afterVowel] = suffix;
      const baseEnd = end - letters.length;
      const base =
        spells(letters, baseEnd) && baseEnd - start >= minBase && (!afterVowel || isVowel(classAt(baseEnd - 1)));
      const id = base ? affixBase(start, baseEnd) : 0;
      if (id !== 0) {
        push(id, start, end);
        if (pronoun !== 0) push(pronouns[pronoun - 1]!, start, end);
        return true;
      }
    }
    const prefix = PREFIXES[prefixAt[pairIndex(classAt(start), classAt(start + 1))]! - 1];
    if (prefix) {
      const [letters, pronoun, minBase] = prefix;
      const baseStart = start + letters.length;
      const id = spells(letters, start) && end - baseStart >= minBase ? affixBase(baseStart, end) : 0;
      if (id !== 0) {
        if (pronoun !== 0) push(pronouns[pronoun - 1]!, start, end);
        push(id, start, end);
        return true;
      }
    }
    return false;
  }

  /** Single letters: one word when together they spell one ("v c s" → vcs), otherwise one word each. */
  function flushLetters(): void {
    const n = letters;
    if (n === 0) return;
    letters = 0;
    let hash = WORD_SEED;
    let tail = 0;
    for (let i = 0; i < n; i++) {
      const c = letterCode[i]!;
      if (c !== (tail & 255)) {
        hash = hashLetter(hash, c);
        tail = (tail << 8) | c;
      }
    }
    hash &= HASH_BITS;
    tail &= TAIL_BITS;
    if (n > 1 && lookup(hash, tail) !== 0) {
      word(hash, tail, letterStart[0]!, letterEnd[n - 1]!);
      return;
    }
    for (let i = 0; i < n; i++) {
      word(hashLetter(WORD_SEED, letterCode[i]!) & HASH_BITS, letterCode[i]!, letterStart[i]!, letterEnd[i]!);
    }
  }

  /**
   * Ends a number run: Indonesian mobile numbers (08[1-9]… with 10–13 digits, or 62 8… / +62 8…, written in
   * groups of three or more digits, or digit by digit) and any "+" number with 9–15 digits are {phone}.
   */
  function flushNumber(): void {
    if (numberStart < 0) return;
    const start = numberStart;
    numberStart = -1;
    const plus = text.charCodeAt(start) === PLUS;
    let digits = 0;
    let first = 0;
    let groups = 0;
    let singles = true;
    let group = 0;
    let prefix = 0;
    for (let i = plus ? start + 1 : start; i <= numberEnd; i++) {
      const k = i < numberEnd ? classAt(i) : 0;
      if (k >= 48 && k <= 57) {
        if (digits < 3) prefix = prefix * 10 + k - 48;
        digits++;
        group++;
      } else if (k !== IGNORABLE && group > 0) {
        if (groups++ === 0) first = group;
        if (group > 1) singles = false;
        group = 0;
      }
    }
    const groupsOk = first >= 3 || singles || groups === 1;
    const phone =
      (plus && digits >= 9 && digits <= 15) ||
      (groupsOk && prefix >= 81 && prefix <= 89 && digits >= 10 && digits <= 13) ||
      (groupsOk && prefix === 628 && digits >= 11 && digits <= 14);
    push(phone ? phoneId : numberId, start, numberEnd);
  }

  /** Separators between the previous record and `start`; a line break counts as a wide gap. */
  function separatorsBefore(start: number): number {
    let gap = start - lastEnd;
    for (let i = lastEnd; i < start; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) gap += LINE_BREAK;
    }
    return gap;
  }

  /** A record off the common path: an emoji, a number, a single letter, or a word while letters or digits wait. */
  function other(hash: number, start: number, end: number, meta: number): void {
    const tail = meta & TAIL_BITS;
    if (meta & IS_EMOJI) {
      flushLetters();
      flushNumber();
      word(hash, tail, start, end);
      return;
    }
    const separators = separatorsBefore(start);
    if (meta & HAS_DIGITS && isNumber(classes, text, start, end)) {
      // A number: extend the current run ("0812 3456", "0812-3456") or start a new one.
      flushLetters();
      if (numberStart >= 0 && separators <= NUMBER_SEPARATORS) {
        numberEnd = end;
        return;
      }
      flushNumber();
      numberStart = start > 0 && text.charCodeAt(start - 1) === PLUS ? start - 1 : start;
      numberEnd = end;
      return;
    }
    flushNumber();
    if (tail < 128) {
      // A single letter: buffer it, "v c s" and "p.a.p" may spell a word.
      if (letters > 0 && (separators > LETTER_SEPARATORS || letters >= MAX_LETTERS)) flushLetters();
      letterStart[letters] = start;
      letterEnd[letters] = end;
      letterCode[letters++] = tail;
      return;
    }
    flushLetters();
    word(hash, tail, start, end);
  }

  return {
    begin(input) {
      text = input;
      count = unknown = letters = lastEnd = 0;
      numberStart = -1;
    },

    resolve(records, ints) {
      // What the loop reads and writes, in locals (handed back around calls): V8 then keeps them in registers.
      const size = RECORD;
      const startAt = REC_START;
      const endAt = REC_END;
      const metaAt = REC_META;
      const droppedAt = REC_DROPPED;
      const tailBits = TAIL_BITS;
      const special = HAS_DIGITS | IS_EMOJI;
      const shortest = MIN_AFFIXED;
      const table = vocabulary;
      const mask = vocabularyMask;
      const out = tokens;
      let n = count;
      let gap = unknown;
      for (let q = 0; q < ints; q += size) {
        const hash = records[q]!;
        const start = records[q + startAt]!;
        const end = records[q + endAt]!;
        const meta = records[q + metaAt]!;
        const dropped = records[q + droppedAt]!;
        if (dropped !== 0) {
          // Unknown words end waiting letters and numbers.
          if (letters !== 0 || numberStart >= 0) {
            count = n;
            unknown = gap;
            flushLetters();
            flushNumber();
            n = count;
            gap = unknown;
          }
          gap += dropped;
        }
        const tail = meta & tailBits;
        if ((meta & special) === 0 && tail > 255 && letters === 0 && numberStart < 0) {
          // The common case: a word of two or more letters, nothing waiting.
          const value = vocabularyValue(table, mask, hash, tail);
          if (value > 0) {
            out[n] = value;
            out[n + 1] = gap;
            out[n + 2] = start;
            out[n + 3] = end;
            gap = 0;
            n += TOKEN_SIZE;
            if (n === out.length) {
              count = n;
              flushTokens();
              n = count;
            }
            continue;
          }
          count = n;
          unknown = gap;
          if (value < 0) pushKnown(value, start, end);
          else if (end - start < shortest || !readAffixes(start, end, tail)) unknown++;
        } else {
          count = n;
          unknown = gap;
          lastEnd = q > 0 ? records[q - size + endAt]! : lastEnd;
          other(hash, start, end, meta);
        }
        n = count;
        gap = unknown;
      }
      count = n;
      unknown = gap;
      if (ints > 0) lastEnd = records[ints - size + endAt]!;
    },

    finish(dropped) {
      if (dropped !== 0) {
        flushLetters();
        flushNumber();
        unknown += dropped;
      }
      flushLetters();
      flushNumber();
      flushTokens();
      return unknown;
    },
  };
}
