/**
 * The hot path: three tight passes over the text that normalise, tokenise and match it.
 *
 *   lex:     char codes ─▶ class table (case, diacritics, leetspeak, zero-width, homoglyphs) ─▶ two running word
 *            hash and last three letters (repeated letters collapsed) ─▶ word records [hash, start, end, tail | flags]
 *   resolve: records ─▶ vocabulary hash table (abbreviations, synonyms) ─▶ word ids; numbers → {phone}/{number},
 *            single letters joined ("v c s"), affixes read ("fotomu" → foto kamu); unknown words only counted
 *   drain:   word ids ─▶ word automaton (a DFA: one hash probe per word, no failure links at run time) ─▶ pattern
 *            segments chained across their gaps ─▶ matches with UTF-16 spans
 *
 * No intermediate strings, no regular expressions on the text, typed arrays only; linear in the text's length. Each
 * pass is one loop with no calls on its common path, so V8 keeps its variables in registers: that is what makes the
 * engine fast, so keep slow cases in their own functions. The tables come from a compiled pack (`pack.ts`).
 */
import type { DetectionPack } from './pack';

// Character classes. Letters are stored as their lower-case ASCII code, digits as their ASCII code.
const SEP = 1;
const IGN = 2;
const OTHER = 3;
const AT = 4;
const SURR = 5;
const EMOJI = 6;

// A word's identity is a 30-bit FNV-style hash of its normalised letters plus its last three letters (`tail`, one
// byte each); the compiler reads pattern words with the same code. Every constant and every hash value stays a small
// integer (V8's Smi range): a larger one would be a heap number, and the hot loops would turn into floating-point code.
const SEED = 0x011c9dc5;
const PRIME = 0x01000193;

/** One letter into the hash. */
function hash(h: number, c: number): number {
  return Math.imul(h ^ c, PRIME) & 0x3fffffff;
}

/** One letter into the tail: ASCII letters as themselves, any other letter as a byte from 128 up. */
function tailByte(c: number): number {
  return c < 128 ? c : (c & 127) | 128;
}

/** Leetspeak inside words that have letters: 0→o 1→i 3→e 4→a 5→s 6→g 7→t 8→b 9→g; "2" is reduplication (siapa2). */
const LEET = [111, 105, 0, 101, 97, 115, 103, 116, 98, 103];

// Look-alike letters from Cyrillic and Greek, lower-cased first.
const HOMO_FROM = 'аеорсухіјѕԁһԛԝвкмнтοαινκρτευχɑıɡ';
const HOMO_TO = 'aeopcyxijsdhqwbkmhtoaivkpteuxaig';

/** Class of every UTF-16 code unit; 0 = not classified yet (non-ASCII units are classified on first sight). */
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  CLASS[c] =
    c >= 97 && c <= 122
      ? c
      : c >= 65 && c <= 90
        ? c + 32
        : c >= 48 && c <= 57
          ? c
          : c === 39
            ? IGN
            : c === 64
              ? AT
              : SEP;
}

function classify(c: number): number {
  if (c >= 0xd800 && c <= 0xdbff) return SURR;
  if (c >= 0xdc00 && c <= 0xdfff) return SEP;
  const ch = String.fromCharCode(c);
  // Soft hyphen, combining grapheme joiner, zero-width and direction marks, variation selectors, BOM, curly
  // apostrophes and the modifier apostrophe read as nothing. (One code unit is tested at a time, so the combining
  // marks in the class cannot combine with anything.)
  // eslint-disable-next-line no-misleading-character-class
  if (/[\xad\u034f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff\u2018\u2019\u02bc]/.test(ch)) return IGN;
  if (/[\u2600-\u27bf\u2b00-\u2bff]/.test(ch)) return EMOJI;
  const lower = ch.toLowerCase();
  const homo = HOMO_FROM.indexOf(lower);
  if (homo >= 0) return HOMO_TO.charCodeAt(homo);
  const d = lower.normalize('NFKD');
  if (/^\p{M}+$/u.test(d)) return IGN;
  const b = CLASS[d.charCodeAt(0)]!;
  if (b >= 48 && d.charCodeAt(0) < 128) return b;
  return /[\p{L}\p{N}]/u.test(d) ? OTHER : SEP;
}

