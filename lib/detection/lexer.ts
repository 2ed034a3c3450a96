/**
 * Lexing and normalising, the matcher's first part: UTF-16 text ─▶ word records, in one pass over the char codes.
 *
 *   char code ─▶ class (case, diacritics, fullwidth and mathematical letters, Cyrillic and Greek look-alikes,
 *   leetspeak digits, zero-width and direction marks) ─▶ the word's running hash and last three letters, repeated
 *   letters collapsed ─▶ at its end, a record, or only a count when no rule can use the word (`keeps`)
 *
 * A record is five ints: [hash, start, end, tail | flags, words dropped before it]. The common case, ASCII letters
 * and separators, runs in `readPlain`: one small loop with no calls on its path, so V8 keeps its variables in
 * registers (next to the slow cases they were spilled to memory on every character). Every other character takes
 * `readOther`. No strings are made and no regular expression touches the text.
 */
import { MIN_AFFIXED, PREFIX_AT, SUFFIX_AT } from './affixes';

// A word's identity, shared with the compiler: an FNV-1a-style hash of its normalised letters (30 bits) and its last
// three letters (the tail, one byte each, the last one lowest). Every stored value stays a small integer (V8's Smi
// range): a larger one would be a heap number and turn the hot loops into floating-point code. Inside a loop a hash
// may run over 30 bits (an int32 in a register); cut to 30 bits where it is stored it is the same value, as
// multiplication and xor modulo 2^30 only depend on their operands modulo 2^30. (The hot loops read only constants
// of this module that are not exported: V8 reads an exported binding through a cell on every use.)
/** FNV-1a's offset basis (cut to 30 bits) and prime. */
const SEED = 0x011c9dc5;
const PRIME = 0x01000193;
const HASH_MASK = 0x3fffffff;
const TAIL_MASK = 0xffffff;
export const WORD_SEED = SEED;
export const HASH_BITS = HASH_MASK;
export const TAIL_BITS = TAIL_MASK;

/** One letter (its lower-case code, or any other code unit) into a word hash; cut with `HASH_BITS` when done. */
export function hashLetter(hash: number, code: number): number {
  return Math.imul(hash ^ code, PRIME);
}

/** A letter as its tail byte: ASCII letters as themselves, any other letter as a byte from 128 up. */
export function tailByte(code: number): number {
  return code < 128 ? code : (code & 127) | 128;
}

// One-bit filters in front of the vocabulary and the automaton's transitions: 2,048 × 32 bits (8 KB, stays in the
// fastest cache). Most words outside the vocabulary, and most words that lead nowhere, are told apart without
// touching the larger hash tables.
const FILTER_INTS = 2048;

export function newFilter(): Int32Array {
  return new Int32Array(FILTER_INTS);
}

export function addToFilter(filter: Int32Array, hash: number): void {
  filter[(hash >>> 5) & (FILTER_INTS - 1)]! |= 1 << (hash & 31);
}

/** False: certainly not in the set. True: probably in it; the table decides. */
export function inFilter(filter: Int32Array, hash: number): boolean {
  return (filter[(hash >>> 5) & (FILTER_INTS - 1)]! & (1 << (hash & 31))) !== 0;
}

// Character classes. A letter's class is its lower-case ASCII code (97–122), a digit's its ASCII code (48–57).
export const SEPARATOR = 1;
export const IGNORABLE = 2;
/** A letter with no ASCII form (Thai, Chinese…): read as itself. */
const OTHER_LETTER = 3;
const AT_SIGN = 4;
const HIGH_SURROGATE = 5;
/** A symbol from the BMP's emoji blocks (☎, ❤): a word of its own. */
const SYMBOL = 6;

/** Leetspeak inside words: 0→o 1→i 3→e 4→a 5→s 6→g 7→t 8→b 9→g; "2" is reduplication (siapa2) and reads as nothing. */
export const LEET = [111, 105, 0, 101, 97, 115, 103, 116, 98, 103];

// Look-alike letters from Cyrillic and Greek, lower-cased first.
const HOMOGLYPHS_FROM = 'аеорсухіјѕԁһԛԝвкмнтοαινκρτευχɑıɡ';
const HOMOGLYPHS_TO = 'aeopcyxijsdhqwbkmhtoaivkpteuxaig';

/** A word record: [hash, start, end, meta, dropped], five ints (exported below as RECORD, REC_START…). */
const SIZE = 5;
const START = 1;
const END = 2;
const META = 3;
const DROPPED = 4;
export const RECORD = SIZE;
export const REC_START = START;
export const REC_END = END;
export const REC_META = META;
export const REC_DROPPED = DROPPED;
/** Meta: the tail in the low 24 bits, and these flags. */
export const HAS_DIGITS = 1 << 24;
export const IS_EMOJI = 1 << 25;
/** Records per `read`. */
export const RECORDS = 4096;

