/**
 * Lexing and normalising, the matcher's first part: UTF-16 text ─▶ words, in one pass over the char codes.
 *
 *   char code ─▶ class (case, diacritics, fullwidth and mathematical letters, Cyrillic and Greek look-alikes,
 *   leetspeak digits, zero-width and direction marks) ─▶ the word's running hash and last three letters, repeated
 *   letters collapsed ─▶ at its end: a word of the vocabulary goes straight into the token buffer (one table probe),
 *   a word no rule can use is only counted, and every other word goes to the word reader (`words.ts`)
 *
 * The common case, ASCII letters and separators, runs in `readPlain`: one small loop with no calls on its common
 * path, so V8 keeps its variables in registers (next to the slow cases they were spilled to memory on every
 * character). Every other character takes `readOther`. No strings are made and no regular expression touches the
 * text.
 */
import { MIN_AFFIXED, prefixOf, suffixOf } from './affixes';

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

/**
 * One letter (its lower-case code, or any other code unit) into a word hash; cut with `HASH_BITS` when done.
 * @example hashLetter(hashLetter(WORD_SEED, 112), 97) & HASH_BITS // the hash of "pa"
 */
export function hashLetter(hash: number, code: number): number {
  return Math.imul(hash ^ code, PRIME);
}

/** Knuth's multiplicative constant (2^32 / φ): it spreads the tail over the vocabulary's slots. */
const GOLDEN = 0x9e3779b1;

/**
 * The home slot of a word in the vocabulary table (`mask` = slots − 1); the compiler fills the table with it.
 * @example vocabularySlot(hash, tail, table.length / 3 - 1) * 3 // where its [hash, tail, value] slot is
 */
export function vocabularySlot(hash: number, tail: number, mask: number): number {
  return (hash ^ Math.imul(tail, GOLDEN)) & mask;
}

/**
 * The value of the word with this hash and tail: a word id (> 0), an alias (< 0), or 0 (not in the vocabulary).
 * @example vocabularyValue(tables.vocabulary, tables.vocabulary.length / 3 - 1, hash, tail) // 0: not a rule's word
 */
export function vocabularyValue(table: Int32Array, mask: number, hash: number, tail: number): number {
  for (let slot = vocabularySlot(hash, tail, mask); ; slot = (slot + 1) & mask) {
    const o = slot * 3;
    const value = table[o + 2]!;
    if (value === 0 || (table[o] === hash && table[o + 1] === tail)) return value;
  }
}

// One-bit filters in front of the vocabulary and the automaton's transitions: 2,048 × 32 bits (8 KB, stays in the
// fastest cache). Most words outside the vocabulary, and most words that lead nowhere, are told apart without
// touching the larger hash tables.
const FILTER_INTS = 2048;

/**
 * An empty one-bit filter.
 * @example const filter = newFilter(); addToFilter(filter, hash); inFilter(filter, hash) // true
 */
export function newFilter(): Int32Array {
  return new Int32Array(FILTER_INTS);
}

/** Adds a hash to a one-bit filter. */
export function addToFilter(filter: Int32Array, hash: number): void {
  filter[(hash >>> 5) & (FILTER_INTS - 1)]! |= 1 << (hash & 31);
}

/**
 * False: certainly not in the set. True: probably in it; the table decides.
 * @example inFilter(newFilter(), hash) // false
 */
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

/** A word's flags, above its tail: it holds digits; it is an emoji (its code is its tail). */
export const HAS_DIGITS = 1 << 24;
export const IS_EMOJI = 1 << 25;

/** A token: [word id, unknown words before it, UTF-16 start, end]. */
const TOKEN_SIZE = 4;
export const TOKEN = TOKEN_SIZE;

// A scan's state, one small Int32Array shared by the lexer and the word reader: where the lexer is; the word being
// read (its start, -1 between words; its hash and tail so far; HAS_DIGITS); the ints written into the token buffer;
// the words no rule uses since the last token; and whether single letters or a number wait in the word reader (then
// every word goes there).
const POS = 0;
const WORD_START = 1;
const WORD_HASH = 2;
const WORD_TAIL = 3;
const WORD_FLAGS = 4;
const TOKENS_AT = 5;
const UNKNOWN = 6;
const WAITING = 7;
export const SCAN_STATE = 8;
export const SCAN_TOKENS = TOKENS_AT;
export const SCAN_UNKNOWN = UNKNOWN;
export const SCAN_WAITING = WAITING;