export const MAX_MATCHES = 512;
/** Records per lex batch, and words per drain batch. */
const RECORDS = 4096;
const TOKENS = 4096;
/** Word ring buffer: a pattern with its gaps may span at most this many words. */
export const MAX_SPAN = 48;
const RING = 63;
const FAR = -(1 << 30);

/** Token kinds reported in record mode (used by the compiler to canonicalise pattern words). */
export const TOKEN_WORD = 0;
export const TOKEN_NUMBER = 1;

/** Record flags (with the word's last three letters in the low 24 bits, the last one lowest). */
const HAS_DIGITS = 1 << 24;
const IS_EMOJI = 1 << 25;
/** The word begins with t, k or d. */
const MAY_PREFIX = 1 << 26;

/** Matches of one run, as parallel arrays: rule index, UTF-16 start/end, first/last word index. */
export interface Matches {
  count: number;
  rule: Int32Array;
  start: Int32Array;
  end: Int32Array;
  firstWord: Int32Array;
  lastWord: Int32Array;
}

export interface Matcher {
  /**
   * Runs every rule whose context mask intersects `mask`; returns the matches (reused between calls). With `trace`,
   * the word ids the automaton sees are appended to it (0 for a word outside the vocabulary): the CLI shows them.
   */
  run(text: string, mask: number, trace?: number[]): Matches;
}

/** The pack's tables as views, in the order of `DetectionPack.tables`. */
type Tables = [
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
  Int32Array,
];

/** Open-addressing slot of a vocabulary entry (the compiler fills the table with the same function). */
export function vocabSlot(h: number, tail: number, mask: number): number {
  return (h ^ Math.imul(tail, 0x9e3779b1)) & mask;
}

/** The hash behind an automaton transition's slot (before the mask) and its filter bit. */
export function gotoHash(state: number, word: number): number {
  return Math.imul(state, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b);
}

/** Records written by the last `lex` call. */
let lexCount = 0;

/**
 * The word being read, shared by `lex` and `lexRun`: [start, hash, tail, records written]. The start is -1 when no
 * word is open; its bit 29 says the word begins with t, k or d (it may carry a prefix: tak- ku- di-), bit 30 that it
 * holds a digit. Positions fit below: V8 strings are shorter than 2^29.
 */
const WORD = new Int32Array(4);
const FIRST_TKD = 1 << 29;
const DIGIT = 1 << 30;
/** Bit (letter code & 31) is set for t, k and d. */
const TKD = 0x100810;

/**
 * The inner loop of `lex`: ASCII letters and separators only, told apart by arithmetic. Returns at any other
 * character, at the text's end, or right after a word when `out` is full. It is its own small function with few
 * variables so that V8 keeps them all in registers; inside `lex`, next to the slow cases, they were spilled to memory
 * on every character.
 */
function lexRun(text: string, i: number, out: Int32Array, full: number): number {
  const n = text.length;
  let wStart = WORD[0]!;
  let h = WORD[1]!;
  let tail = WORD[2]!;
  let r = WORD[3]!;
  outer: for (;;) {
    if (wStart < 0) {
      // Between words: skip separators up to the next letter.
      for (; ; i++) {
        if (i >= n) break outer;
        const c = text.charCodeAt(i);
        const k = c | 32;
        if (k >= 97 && k <= 122) {
          wStart = i | (((0x100810 >>> (k & 31)) & 1) << 29); // TKD → FIRST_TKD
          h = Math.imul(0x011c9dc5 ^ k, 0x01000193) & 0x3fffffff; // hash(SEED, k)
          tail = k;
          i++;
          break;
        }
        // Anything but a separator (a digit, an apostrophe, '@', beyond ASCII) is for `lex`.
        if (c >= 128 || (c < 48 ? c === 39 : c <= 57 || c === 64)) break outer;
      }
    }
    // In a word: letters until a separator.
    for (; ; i++) {
      if (i >= n) break outer;
      const c = text.charCodeAt(i);
      const k = c | 32;
      if (k >= 97 && k <= 122) {
        if (k !== (tail & 255)) {
          h = Math.imul(h ^ k, 0x01000193) & 0x3fffffff; // hash()
          tail = (tail << 8) | k;
        }
        continue;
      }
      if (c >= 128 || (c < 48 ? c === 39 : c <= 57 || c === 64)) break outer;
      break;
    }
    // A separator ends the word.
    out[r] = h;
    out[r + 1] = wStart & 0x1fffffff;
    out[r + 2] = i;
    out[r + 3] = (tail & 0xffffff) | ((wStart >> 30) << 24) | (((wStart >> 29) & 1) << 26); // HAS_DIGITS, MAY_PREFIX
    r += 4;
    wStart = -1;
    i++;
    if (r >= full) break;
  }
  const word = WORD;
  word[0] = wStart;
  word[1] = h;
  word[2] = tail;
  word[3] = r;
  return i;
}