/** The class of an ASCII code unit. */
function asciiClass(c: number): number {
  if (c >= 97 && c <= 122) return c;
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 48 && c <= 57) return c;
  // The apostrophe inside a word reads as nothing ("don't" is dont); '@' is an 'a' inside a word (p@p).
  if (c === 39) return IGNORABLE;
  if (c === 64) return AT_SIGN;
  return SEPARATOR;
}

/** The class of a code unit beyond ASCII. */
function classify(c: number): number {
  if (c >= 0xd800 && c <= 0xdbff) return HIGH_SURROGATE;
  if (c >= 0xdc00 && c <= 0xdfff) return SEPARATOR;
  const ch = String.fromCharCode(c);
  // Soft hyphen, combining grapheme joiner, zero-width and direction marks, variation selectors, BOM, curly
  // apostrophes and the modifier apostrophe read as nothing. (One code unit is tested at a time, so the combining
  // marks in the class cannot combine with anything.)
  // eslint-disable-next-line no-misleading-character-class
  if (/[\xad\u034f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff\u2018\u2019\u02bc]/.test(ch))
    return IGNORABLE;
  if (/[\u2600-\u27bf\u2b00-\u2bff]/.test(ch)) return SYMBOL;
  const lower = ch.toLowerCase();
  const homoglyph = HOMOGLYPHS_FROM.indexOf(lower);
  if (homoglyph >= 0) return HOMOGLYPHS_TO.charCodeAt(homoglyph);
  const decomposed = lower.normalize('NFKD');
  if (/^\p{M}+$/u.test(decomposed)) return IGNORABLE;
  const base = decomposed.charCodeAt(0);
  if (base < 128 && asciiClass(base) >= 48) return asciiClass(base);
  return /[\p{L}\p{N}]/u.test(decomposed) ? OTHER_LETTER : SEPARATOR;
}

/**
 * A class table of its own for one matcher (or tokenizer): ASCII is filled in, other code units are classified the
 * first time they are met, so a page pays only for the characters it has.
 */
export function newClassTable(): Uint8Array {
  const table = new Uint8Array(65536);
  for (let c = 0; c < 128; c++) table[c] = asciiClass(c);
  return table;
}

/** Whether text[a, b) is digits (and ignorables) only: a number rather than a word like "p4p". */
export function isNumber(classes: Uint8Array, text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const k = classes[text.charCodeAt(i)]!;
    if (k !== IGNORABLE && (k < 48 || k > 57)) return false;
  }
  return true;
}

export interface Lexer {
  /** The class table, filled as new characters are met; the word reader reads it too. */
  readonly classes: Uint8Array;
  begin(text: string): void;
  /** Writes records into `out` until it is nearly full or the text ends; returns the number of ints written. */
  read(out: Int32Array): number;
  finished(): boolean;
  /** Words dropped after the last record (once finished). */
  dropped(): number;
}

// A lexer's state between characters, one small Int32Array per lexer: where it is, the word being read (its start,
// -1 between words; its hash and tail so far; HAS_DIGITS), the ints written into the current `out`, and the words
// dropped since the last record.
const POS = 0;
const WORD_START = 1;
const WORD_HASH = 2;
const WORD_TAIL = 3;
const WORD_FLAGS = 4;
const WRITTEN = 5;
const SKIPPED = 6;

// The affix tests' tables and length, as this module's own constants (read in the hot loop).
const AFFIX_TAILS = SUFFIX_AT;
const AFFIX_STARTS = PREFIX_AT;
const AFFIXED = MIN_AFFIXED;

/**
 * Whether a finished word needs a record: it holds digits, is one letter ("v c s"), may be in the vocabulary, or is
 * long enough to carry an affix that may fit (`affixes.ts`; the word reader checks exactly). The others are only
 * counted as words no rule uses.
 */
function keeps(
  text: string,
  filter: Int32Array,
  classes: Uint8Array,
  hash: number,
  tail: number,
  flags: number,
  start: number,
  end: number,
): boolean {
  return (
    flags !== 0 ||
    tail < 128 ||
    inFilter(filter, hash) ||
    (end - start >= AFFIXED &&
      (AFFIX_TAILS[((tail >> 6) & 0x7c00) | ((tail >> 3) & 0x3e0) | (tail & 31)] !== 0 ||
        AFFIX_STARTS[((classes[text.charCodeAt(start)]! & 31) << 5) | (classes[text.charCodeAt(start + 1)]! & 31)] !==
          0))
  );
}

