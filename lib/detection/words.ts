/**
 * Word resolution, the matcher's second part: the words the lexer does not resolve itself ─▶ word ids.
 *
 *   a word of several words ─▶ its alias ("dimana" → di mana); numbers ─▶ {phone} or {number}; single letters
 *   joined when they spell a word ("v c s" → vcs); an unknown word with an Indonesian or Javanese affix ─▶ its base
 *   and pronoun ("fotomu" → foto kamu); any other unknown word is only counted: it widens the gap before the next word
 *
 * Tokens go into the scan's token buffer as [word id, unknown words before it, UTF-16 start, end] (the lexer writes
 * the common words there itself); the automaton gets them a batch at a time.
 */
import { MIN_AFFIXED, PREFIXES, SUFFIXES, prefixOf, suffixOf } from './affixes';
import {
  HASH_BITS,
  HAS_DIGITS,
  IGNORABLE,
  LEET,
  SCAN_STATE,
  SCAN_TOKENS,
  SCAN_UNKNOWN,
  SCAN_WAITING,
  TAIL_BITS,
  TOKEN,
  WORD_SEED,
  hashLetter,
  isNumber,
  vocabularyValue,
  type WordSink,
} from './lexer';
import type { LoadedTables } from './pack';

/** The word ids of a phone number and any other number ({phone}, {number}). */
const PHONE = 1;
const NUMBER = 2;
export const PHONE_ID = PHONE;
export const NUMBER_ID = NUMBER;

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

export interface WordReader extends WordSink {
  begin(text: string): void;
  /** The text has ended: flushes what waits and hands over the last tokens; returns the unknown words at the end. */
  finish(): number;
}

/** Bit (letter & 31) is set for a, e, i, o and u. */
const VOWELS = 0x208222;

/**
 * The word reader over `classes` (the scan's class table), the lexer's sink: `deliver(tokens, ints)` gets each batch
 * of tokens the lexer and it wrote.
 * @example const words = createWordReader(tables, classes, automaton.feed); words.begin(text); read(text); words.finish()
 */
export function createWordReader(
  tables: LoadedTables,
  classes: Uint8Array,
  deliver: (tokens: Int32Array, count: number) => void,
): WordReader {
  const { vocabulary, inflects, aliases, pronouns } = tables;
  const vocabularyMask = vocabulary.length / 3 - 1;
  const state = new Int32Array(SCAN_STATE);
  const tokens = new Int32Array(TOKENS * TOKEN);
  let text = '';
  /** Where the previous word this reader saw ended, to measure the separators before the next one. */
  let lastEnd = 0;
  // Single letters waiting to be joined: how many, and each one's start, end and letter.
  let letters = 0;
  const letterStart = new Int32Array(MAX_LETTERS);
  const letterEnd = new Int32Array(MAX_LETTERS);
  const letterCode = new Int32Array(MAX_LETTERS);
  // A number run ("0812 3456 7890"): its start (-1: none) and end.
  let numberStart = -1;
  let numberEnd = 0;

  const classAt = (i: number) => classes[text.charCodeAt(i)]!;

  const lookup = (hash: number, tail: number) => vocabularyValue(vocabulary, vocabularyMask, hash, tail);

  function flushTokens(): void {
    deliver(tokens, state[SCAN_TOKENS]!);
    state[SCAN_TOKENS] = 0;
  }

  function push(word: number, start: number, end: number): void {
    const n = state[SCAN_TOKENS]!;
    tokens[n] = word;
    tokens[n + 1] = state[SCAN_UNKNOWN]!;
    tokens[n + 2] = start;
    tokens[n + 3] = end;
    state[SCAN_UNKNOWN] = 0;
    state[SCAN_TOKENS] = n + TOKEN;
    if (n + TOKEN === tokens.length) flushTokens();
  }

  /** One more word no rule uses. */
  const skip = () => (state[SCAN_UNKNOWN] = state[SCAN_UNKNOWN]! + 1);

  /** A vocabulary hit: one word id, or (value < 0) an alias that stands for several words. */
  function pushKnown(value: number, start: number, end: number): void {
    if (value > 0) push(value, start, end);
    else for (let i = -value + 1, e = i + aliases[-value]!; i < e; i++) push(aliases[i]!, start, end);
  }

  function word(hash: number, tail: number, start: number, end: number): void {
    const value = lookup(hash, tail);
    if (value !== 0) pushKnown(value, start, end);
    else if (end - start < MIN_AFFIXED || !readAffixes(start, end, tail)) skip();
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
    const suffix = SUFFIXES[suffixOf(tail) - 1];
    if (suffix) {
      const [letters, pronoun, minBase, afterVowel] = suffix;
      const baseEnd = end - letters.length;
      const base =
        spells(letters, baseEnd) &&
        baseEnd - start >= minBase &&
        (!afterVowel || (classAt(baseEnd - 1) > 96 && (VOWELS >> (classAt(baseEnd - 1) & 31)) & 1));
      const id = base ? affixBase(start, baseEnd) : 0;
      if (id !== 0) {
        push(id, start, end);
        if (pronoun !== 0) push(pronouns[pronoun - 1]!, start, end);
        return true;
      }
    }
    const prefix = PREFIXES[prefixOf(classAt(start), classAt(start + 1)) - 1];
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
    push(phone ? PHONE : NUMBER, start, numberEnd);
  }

  /** A word the lexer left: an emoji, a number, a single letter, an alias, an affix to try, or any word while
   * letters or a number wait. */
  function read(hash: number, start: number, end: number, meta: number): void {
    const tail = meta & TAIL_BITS;
    // The separators since the last word, a line break counting as a wide gap. They matter only next to a waiting
    // letter or number, whose word was the last one this reader saw.
    let separators = 0;
    if (state[SCAN_WAITING]) {
      separators = start - lastEnd;
      for (let i = lastEnd; i < start; i++)
        if (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) separators += LINE_BREAK;
    }
    lastEnd = end;
    if (meta & HAS_DIGITS && isNumber(classes, text, start, end)) {
      // A number: extend the current run ("0812 3456", "0812-3456") or start a new one.
      flushLetters();
      if (numberStart >= 0 && separators <= NUMBER_SEPARATORS) numberEnd = end;
      else {
        flushNumber();
        numberStart = start > 0 && text.charCodeAt(start - 1) === PLUS ? start - 1 : start;
        numberEnd = end;
      }
    } else if (tail < 128) {
      // A single letter: it waits, "v c s" and "p.a.p" may spell a word.
      flushNumber();
      if (letters > 0 && (separators > LETTER_SEPARATORS || letters >= MAX_LETTERS)) flushLetters();
      letterStart[letters] = start;
      letterEnd[letters] = end;
      letterCode[letters++] = tail;
    } else {
      flushLetters();
      flushNumber();
      word(hash, tail, start, end);
    }
    state[SCAN_WAITING] = letters > 0 || numberStart >= 0 ? 1 : 0;
  }

  return {
    state,
    tokens,
    word: read,
    flush: flushTokens,
    begin(input) {
      text = input;
      state.fill(0);
      letters = lastEnd = 0;
      numberStart = -1;
    },
    finish() {
      flushLetters();
      flushNumber();
      flushTokens();
      text = '';
      return state[SCAN_UNKNOWN]!;
    },
  };
}