/**
 * Pass 1: characters from `i` → word records [hash, start, end, tail | flags] in `out`. Returns where it stopped: the
 * text's end, or right after a word when `out` is full. `lexRun` reads ASCII letters and separators; this loop takes
 * each other character: digits, ignorables, other letters, '@', emoji and surrogate pairs.
 */
function lex(text: string, i: number, out: Int32Array): number {
  const word = WORD;
  const n = text.length;
  const full = out.length - 8;
  word[0] = -1;
  word[3] = 0;
  for (;;) {
    i = lexRun(text, i, out, full);
    if (word[3]! >= full || i >= n) break;
    const c = text.charCodeAt(i);
    let k = CLASS[c]!;
    if (k === 0) k = CLASS[c] = classify(c);
    let code = k;
    const start = i++;
    if (k >= 97) {
      // a letter outside ASCII (é, ｐ, Cyrillic а): like its ASCII letter
    } else if (k >= 48 && k <= 57) {
      word[0] = (word[0]! < 0 ? startWord(start, 0) : word[0]!) | DIGIT;
      code = LEET[k - 48]!;
      if (code === 0) continue;
    } else if (k === IGN) {
      continue;
    } else if (k === OTHER) {
      code = c;
    } else {
      let emoji = 0;
      code = 0;
      if (k === AT) {
        if (word[0]! >= 0) code = 97;
      } else if (k === EMOJI) {
        emoji = c;
      } else if (k === SURR) {
        const lo = i < n ? text.charCodeAt(i) : 0;
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          const cp = ((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
          i++;
          // Skin-tone modifiers are ignorable; mathematical letters (𝐩𝐚𝐩, 𝗽𝗮𝗽) read as ASCII.
          if (cp >= 0x1f3fb && cp <= 0x1f3ff) continue;
          if (cp >= 0x1d400 && cp <= 0x1d6a3) code = 97 + (((cp - 0x1d400) % 52) % 26);
          else if (cp >= 0x1d7ce && cp <= 0x1d7ff) code = 48 + ((cp - 0x1d7ce) % 10);
          else if (cp >= 0x1f000 && cp <= 0x1faff) emoji = cp;
        }
      }
      if (code === 0) {
        // A separator, or an emoji, which is a word of its own (its code is its tail).
        if (word[0]! >= 0) endWord(out, start);
        if (emoji !== 0) {
          const r: number = word[3]!;
          out[r] = hash(SEED, emoji);
          out[r + 1] = start;
          out[r + 2] = i;
          out[r + 3] = emoji | IS_EMOJI;
          word[3] = r + 4;
        }
        if (word[3]! >= full) break;
        continue;
      }
    }
    if (word[0]! < 0) word[0] = startWord(start, k);
    const tail = word[2]!;
    const b = tailByte(code);
    if (b !== (tail & 255)) {
      word[1] = hash(word[1]!, code);
      word[2] = (tail << 8) | b;
    }
  }
  if (i >= n && word[0]! >= 0) endWord(out, n);
  lexCount = word[3]!;
  return i;
}

/** Starts a word at `start` whose first character has class `k`; returns its start with the FIRST_TKD bit. */
function startWord(start: number, k: number): number {
  WORD[1] = SEED;
  WORD[2] = 0;
  return k >= 97 && (TKD >>> (k & 31)) & 1 ? start | FIRST_TKD : start;
}

/** Writes the record of the word being read, ending at `end`. */
function endWord(out: Int32Array, end: number): void {
  const word = WORD;
  const r = word[3]!;
  const wStart = word[0]!;
  out[r] = word[1]!;
  out[r + 1] = wStart & (FIRST_TKD - 1);
  out[r + 2] = end;
  out[r + 3] = (word[2]! & 0xffffff) | (wStart & DIGIT ? HAS_DIGITS : 0) | (wStart & FIRST_TKD ? MAY_PREFIX : 0);
  word[3] = r + 4;
  word[0] = -1;
}

/**
 * Whether an unknown word may carry one of the affixes `stem` reads: its last three letters (the tail) spell
 * -nya -mu -ku -kan -lah -in or -ne, or it begins with t, k or d and then a, u or i (tak- ku- di-). Only the second
 * letter is read from the text, and only for those few words; `stem` checks exactly.
 */
function affixed(meta: number, text: string, start: number): boolean {
  const a = meta & 255;
  const b = (meta >> 8) & 255;
  const c = (meta >> 16) & 255;
  if (
    (a === 97 && b === 121 && c === 110) ||
    (a === 117 && (b === 109 || b === 107)) ||
    (a === 110 && ((b === 97 && c === 107) || b === 105)) ||
    (a === 104 && b === 97 && c === 108) ||
    (a === 101 && b === 110)
  ) {
    return true;
  }
  if ((meta & MAY_PREFIX) === 0) return false;
  const q = CLASS[text.charCodeAt(start + 1)];
  return q === 97 || q === 117 || q === 105;
}

/** Whether text[a, b) is digits (and ignorables) only: a number rather than a word like "p4p". */
function numeric(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const k = CLASS[text.charCodeAt(i)]!;
    if (k !== IGN && (k < 48 || k > 57)) return false;
  }
  return true;
}