/**
 * The common case, ASCII letters and separators, until any other character, the text's end, or `out` is full. A
 * module function with everything in parameters and locals: as a closure next to the slow cases, its variables
 * were kept in memory instead of registers and lexing took half as long again.
 */
function readPlain(
  text: string,
  state: Int32Array,
  out: Int32Array,
  full: number,
  filter: Int32Array,
  classes: Uint8Array,
): void {
  const n = text.length;
  let i = state[POS]!;
  let start = state[WORD_START]!;
  let hash = state[WORD_HASH]!;
  let tail = state[WORD_TAIL]!;
  let flags = state[WORD_FLAGS]!;
  let r = state[WRITTEN]!;
  let skipped = state[SKIPPED]!;
  outer: for (;;) {
    if (start < 0) {
      // Between words: skip separators up to the next letter.
      for (; ; i++) {
        if (i >= n) break outer;
        const c = text.charCodeAt(i);
        const k = c | 32;
        if (k >= 97 && k <= 122) {
          start = i++;
          hash = Math.imul(SEED ^ k, PRIME);
          tail = k;
          flags = 0;
          break;
        }
        // Anything but a separator (a digit, an apostrophe, '@', beyond ASCII) is for `readOther`.
        if (c >= 128 || (c < 48 ? c === 39 : c <= 57 || c === 64)) break outer;
      }
    }
    // In a word: letters until a separator; a repeated letter counts once ("pappp").
    for (; ; i++) {
      if (i >= n) break outer;
      const c = text.charCodeAt(i);
      const k = c | 32;
      if (k >= 97 && k <= 122) {
        if (k !== (tail & 255)) {
          hash = Math.imul(hash ^ k, PRIME);
          tail = (tail << 8) | k;
        }
        continue;
      }
      if (c >= 128 || (c < 48 ? c === 39 : c <= 57 || c === 64)) break outer;
      break;
    }
    // A separator ends the word: a record if a rule may use it, else only a count.
    hash &= HASH_MASK;
    tail &= TAIL_MASK;
    if (keeps(text, filter, classes, hash, tail, flags, start, i)) {
      out[r] = hash;
      out[r + START] = start;
      out[r + END] = i;
      out[r + META] = tail | flags;
      out[r + DROPPED] = skipped;
      skipped = 0;
      r += SIZE;
    } else skipped++;
    start = -1;
    i++;
    if (r >= full) break;
  }
  state[POS] = i;
  state[WORD_START] = start;
  state[WORD_HASH] = hash & HASH_MASK;
  state[WORD_TAIL] = tail & TAIL_MASK;
  state[WORD_FLAGS] = flags;
  state[WRITTEN] = r;
  state[SKIPPED] = skipped;
}

/**
 * A lexer that drops the words `filter` (the vocabulary's one-bit filter) rules out, unless they are single
 * letters ("v c s"), hold digits or may carry an affix; with no filter it keeps every word (the compiler's view).
 */