/** Where the lexer hands over: the scan state, the token buffer, and the words it does not resolve itself. */
export interface WordSink {
  readonly state: Int32Array;
  readonly tokens: Int32Array;
  /** A word the lexer leaves to the word reader: [hash, start, end, tail | flags]. */
  word(hash: number, start: number, end: number, meta: number): void;
  /** The token buffer is full. */
  flush(): void;
}

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
 * @example newClassTable()[65] // 97: 'A' reads as 'a'
 */
export function newClassTable(): Uint8Array {
  const table = new Uint8Array(65536);
  for (let c = 0; c < 128; c++) table[c] = asciiClass(c);
  return table;
}

/**
 * Whether text[a, b) is digits (and ignorables) only: a number rather than a word like "p4p".
 * @example isNumber(newClassTable(), 'p4p 0812', 4, 8) // true
 */
export function isNumber(classes: Uint8Array, text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const k = classes[text.charCodeAt(i)]!;
    if (k !== IGNORABLE && (k < 48 || k > 57)) return false;
  }
  return true;
}

/** Why `readPlain` returned: a non-plain character or the text's end (0), a word for the word reader, a full buffer. */
const HAND_OVER = 1;
const BUFFER_FULL = 2;

/** The shortest word read for affixes, as this module's own constant (read in the hot loop). */
const AFFIXED = MIN_AFFIXED;

/**
 * The common case, ASCII letters and separators, until any other character or the text's end. A module function
 * with everything in parameters and locals: as a closure next to the slow cases, its variables were kept in memory
 * instead of registers and lexing took half as long again. A word of the vocabulary is written as a token right
 * here; one no rule can use (not in the vocabulary's filter, and no affix that may fit) is only counted. Any other
 * word it hands over (HAND_OVER: the word is in the state, its end at POS), and it returns when the token buffer is
 * full (BUFFER_FULL): the caller makes those calls, so that this loop makes none, whoever its caller is (a call to
 * another target in here once cost V8's optimised code and halved the speed of every scan after).
 */
function readPlain(
  text: string,
  state: Int32Array,
  classes: Uint8Array,
  filter: Int32Array,
  vocabulary: Int32Array,
  tokens: Int32Array,
): number {
  const n = text.length;
  let stop = 0;
  const mask = vocabulary.length / 3 - 1;
  let i = state[POS]!;
  let start = state[WORD_START]!;
  let hash = state[WORD_HASH]!;
  let tail = state[WORD_TAIL]!;
  let flags = state[WORD_FLAGS]!;
  let count = state[TOKENS_AT]!;
  let unknown = state[UNKNOWN]!;
  const waiting = state[WAITING]!;
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
    // A separator ends the word.
    hash &= HASH_MASK;
    tail &= TAIL_MASK;
    // A plain word of two or more letters, nothing waiting: a word id (a token), 0 (only counted), or the word
    // reader's (-1, or an alias): one of several words, an affix to try, a digit, a single letter, or a word while
    // letters or a number wait.
    let value = -1;
    if (flags === 0 && tail > 255 && waiting === 0) {
      value = inFilter(filter, hash) ? vocabularyValue(vocabulary, mask, hash, tail) : 0;
      if (value === 0) {
        // Unless an affix may fit (`affixes.ts`; the word reader checks exactly).
        if (
          i - start < AFFIXED ||
          (suffixOf(tail) === 0 &&
            prefixOf(classes[text.charCodeAt(start)]!, classes[text.charCodeAt(start + 1)]!) === 0)
        ) {
          unknown++;
        } else value = -1;
      }
    }
    if (value > 0) {
      tokens[count] = value;
      tokens[count + 1] = unknown;
      tokens[count + 2] = start;
      tokens[count + 3] = i;
      unknown = 0;
      count += TOKEN_SIZE;
    } else if (value < 0) {
      // The word reader's: handed over by the caller (its end is `i`).
      stop = HAND_OVER;
      break;
    }
    start = -1;
    i++;
    if (count === tokens.length) {
      stop = BUFFER_FULL;
      break;
    }
  }
  state[POS] = i;
  state[WORD_START] = start;
  state[WORD_HASH] = hash & HASH_MASK;
  state[WORD_TAIL] = tail;
  state[WORD_FLAGS] = flags;
  state[TOKENS_AT] = count;
  state[UNKNOWN] = unknown;
  return stop;
}