/**
 * The raw tokens of `text` as [hash, tail, kind, start] quads, for the compiler: pattern words and text are
 * normalised by the same loop. It tokenises everything it needs in one call on one joined string.
 */
export function recordTokens(text: string): number[] {
  const out: number[] = [];
  const buffer = new Int32Array(RECORDS * 4);
  let i = 0;
  do {
    i = lex(text, i, buffer);
    for (let q = 0; q < lexCount; q += 4) {
      const meta = buffer[q + 3]!;
      const number = meta & HAS_DIGITS && numeric(text, buffer[q + 1]!, buffer[q + 2]!);
      out.push(
        number ? 0 : buffer[q]!,
        number ? 0 : meta & 0xffffff,
        number ? TOKEN_NUMBER : TOKEN_WORD,
        buffer[q + 1]!,
      );
    }
  } while (i < text.length);
  return out;
}

/**
 * Indonesian and Javanese affixes, read only for words outside the vocabulary: [letters, pronoun added (1 kamu,
 * 2 aku, 3 nya, 0 none), shortest base, base ending (0 any, 2 vowel)]. "fotomu" → foto kamu, "kirimin" → kirim.
 */
export const SUFFIXES: readonly (readonly [string, number, number, number])[] = [
  ['nya', 3, 3, 0],
  ['mu', 1, 3, 0],
  ['ku', 2, 3, 0],
  ['kan', 0, 4, 0],
  ['lah', 0, 4, 0],
  ['in', 0, 4, 0],
  ['ne', 0, 3, 2],
];
/** "kusebar" → aku sebar, Javanese "taksebar" the same, the passive "dihapus" → hapus. */
export const PREFIXES: readonly (readonly [string, number, number])[] = [
  ['tak', 2, 3],
  ['ku', 2, 3],
  ['di', 0, 3],
];