export function createLexer(filter: Int32Array | null): Lexer {
  const classes = newClassTable();
  const vocabulary = filter ?? newFilter().fill(-1);
  const state = new Int32Array(7);
  let text = '';

  function record(out: Int32Array, hash: number, start: number, end: number, meta: number): void {
    const r = state[WRITTEN]!;
    out[r] = hash;
    out[r + START] = start;
    out[r + END] = end;
    out[r + META] = meta;
    out[r + DROPPED] = state[SKIPPED]!;
    state[SKIPPED] = 0;
    state[WRITTEN] = r + SIZE;
  }

  function beginWord(start: number): void {
    state[WORD_START] = start;
    state[WORD_HASH] = SEED;
    state[WORD_TAIL] = 0;
    state[WORD_FLAGS] = 0;
  }

  function endWord(out: Int32Array, end: number): void {
    const start = state[WORD_START]!;
    const hash = state[WORD_HASH]!;
    const tail = state[WORD_TAIL]!;
    const flags = state[WORD_FLAGS]!;
    state[WORD_START] = -1;
    if (keeps(text, vocabulary, classes, hash, tail, flags, start, end)) record(out, hash, start, end, tail | flags);
    else state[SKIPPED] = state[SKIPPED]! + 1;
  }

  /** One character `readPlain` leaves: a digit, an ignorable, a letter beyond ASCII, '@', an emoji. */
  function readOther(out: Int32Array): void {
    const n = text.length;
    let pos = state[POS]!;
    const c = text.charCodeAt(pos);
    let k = classes[c]!;
    if (k === 0) k = classes[c] = classify(c);
    const at = pos++;
    let code = k;
    if (k >= 97) {
      // A letter beyond ASCII (é, ｐ, Cyrillic а): its ASCII letter.
    } else if (k >= 48 && k <= 57) {
      if (state[WORD_START]! < 0) beginWord(at);
      state[WORD_FLAGS] = HAS_DIGITS;
      code = LEET[k - 48]!;
    } else if (k === IGNORABLE) {
      code = 0;
    } else if (k === OTHER_LETTER) {
      code = c;
    } else {
      let emoji = 0;
      code = 0;
      if (k === AT_SIGN) {
        if (state[WORD_START]! >= 0) code = 97;
      } else if (k === SYMBOL) {
        emoji = c;
      } else if (k === HIGH_SURROGATE) {
        const low = pos < n ? text.charCodeAt(pos) : 0;
        if (low >= 0xdc00 && low <= 0xdfff) {
          const cp = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
          pos++;
          // Skin-tone modifiers read as nothing; mathematical letters and digits (𝐩𝐚𝐩, 𝗽𝗮𝗽) as ASCII.
          if (cp >= 0x1f3fb && cp <= 0x1f3ff) emoji = -1;
          else if (cp >= 0x1d400 && cp <= 0x1d6a3) code = 97 + (((cp - 0x1d400) % 52) % 26);
          else if (cp >= 0x1d7ce && cp <= 0x1d7ff) code = 48 + ((cp - 0x1d7ce) % 10);
          else if (cp >= 0x1f000 && cp <= 0x1faff) emoji = cp;
        }
      }
      if (code === 0 && emoji >= 0) {
        // A separator, or an emoji, which is a word of its own (its code is its tail).
        if (state[WORD_START]! >= 0) endWord(out, at);
        if (emoji !== 0) record(out, Math.imul(SEED ^ emoji, PRIME) & HASH_MASK, at, pos, emoji | IS_EMOJI);
      }
    }
    state[POS] = pos;
    // Ignorables, "2" (reduplication: siapa2) and skin tones add nothing to the word.
    if (code === 0) return;
    if (state[WORD_START]! < 0) beginWord(at);
    const b = tailByte(code);
    const tail = state[WORD_TAIL]!;
    if (b !== (tail & 255)) {
      state[WORD_HASH] = Math.imul(state[WORD_HASH]! ^ code, PRIME) & HASH_MASK;
      state[WORD_TAIL] = ((tail << 8) | b) & TAIL_MASK;
    }
  }

  return {
    classes,
    begin(input) {
      text = input;
      state.fill(0);
      state[WORD_START] = -1;
    },
    read(out) {
      const n = text.length;
      // Room for the two records one character can end: a word and an emoji.
      const full = out.length - 2 * SIZE;
      state[WRITTEN] = 0;
      for (;;) {
        readPlain(text, state, out, full, vocabulary, classes);
        if (state[WRITTEN]! >= full || state[POS]! >= n) break;
        readOther(out);
        if (state[WRITTEN]! >= full) break;
      }
      if (state[POS]! >= n && state[WORD_START]! >= 0) endWord(out, n);
      return state[WRITTEN]!;
    },
    finished: () => state[POS]! >= text.length,
    dropped: () => state[SKIPPED]!,
  };
}

export const TOKEN_WORD = 0;
export const TOKEN_NUMBER = 1;

/**
 * The compiler's view of text: every token as [hash, tail, kind, start] (kind TOKEN_WORD or TOKEN_NUMBER), read by
 * the same lexer as the text, so pattern words and text are normalised alike. `records` sizes its buffer (any text
 * length works; a small buffer only means more rounds).
 * @example createTokenizer()('Jgn blg') // [hash of "jgn", tail "jgn", TOKEN_WORD, 0, hash of "blg", …, 4]
 */
export function createTokenizer(records = RECORDS): (text: string) => number[] {
  const lexer = createLexer(null);
  const buffer = new Int32Array(Math.max(records, 8) * SIZE);
  return (text) => {
    const out: number[] = [];
    lexer.begin(text);
    do {
      const count = lexer.read(buffer);
      for (let q = 0; q < count; q += SIZE) {
        const meta = buffer[q + META]!;
        const start = buffer[q + START]!;
        const number = (meta & HAS_DIGITS) !== 0 && isNumber(lexer.classes, text, start, buffer[q + END]!);
        out.push(number ? 0 : buffer[q]!, number ? 0 : meta & TAIL_MASK, number ? TOKEN_NUMBER : TOKEN_WORD, start);
      }
    } while (!lexer.finished());
    return out;
  };
}