/**
 * A lexer over `classes` (the scan's class table) that resolves the words of `vocabulary` (its one-bit `filter`
 * in front) itself and hands every other word it cannot rule out to `sink`. Returns `read(text)`, which reads all
 * of a text.
 * @example const read = createLexer(classes, filter, tables.vocabulary, createWordReader(tables, classes, feed))
 */
export function createLexer(
  classes: Uint8Array,
  filter: Int32Array,
  vocabulary: Int32Array,
  sink: WordSink,
): (text: string) => void {
  const { state } = sink;
  let text = '';

  function endWord(end: number): void {
    const start = state[WORD_START]!;
    state[WORD_START] = -1;
    sink.word(state[WORD_HASH]!, start, end, state[WORD_TAIL]! | state[WORD_FLAGS]!);
  }

  function beginWord(start: number): void {
    state[WORD_START] = start;
    state[WORD_HASH] = SEED;
    state[WORD_TAIL] = 0;
    state[WORD_FLAGS] = 0;
  }

  /** One character `readPlain` leaves: a digit, an ignorable, a letter beyond ASCII, '@', an emoji. */
  function readOther(): void {
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
        if (state[WORD_START]! >= 0) endWord(at);
        if (emoji !== 0) sink.word(Math.imul(SEED ^ emoji, PRIME) & HASH_MASK, at, pos, emoji | IS_EMOJI);
      }
    }
    state[POS] = pos;
    // Ignorables, "2" (reduplication: siapa2) and skin tones add nothing to the word.
    if (code === 0) return;
    if (state[WORD_START]! < 0) beginWord(at);
    const b = code < 128 ? code : (code & 127) | 128;
    const tail = state[WORD_TAIL]!;
    if (b !== (tail & 255)) {
      state[WORD_HASH] = Math.imul(state[WORD_HASH]! ^ code, PRIME) & HASH_MASK;
      state[WORD_TAIL] = ((tail << 8) | b) & TAIL_MASK;
    }
  }

  // The sink starts each text with a fresh state (POS 0).
  return (input) => {
    text = input;
    state[WORD_START] = -1;
    for (;;) {
      const stop = readPlain(text, state, classes, filter, vocabulary, sink.tokens);
      if (stop === HAND_OVER) endWord(state[POS]!++);
      else if (stop === BUFFER_FULL) sink.flush();
      else if (state[POS]! < text.length) readOther();
      else break;
    }
    if (state[WORD_START]! >= 0) endWord(text.length);
    text = '';
  };
}

export const TOKEN_WORD = 0;
export const TOKEN_NUMBER = 1;

/**
 * The compiler's view of text: every token as [hash, tail, kind, start] (kind TOKEN_WORD or TOKEN_NUMBER), read by
 * the same lexer as the text, so pattern words and text are normalised alike.
 * @example createTokenizer()('Jgn blg') // [hash of "jgn", tail "jgn", TOKEN_WORD, 0, hash of "blg", …, 4]
 */
export function createTokenizer(): (text: string) => number[] {
  const classes = newClassTable();
  let text = '';
  let out: number[] = [];
  // WAITING stays set, so every word goes to the sink (no vocabulary to resolve against).
  const state = new Int32Array(SCAN_STATE);
  state[WAITING] = 1;
  const sink: WordSink = {
    state,
    tokens: new Int32Array(TOKEN_SIZE),
    word(hash, start, end, meta) {
      const number = (meta & HAS_DIGITS) !== 0 && isNumber(classes, text, start, end);
      out.push(number ? 0 : hash, number ? 0 : meta & TAIL_MASK, number ? TOKEN_NUMBER : TOKEN_WORD, start);
    },
    flush() {},
  };
  const read = createLexer(classes, newFilter(), new Int32Array(3), sink);
  return (input) => {
    text = input;
    out = [];
    state[POS] = 0;
    read(input);
    return out;
  };
}