export function createMatcher(pack: DetectionPack): Matcher {
  // The tables (see `DetectionPack.tables`): one native copy, then a view of each.
  const all = Int32Array.from(pack.tables);
  let offset = 0;
  const [
    voc,
    root,
    dfa,
    fail,
    recOff,
    recList,
    chkOff,
    chkList,
    nodeFlags,
    nodeRuleOff,
    nodeRules,
    ruleCtx,
    inflect,
    seqs,
  ] = pack.sizes.map((n) => all.subarray(offset, (offset += n))) as Int32Array[] as Tables;
  const pronouns = all.subarray(offset - 3);
  const { vmask, dmask } = pack;
  const segs = nodeFlags.length;
  // A one-bit filter of the vocabulary (8 KB, stays in the fastest cache): most words outside the vocabulary are
  // told apart without touching the larger hash table.
  const bloom = new Int32Array(2048);
  for (let o = 0; o < voc.length; o += 3) {
    if (voc[o + 2] !== 0) bloom[(voc[o]! >>> 5) & 2047]! |= 1 << (voc[o]! & 31);
  }
  // The same for the automaton's transitions (by their slot hash): most words lead nowhere from the current state.
  const dfaBloom = new Int32Array(2048);
  for (let o = 0; o < dfa.length; o += 3) {
    if (dfa[o] !== 0) {
      const h = Math.imul(dfa[o]!, 0x9e3779b1) ^ Math.imul(dfa[o + 1]!, 0x85ebca6b);
      dfaBloom[(h >>> 5) & 2047]! |= 1 << (h & 31);
    }
  }
  const m: Matches = {
    count: 0,
    rule: new Int32Array(MAX_MATCHES),
    start: new Int32Array(MAX_MATCHES),
    end: new Int32Array(MAX_MATCHES),
    firstWord: new Int32Array(MAX_MATCHES),
    lastWord: new Int32Array(MAX_MATCHES),
  };
  // Per segment node: latest word index where it ended and where its match began; the previous ones (NODE_TWO).
  // Word indices grow across scans, so an end from an earlier scan is simply too far away to chain onto.
  const ce = new Int32Array(segs).fill(FAR);
  const cs = new Int32Array(segs);
  const ce2 = new Int32Array(segs).fill(FAR);
  const cs2 = new Int32Array(segs);
  /** UTF-16 start of the last RING + 1 words, by word index. */
  const ws = new Int32Array(RING + 1);
  const records = new Int32Array(RECORDS * 4);
  /** resolve → drain: [word id, unknown words before it, UTF-16 start, end]. */
  const tok = new Int32Array(TOKENS * 4);
  let tn = 0;
  /** Unknown words since the last known one: they count for gaps and break contiguous sequences. */
  let skip = 0;
  let wi = 0;
  let st = 0;
  let mask = 0;
  let text = '';
  let trace: number[] | null = null;
  /** Where the previous record ended, to measure the separators before the next one. */
  let lastEnd = 0;
  // Single letters waiting to be joined ("v c s", "p.a.p"): count, and each one's start, end and code.
  let ln = 0;
  const ls = new Int32Array(64);
  const le = new Int32Array(64);
  const lc = new Int32Array(64);
  // A number run ("0812 3456 7890"): start (-1 = none) and end.
  let ns = -1;
  let ne = 0;

  /** The value of the word with this hash and tail: a word id (> 0), an alias (< 0), or 0 (not in the vocabulary). */
  function lookup(h: number, tail: number): number {
    let slot = vocabSlot(h, tail, vmask);
    for (;;) {
      const o = slot * 3;
      const v = voc[o + 2]!;
      if (v === 0 || (voc[o] === h && voc[o + 1] === tail)) return v;
      slot = (slot + 1) & vmask;
    }
  }

  /**
   * Pass 3: the buffered words through the automaton, one tight loop with everything in locals. At each state,
   * first segments of longer patterns just remember where they ended; every other segment node that ends here
   * ([node, length, parent, gap]) counts only when its parent ended at most `gap` words before it.
   */
  function drain(): void {
    const n = tn;
    tn = 0;
    if (trace !== null) {
      for (let i = 0; i < n; i += 4) {
        for (let k = 0; k < tok[i + 1]!; k++) trace.push(0);
        trace.push(tok[i]!);
      }
    }
    // Everything the loop touches in locals, and no calls inside it: V8 then keeps it all in registers.
    const ring = 63; // RING
    const kids = 1; // NODE_KIDS
    const two = 4; // NODE_TWO
    const words = tok;
    const filter = dfaBloom;
    const dfaT = dfa;
    const dm = dmask;
    const failT = fail;
    const rootT = root;
    const rOff = recOff;
    const rList = recList;
    const cOff = chkOff;
    const cList = chkList;
    const flags = nodeFlags;
    const ends = ce;
    const begins = cs;
    const ends2 = ce2;
    const begins2 = cs2;
    const starts = ws;
    const contexts = mask;
    const mRule = m.rule;
    const mStart = m.start;
    const mEnd = m.end;
    const mFirst = m.firstWord;
    const mLast = m.lastWord;
    let count = m.count;
    let state = st;
    let w2 = wi;
    for (let i = 0; i < n; i += 4) {
      const w = words[i]!;
      const gap = words[i + 1]!;
      if (gap !== 0) {
        w2 += gap;
        state = 0;
      }
      w2++;
      starts[w2 & ring] = words[i + 2]!;
      // One DFA step: the state's own transitions, then (hub states only) its failure state's, then the root's.
      let next = -1;
      while (state !== 0) {
        const h = Math.imul(state, 0x9e3779b1) ^ Math.imul(w, 0x85ebca6b); // gotoSlot before the mask
        if ((filter[(h >>> 5) & 2047]! & (1 << (h & 31))) !== 0) {
          for (let slot = h & dm; ; slot = (slot + 1) & dm) {
            const o = slot * 3;
            const x = dfaT[o]!;
            if (x === 0) break;
            if (x === state && dfaT[o + 1] === w) {
              next = dfaT[o + 2]!;
              break;
            }
          }
          if (next >= 0) break;
        }
        state = failT[state]!;
      }
      state = next >= 0 ? next : rootT[w]!;
      if (state === 0) continue;
      for (let o = rOff[state]!, e = rOff[state + 1]!; o < e; o += 2) {
        const node = rList[o]!;
        ends[node] = w2;
        begins[node] = w2 - rList[o + 1]! + 1;
      }
      for (let o = cOff[state]!, e = cOff[state + 1]!; o < e; o += 4) {
        const parent = cList[o]!;
        let begin: number;
        if (parent >= 0) {
          // [parent, length + gap, length, node]: counts when the parent ended at most `gap` words before it began.
          const d = w2 - ends[parent]!;
          if (d > cList[o + 1]!) continue;
          if (d >= cList[o + 2]!) begin = begins[parent]!;
          else {
            // The parent's latest end overlaps this segment ("sekolah kamu di mana" for "sekolah *1 kamu|di *1
            // di mana"): chain onto its previous end instead (kept for NODE_TWO parents only).
            const d2 = w2 - ends2[parent]!;
            if (d2 > cList[o + 1]! || d2 < cList[o + 2]!) continue;
            begin = begins2[parent]!;
          }
        } else begin = w2 - cList[o + 2]! + 1;
        const node = cList[o + 3]!;
        const f = flags[node]!;
        if ((f >> 3) & contexts) {
          // It completes rules of this scan's contexts (bits 3–7 of its flags).
          for (let r = nodeRuleOff[node]!, re = nodeRuleOff[node + 1]!; r < re; r++) {
            const rule = nodeRules[r]!;
            if ((ruleCtx[rule]! & contexts) === 0 || count >= MAX_MATCHES) continue;
            mRule[count] = rule;
            mStart[count] = starts[begin & ring]!;
            mEnd[count] = words[i + 3]!;
            mFirst[count] = begin;
            mLast[count++] = w2;
          }
        }
        if (f & kids && ends[node] !== w2) {
          if (f & two) {
            ends2[node] = ends[node]!;
            begins2[node] = begins[node]!;
          }
          ends[node] = w2;
          begins[node] = begin;
        }
      }
    }
    m.count = count;
    st = state;
    wi = w2;
  }

  /** Hands a known word to pass 3. */
  function push(word: number, start: number, end: number): void {
    const n = tn;
    tok[n] = word;
    tok[n + 1] = skip;
    tok[n + 2] = start;
    tok[n + 3] = end;
    skip = 0;
    tn = n + 4;
    if (tn === TOKENS * 4) drain();
  }

  /** A vocabulary hit: one word id, or (v < 0) an alias that stands for several words. */
  function known(v: number, start: number, end: number): void {
    if (v > 0) push(v, start, end);
    else for (let i = -v + 1, e = -v + 1 + seqs[-v]!; i < e; i++) push(seqs[i]!, start, end);
  }

  function word(h: number, tail: number, start: number, end: number): void {
    const v = lookup(h, tail);
    if (v !== 0) known(v, start, end);
    else if (end - start < 5 || !stem(start, end)) skip++;
  }

  /** The vocabulary value of text[a, b) read as `lex` reads it; 0 when it holds anything but letters and leetspeak. */
  function rehash(a: number, b: number): number {
    let h = SEED;
    let tail = 0;
    for (let i = a; i < b; i++) {
      const k = CLASS[text.charCodeAt(i)]!;
      let code = k;
      if (k === IGN) continue;
      if (k >= 48 && k <= 57) code = LEET[k - 48]!;
      else if (k < 97 || k > 122) return 0;
      if (code !== 0 && code !== (tail & 255)) {
        h = hash(h, code);
        tail = (tail << 8) | code;
      }
    }
    return tail === 0 ? 0 : lookup(h, tail & 0xffffff);
  }

  /** Letter class at `i` (0 outside the text). */
  const at = (i: number) => CLASS[text.charCodeAt(i)] ?? 0;

  /** Tries the affixes on an unknown word; pushes the base (and pronoun) and returns true when one fits. */
  function stem(start: number, end: number): boolean {
    // Which suffix (index into SUFFIXES) the word's last letters spell: one look at two or three letters.
    const c1 = at(end - 1);
    const c2 = at(end - 2);
    const c3 = at(end - 3);
    const si =
      c1 === 97 && c2 === 121 && c3 === 110 // -nya
        ? 0
        : c1 === 117 && (c2 === 109 || c2 === 107) // -mu -ku
          ? c2 === 109
            ? 1
            : 2
          : c1 === 110 && c2 === 97 && c3 === 107 // -kan
            ? 3
            : c1 === 104 && c2 === 97 && c3 === 108 // -lah
              ? 4
              : c1 === 110 && c2 === 105 // -in
                ? 5
                : c1 === 101 && c2 === 110 // -ne
                  ? 6
                  : -1;
    if (si >= 0) {
      const [suffix, pronoun, min, vowel] = SUFFIXES[si]!;
      const baseEnd = end - suffix.length;
      const last = at(baseEnd - 1);
      if (
        baseEnd - start >= min &&
        (vowel !== 2 || last === 97 || last === 101 || last === 105 || last === 111 || last === 117)
      ) {
        const v = rehash(start, baseEnd);
        if (v > 0 && inflect[v] === 1) {
          push(v, start, end);
          if (pronoun) push(pronouns[pronoun - 1]!, start, end);
          return true;
        }
      }
    }
    const p1 = at(start);
    const p2 = at(start + 1);
    const pi =
      p1 === 116 && p2 === 97 && at(start + 2) === 107
        ? 0
        : p1 === 107 && p2 === 117
          ? 1
          : p1 === 100 && p2 === 105
            ? 2
            : -1;
    if (pi >= 0) {
      const [prefix, pronoun, min] = PREFIXES[pi]!;
      const baseStart = start + prefix.length;
      if (end - baseStart >= min) {
        const v = rehash(baseStart, end);
        if (v > 0 && inflect[v] === 1) {
          if (pronoun) push(pronouns[pronoun - 1]!, start, end);
          push(v, start, end);
          return true;
        }
      }
    }
    return false;
  }

  /** Single letters: one word when together they spell one ("v c s" → vcs), otherwise one word each. */
  function flushLetters(): void {
    const n = ln;
    if (n === 0) return;
    ln = 0;
    let h = SEED;
    let tail = 0;
    for (let i = 0; i < n; i++) {
      const c = lc[i]!;
      if (c !== (tail & 255)) {
        h = hash(h, c);
        tail = (tail << 8) | c;
      }
    }
    if (n > 1 && lookup(h, tail & 0xffffff) !== 0) {
      word(h, tail & 0xffffff, ls[0]!, le[n - 1]!);
      return;
    }
    for (let i = 0; i < n; i++) word(hash(SEED, lc[i]!), lc[i]!, ls[i]!, le[i]!);
  }

  /**
   * Ends a number run: Indonesian mobile numbers (08[1-9]… with 10–13 digits, or 62 8… / +62 8…, written in
   * groups of three or more digits, or digit by digit) and any "+" number with 9–15 digits are {phone}.
   */
  function flushNumber(): void {
    if (ns < 0) return;
    const start = ns;
    ns = -1;
    const plus = text.charCodeAt(start) === 43;
    let digits = 0;
    let first = 0;
    let groups = 0;
    let singles = true;
    let group = 0;
    let prefix = 0;
    for (let i = plus ? start + 1 : start; i <= ne; i++) {
      const k = i < ne ? at(i) : 0;
      if (k >= 48 && k <= 57) {
        if (digits < 3) prefix = prefix * 10 + k - 48;
        digits++;
        group++;
      } else if (k !== IGN && group > 0) {
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
    push(phone ? pack.phoneId : pack.numberId, start, ne);
  }

  /** Separator characters between the previous record and `start`; a line break counts as a wide gap. */
  function gapBefore(start: number): number {
    let gap = start - lastEnd;
    for (let i = lastEnd; i < start; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) gap += 9;
    }
    return gap;
  }

  /** A record off the common path: a number, a single letter, an emoji, or one that ends buffered letters. */
  function slow(h: number, start: number, end: number, meta: number): void {
    const tail = meta & 0xffffff;
    if (meta & IS_EMOJI) {
      flushLetters();
      flushNumber();
      word(h, tail, start, end);
      return;
    }
    const sep = gapBefore(start);
    if (meta & HAS_DIGITS && numeric(text, start, end)) {
      // A number: extend the current run ("0812 3456", "0812-3456") or start a new one.
      flushLetters();
      if (ns >= 0 && sep <= 3) {
        ne = end;
        return;
      }
      flushNumber();
      ns = start > 0 && text.charCodeAt(start - 1) === 43 ? start - 1 : start;
      ne = end;
      return;
    }
    flushNumber();
    if (tail < 128) {
      // A single letter: buffer it, "v c s" and "p.a.p" may spell a word.
      if (ln > 0 && (sep > 2 || ln >= 64)) flushLetters();
      ls[ln] = start;
      le[ln] = end;
      lc[ln++] = tail;
      return;
    }
    flushLetters();
    word(h, tail, start, end);
  }

  /**
   * Pass 2: records → word ids. A plain word is looked up right here; everything else takes `slow`. Unknown words
   * are only counted. The token count and the unknown-word count live in locals and are handed back around calls.
   */
  function resolve(count: number): void {
    const R = records;
    const input = text;
    const filter = bloom;
    const table = voc;
    const tmask = vmask;
    const out = tok;
    const full = TOKENS * 4;
    let n = tn;
    let gap = skip;
    for (let q = 0; q < count; q += 4) {
      const h = R[q]!;
      const start = R[q + 1]!;
      const end = R[q + 2]!;
      const meta = R[q + 3]!;
      let v = 0;
      const tail = meta & 0xffffff;
      // The common case: a word of two or more letters (a tail above one byte), no digits, not an emoji, nothing
      // buffered.
      if ((meta & 0x3000000) === 0 && tail > 255 && ln === 0 && ns < 0) {
        if ((filter[(h >>> 5) & 2047]! & (1 << (h & 31))) !== 0) {
          for (let slot = vocabSlot(h, tail, tmask); ; slot = (slot + 1) & tmask) {
            const o = slot * 3;
            v = table[o + 2]!;
            if (v === 0 || (table[o] === h && table[o + 1] === tail)) break;
          }
        }
        if (v > 0) {
          out[n] = v;
          out[n + 1] = gap;
          out[n + 2] = start;
          out[n + 3] = end;
          gap = 0;
          n += 4;
          if (n === full) {
            tn = n;
            skip = 0;
            drain();
            n = tn;
          }
          continue;
        }
        if (v === 0 && (end - start < 5 || !affixed(meta, input, start))) {
          gap++;
          continue;
        }
        v = v < 0 ? v : 1;
      }
      tn = n;
      skip = gap;
      if (v < 0) known(v, start, end);
      else if (v === 1) {
        if (!stem(start, end)) skip++;
      } else {
        lastEnd = q > 0 ? R[q - 2]! : lastEnd;
        slow(h, start, end, meta);
      }
      n = tn;
      gap = skip;
    }
    tn = n;
    skip = gap;
    if (count > 0) lastEnd = R[count - 2]!;
  }

  return {
    run(input, contexts, wordTrace) {
      text = input;
      mask = contexts;
      trace = wordTrace ?? null;
      m.count = 0;
      // A fresh stretch of word indices: nothing from the last scan can chain into this one.
      wi += RING + 1 + MAX_SPAN;
      if (wi > 1 << 30) {
        wi = 0;
        ce.fill(FAR);
        ce2.fill(FAR);
      }
      st = tn = skip = ln = lastEnd = 0;
      ns = -1;
      for (let i = 0; i < input.length;) {
        i = lex(input, i, records);
        resolve(lexCount);
      }
      flushLetters();
      flushNumber();
      drain();
      if (trace !== null) for (; skip > 0; skip--) trace.push(0);
      text = '';
      return m;
    },
  };
}
