/**
 * The hot path: one pass over the text's UTF-16 code units that normalises, tokenises and matches at once.
 *
 *   char code ─▶ class table (case, diacritics, leetspeak, zero-width, homoglyphs) ─▶ running word hash
 *     (repeated letters collapsed) ─▶ at a word end: number runs → {phone}/{number}; single letters joined
 *     ("v c s") ─▶ vocabulary hash table (abbreviations, synonyms, suffixes → word ids) ─▶ Aho–Corasick over
 *     word ids (pattern segments) ─▶ gap chaining between segments ─▶ matches with UTF-16 spans
 *
 * No intermediate strings, no regular expressions on the text, typed arrays only; linear in the text's length.
 * The tables come from a compiled pack (`pack.ts`), so a page never compiles rules.
 */
import { gotoSlot, NODE_KIDS, NODE_RULES, NODE_TWO, vocabSlot, type PackTables } from './pack';

// Character classes. Letters are stored as their lower-case ASCII code, digits as their ASCII code.
const SEP = 1;
const IGN = 2;
const OTHER = 3;
const AT = 4;
const SURR = 5;
const EMOJI = 6;

// Hash constants shared with the compiler (a word's identity is its two 32-bit hashes).
const SEED1 = 0x811c9dc5 | 0;
const SEED2 = 0x2f1a3b4c;
const PRIME1 = 0x01000193;

/** Leetspeak inside words that have letters: 0→o 1→i 3→e 4→a 5→s 6→g 7→t 8→b 9→g; "2" is reduplication (siapa2). */
const LEET = [111, 105, 0, 101, 97, 115, 103, 116, 98, 103];

// Look-alike letters from Cyrillic and Greek, lower-cased first.
const HOMO_FROM = 'аеорсухіјѕԁһԛԝвкмнтοαινκρτευχɑıɡ';
const HOMO_TO = 'aeopcyxijsdhqwbkmhtoaivkpteuxaig';

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
  if (
    c === 0xad ||
    c === 0x34f ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x206f) ||
    (c >= 0xfe00 && c <= 0xfe0f) ||
    c === 0xfeff ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x2bc
  ) {
    return IGN;
  }
  if ((c >= 0x2600 && c <= 0x27bf) || (c >= 0x2b00 && c <= 0x2bff)) return EMOJI;
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  const homo = HOMO_FROM.indexOf(lower);
  if (homo >= 0) return HOMO_TO.charCodeAt(homo);
  const d = lower.normalize('NFKD');
  if (/^\p{M}+$/u.test(d)) return IGN;
  const b = d.charCodeAt(0);
  if (b < 128 && CLASS[b]! >= 48) return CLASS[b]!;
  return /[\p{L}\p{N}]/u.test(d) ? OTHER : SEP;
}

/** Mathematical alphanumeric symbols (𝐩𝐚𝐩, 𝗽𝗮𝗽…) → ASCII letters or digits; 0 for anything else. */
function mathAlnum(cp: number): number {
  if (cp >= 0x1d400 && cp <= 0x1d6a3) return 97 + (((cp - 0x1d400) % 52) % 26);
  if (cp >= 0x1d7ce && cp <= 0x1d7ff) return 48 + ((cp - 0x1d7ce) % 10);
  return 0;
}

function isEmoji(cp: number): boolean {
  return cp >= 0x1f000 && cp <= 0x1faff && !(cp >= 0x1f3fb && cp <= 0x1f3ff);
}

export const MAX_MATCHES = 512;
/** Words buffered between the tokenising pass and the automaton pass. */
const TOKENS = 2048;
/** Token records buffered between the character loop and `resolve`. */
const RECORDS = 1024;
/** Word ring buffer: a pattern with its gaps may span at most this many words. */
export const MAX_SPAN = 48;
const RING = 63;
const FAR = -(1 << 30);

/** Token kinds reported in record mode (used by the compiler to canonicalise pattern words). */
export const TOKEN_WORD = 0;
export const TOKEN_NUMBER = 1;

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

/**
 * The raw tokens of `text` as [h1, h2, kind, start] quads, for the compiler. It tokenises everything it needs in one
 * call on one joined string: feeding thousands of tiny strings through the loop would teach V8 the wrong string
 * shapes and slow every later scan.
 */
export function recordTokens(text: string): number[] {
  const out: number[] = [];
  scanCore(text, stateFor(null, out, 0));
  return out;
}

export function createMatcher(tables: PackTables): Matcher {
  return {
    run(text, mask, trace) {
      const s = stateFor(tables, null, mask);
      s.trace = trace ?? null;
      return scanCore(text, s);
    },
  };
}

/**
 * Everything a scan keeps between words, reused across scans. Field names are short on purpose: this code ships in
 * every page and property names survive minification.
 */
interface State {
  /** The pack's tables; null in record mode (the compiler's tokenizer). */
  t: PackTables | null;
  /** Contexts of this scan (CONTEXT_BITS). */
  mask: number;
  m: Matches;
  /**
   * ce/cs: latest word index where each segment node ended and where its match began; ce2/cs2: the previous ones
   * (NODE_TWO nodes only). Word indices grow across scans, so an end from an earlier scan is simply too far away
   * to chain onto: nothing is cleared.
   */
  ce: Int32Array;
  cs: Int32Array;
  ce2: Int32Array;
  cs2: Int32Array;
  /** UTF-16 start of the last RING + 1 words, by word index. */
  ws: Int32Array;
  /** Word index, automaton state. */
  wi: number;
  st: number;
  /** Single-letter buffer ("v c s"): count, running hashes, last letter, and each letter's start, end and code. */
  ln: number;
  l1: number;
  l2: number;
  lp: number;
  ls: Int32Array;
  le: Int32Array;
  lc: Int32Array;
  /**
   * Number run ("0812 3456 7890"): start (-1 = none), end, digits, digits of the first group, all groups single
   * digits, a "+" before it, its first (up to) three digits as a number (81 for "081…", 628 for "628…") and how many.
   */
  ns: number;
  ne: number;
  nd: number;
  nf: number;
  n1: boolean;
  np: boolean;
  nx: number;
  nl: number;
  rec: number[] | null;
  trace: number[] | null;
  text: string;
  /** Pass 1 → pass 1b buffer: token records, see `scanCore`. */
  recs: Int32Array;
  /** Where the previous token ended, to measure the separators before the next one. */
  lastEnd: number;
  /** Pass 1b → pass 2 buffer: [word id (0 = unknown word), UTF-16 start, end] triples; `tn` ints are used. */
  tok: Int32Array;
  tn: number;
}

const states = new WeakMap<PackTables, State>();
let recordState: State | undefined;

function stateFor(t: PackTables | null, rec: number[] | null, mask: number): State {
  let s = t ? states.get(t) : recordState;
  if (!s) {
    const segs = t ? t.nodeFlags.length : 0;
    s = {
      t,
      mask,
      m: {
        count: 0,
        rule: new Int32Array(MAX_MATCHES),
        start: new Int32Array(MAX_MATCHES),
        end: new Int32Array(MAX_MATCHES),
        firstWord: new Int32Array(MAX_MATCHES),
        lastWord: new Int32Array(MAX_MATCHES),
      },
      ce: new Int32Array(segs).fill(FAR),
      cs: new Int32Array(segs),
      ce2: new Int32Array(segs).fill(FAR),
      cs2: new Int32Array(segs),
      ws: new Int32Array(RING + 1),
      wi: 0,
      st: 0,
      ln: 0,
      l1: 0,
      l2: 0,
      lp: 0,
      ls: new Int32Array(64),
      le: new Int32Array(64),
      lc: new Int32Array(64),
      ns: -1,
      ne: 0,
      nd: 0,
      nf: 0,
      n1: true,
      np: false,
      nx: 0,
      nl: 0,
      rec,
      trace: null,
      text: '',
      recs: new Int32Array(RECORDS * 5),
      lastEnd: 0,
      tok: new Int32Array(TOKENS * 3),
      tn: 0,
    };
    if (t) states.set(t, s);
    else recordState = s;
  }
  return reset(s, rec, mask);
}

function reset(s: State, rec: number[] | null, mask: number): State {
  s.mask = mask;
  s.rec = rec;
  s.trace = null;
  s.m.count = 0;
  // A fresh stretch of word indices: nothing from the last scan can chain into this one.
  s.wi += RING + 1 + MAX_SPAN;
  if (s.wi > 1 << 30) {
    s.wi = 0;
    s.ce.fill(FAR);
    s.ce2.fill(FAR);
  }
  s.st = 0;
  s.ln = 0;
  s.ns = -1;
  s.tn = 0;
  s.lastEnd = 0;
  return s;
}

function lookup(t: PackTables, h1: number, h2: number): number {
  const keys1 = t.vk1;
  const keys2 = t.vk2;
  const vals = t.vv;
  const mask = t.vmask;
  let slot = vocabSlot(h1, h2, mask);
  for (;;) {
    const v = vals[slot]!;
    if (v === 0) return 0;
    if (keys1[slot] === h1 && keys2[slot] === h2) return v;
    slot = (slot + 1) & mask;
  }
}

function emit(s: State, rule: number, firstWord: number, lastWord: number, end: number): void {
  const m = s.m;
  if ((s.t!.ruleCtx[rule]! & s.mask) === 0 || m.count >= MAX_MATCHES) return;
  const i = m.count++;
  m.rule[i] = rule;
  m.start[i] = s.ws[firstWord & RING]!;
  m.end[i] = end;
  m.firstWord[i] = firstWord;
  m.lastWord[i] = lastWord;
}

/** The parent's previous end, when its latest one overlaps the segment starting at `begin`; -1 if too far. */
function previousEnd(s: State, parent: number, begin: number, maxGap: number): number {
  const gap = begin - s.ce2[parent]! - 1;
  return gap < 0 || gap > maxGap ? -1 : s.cs2[parent]!;
}

/**
 * Pass 2: the buffered words through the Aho–Corasick automaton, one tight loop with everything in locals. At each
 * state, first segments of longer patterns just remember where they ended; every other segment node that ends here
 * ([node, length, parent, gap]) counts only when its parent ended at most `gap` words before it.
 */
function drain(s: State): void {
  const n = s.tn;
  s.tn = 0;
  const t = s.t!;
  const tok = s.tok;
  const trace = s.trace;
  const root = t.root;
  const fail = t.fail;
  const gs = t.gs;
  const gw = t.gw;
  const gt = t.gt;
  const gmask = t.gmask;
  const recOff = t.recOff;
  const recList = t.recList;
  const chkOff = t.chkOff;
  const chkList = t.chkList;
  const flags = t.nodeFlags;
  const ce = s.ce;
  const cs = s.cs;
  const ws = s.ws;
  let st = s.st;
  let wi = s.wi;
  if (trace !== null) for (let i = 0; i < n; i += 3) trace.push(tok[i]!);
  for (let i = 0; i < n; i += 3) {
    const w = tok[i]!;
    wi++;
    if (w === 0) {
      // An unknown word counts for gaps and breaks every contiguous sequence.
      st = 0;
      continue;
    }
    ws[wi & RING] = tok[i + 1]!;
    let next = 0;
    for (;;) {
      if (st === 0) {
        next = root[w]!;
        break;
      }
      let slot = gotoSlot(st, w, gmask);
      for (;;) {
        const x = gs[slot]!;
        if (x === 0) break;
        if (x === st && gw[slot] === w) {
          next = gt[slot]!;
          break;
        }
        slot = (slot + 1) & gmask;
      }
      if (next !== 0) break;
      st = fail[st]!;
    }
    st = next;
    for (let o = recOff[st]!, e = recOff[st + 1]!; o < e; o += 2) {
      const node = recList[o]!;
      ce[node] = wi;
      cs[node] = wi - recList[o + 1]! + 1;
    }
    for (let o = chkOff[st]!, e = chkOff[st + 1]!; o < e; o += 4) {
      const parent = chkList[o + 2]!;
      let begin = wi - chkList[o + 1]! + 1;
      if (parent >= 0) {
        const end = ce[parent]!;
        if (end < begin) {
          if (begin - end - 1 > chkList[o + 3]!) continue;
          begin = cs[parent]!;
        } else {
          // The parent's latest end overlaps this segment ("sekolah kamu di mana" for "sekolah *1 kamu|di *1
          // di mana"): chain onto its previous end instead (kept for NODE_TWO parents only).
          begin = previousEnd(s, parent, begin, chkList[o + 3]!);
          if (begin < 0) continue;
        }
      }
      const node = chkList[o]!;
      const f = flags[node]!;
      if (f & NODE_RULES) {
        for (let r = t.nodeRuleOff[node]!, re = t.nodeRuleOff[node + 1]!; r < re; r++) {
          emit(s, t.nodeRules[r]!, begin, wi, tok[i + 2]!);
        }
      }
      if (f & NODE_KIDS && ce[node] !== wi) {
        if (f & NODE_TWO) {
          s.ce2[node] = ce[node]!;
          s.cs2[node] = cs[node]!;
        }
        ce[node] = wi;
        cs[node] = begin;
      }
    }
  }
  s.st = st;
  s.wi = wi;
}

/** A word that is not in the vocabulary: it counts for gaps but breaks every contiguous sequence. */
function unknown(s: State): void {
  push(s, 0, 0, 0);
}

/** Pass 1 hands a word to pass 2. */
function push(s: State, word: number, start: number, end: number): void {
  const n = s.tn;
  s.tok[n] = word;
  s.tok[n + 1] = start;
  s.tok[n + 2] = end;
  s.tn = n + 3;
  if (n + 3 === TOKENS * 3) drain(s);
}

function word(s: State, h1: number, h2: number, start: number, end: number): void {
  if (s.t === null) {
    s.rec!.push(h1, h2, TOKEN_WORD, start);
    return;
  }
  const v = lookup(s.t, h1, h2);
  if (v !== 0) known(s, v, start, end);
  else if (end - start < 5 || !stem(s, s.t, start, end)) unknown(s);
}

/** A vocabulary hit: one word id, or (v < 0) an alias that stands for several words. */
function known(s: State, v: number, start: number, end: number): void {
  if (v > 0) {
    push(s, v, start, end);
    return;
  }
  const seq = s.t!.seqs;
  for (let i = -v + 1, e = -v + 1 + seq[-v]!; i < e; i++) push(s, seq[i]!, start, end);
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

let RH1 = 0;
let RH2 = 0;

/** Hashes text[a, b) as the loop would (ASCII-folded letters, leetspeak, repeats collapsed); false if it can't. */
function rehash(text: string, a: number, b: number): boolean {
  let h1 = SEED1;
  let h2 = SEED2;
  let prev = 0;
  for (let i = a; i < b; i++) {
    const k = CLASS[text.charCodeAt(i)]!;
    let code = k;
    if (k === IGN) continue;
    if (k >= 48 && k <= 57) code = LEET[k - 48]!;
    else if (k < 97) return false;
    if (code !== 0 && code !== prev) {
      h1 = Math.imul(h1 ^ code, PRIME1);
      h2 = (Math.imul(h2, 31) + code) | 0;
      prev = code;
    }
  }
  RH1 = h1;
  RH2 = h2;
  return prev !== 0;
}

function isVowel(code: number): boolean {
  return code === 97 || code === 101 || code === 105 || code === 111 || code === 117;
}

/** Which suffix (index into SUFFIXES) the word's last letters spell, or -1: one look at two or three letters. */
function suffixAt(text: string, end: number): number {
  const c1 = CLASS[text.charCodeAt(end - 1)];
  const c2 = CLASS[text.charCodeAt(end - 2)];
  if (c1 === 97) return c2 === 121 && CLASS[text.charCodeAt(end - 3)] === 110 ? 0 : -1; // -nya
  if (c1 === 117) return c2 === 109 ? 1 : c2 === 107 ? 2 : -1; // -mu -ku
  if (c1 === 110) return c2 === 105 ? 5 : c2 === 97 && CLASS[text.charCodeAt(end - 3)] === 107 ? 3 : -1; // -in -kan
  if (c1 === 104) return c2 === 97 && CLASS[text.charCodeAt(end - 3)] === 108 ? 4 : -1; // -lah
  if (c1 === 101) return c2 === 110 ? 6 : -1; // -ne
  return -1;
}

/** Which prefix (index into PREFIXES) the word starts with, or -1. */
function prefixAt(text: string, start: number): number {
  const p1 = CLASS[text.charCodeAt(start)];
  const p2 = CLASS[text.charCodeAt(start + 1)];
  if (p1 === 116) return p2 === 97 && CLASS[text.charCodeAt(start + 2)] === 107 ? 0 : -1; // tak-
  if (p1 === 107) return p2 === 117 ? 1 : -1; // ku-
  if (p1 === 100) return p2 === 105 ? 2 : -1; // di-
  return -1;
}

/** Tries the affixes on an unknown word; pushes the base (and pronoun) and returns true when one fits. */
function stem(s: State, t: PackTables, start: number, end: number): boolean {
  const text = s.text;
  const si = suffixAt(text, end);
  if (si >= 0) {
    const [suffix, pronoun, min, vowel] = SUFFIXES[si]!;
    const baseEnd = end - suffix.length;
    if (
      baseEnd - start >= min &&
      (vowel !== 2 || isVowel(CLASS[text.charCodeAt(baseEnd - 1)]!)) &&
      rehash(text, start, baseEnd)
    ) {
      const v = lookup(t, RH1, RH2);
      if (v > 0 && t.inflect[v] === 1) {
        push(s, v, start, end);
        if (pronoun) push(s, t.pronouns[pronoun - 1]!, start, end);
        return true;
      }
    }
  }
  const pi = prefixAt(text, start);
  if (pi >= 0) {
    const [prefix, pronoun, min] = PREFIXES[pi]!;
    const baseStart = start + prefix.length;
    if (end - baseStart >= min && rehash(text, baseStart, end)) {
      const v = lookup(t, RH1, RH2);
      if (v > 0 && t.inflect[v] === 1) {
        if (pronoun) push(s, t.pronouns[pronoun - 1]!, start, end);
        push(s, v, start, end);
        return true;
      }
    }
  }
  return false;
}

function flushLetters(s: State): void {
  const n = s.ln;
  if (n === 0) return;
  s.ln = 0;
  if (n > 1 && s.t !== null && lookup(s.t, s.l1, s.l2) !== 0) {
    word(s, s.l1, s.l2, s.ls[0]!, s.le[n - 1]!);
    return;
  }
  for (let i = 0; i < n; i++) {
    const c = s.lc[i]!;
    word(s, Math.imul(SEED1 ^ c, PRIME1), (Math.imul(SEED2, 31) + c) | 0, s.ls[i]!, s.le[i]!);
  }
}

function flushNumber(s: State): void {
  if (s.ns < 0) return;
  const start = s.ns;
  s.ns = -1;
  if (s.t === null) {
    s.rec!.push(0, 0, TOKEN_NUMBER, start);
    return;
  }
  const d = s.nd;
  const p = s.nx;
  const groupsOk = s.nf >= 3 || s.n1 || s.nf === d;
  // Indonesian mobile numbers: 08[1-9]… with 10–13 digits, or 62 8… / +62 8…; any "+" number with 9–15 digits.
  const phone =
    (s.np && d >= 9 && d <= 15) ||
    (groupsOk && p >= 81 && p <= 89 && s.nl >= 2 && d >= 10 && d <= 13) ||
    (groupsOk && p === 628 && d >= 11 && d <= 14);
  const id = phone ? s.t.phoneId : s.t.numberId;
  push(s, id, start, s.ne);
}

/** Whether a token's characters are all digits (or ignorable), so it is a number rather than a word like "p4p". */
function numeric(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const k = CLASS[text.charCodeAt(i)]!;
    if (k !== IGN && (k < 48 || k > 57)) return false;
  }
  return true;
}

/** The first (up to) three digits of a number token as a number: 81 for "0812", 628 for "6281". */
function digitPrefix(text: string, start: number, end: number): { prefix: number; digits: number } {
  let prefix = 0;
  let digits = 0;
  for (let i = start; i < end; i++) {
    const k = CLASS[text.charCodeAt(i)]!;
    if (k < 48 || k > 57) continue;
    if (digits < 3) prefix = prefix * 10 + k - 48;
    digits++;
  }
  return { prefix, digits };
}

/** Separator characters between the previous token and `start`; a line break counts as a wide gap. */
function gapBefore(s: State, text: string, start: number): number {
  let gap = start - s.lastEnd;
  for (let i = s.lastEnd; i < start; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) gap += 9;
  }
  return gap;
}

/** Ends a token that is a number, a single letter, or arrives while a number run or letters are buffered. */
function endToken(
  s: State,
  text: string,
  h1: number,
  h2: number,
  wStart: number,
  wEnd: number,
  last: number,
  digits: number,
): void {
  const sep = gapBefore(s, text, wStart);
  if (digits > 0 && numeric(text, wStart, wEnd)) {
    // A number: extend the current run ("0812 3456", "0812-3456") or start a new one.
    if (s.ln > 0) flushLetters(s);
    const { prefix, digits: count } = digitPrefix(text, wStart, wEnd);
    if (s.ns >= 0 && sep <= 3) {
      s.ne = wEnd;
      s.nd += count;
      if (count > 1) s.n1 = false;
      const have = Math.min(count, 3);
      for (let j = 0; j < have && s.nl < 3; j++) {
        s.nx = s.nx * 10 + (Math.floor(prefix / 10 ** (have - 1 - j)) % 10);
        s.nl++;
      }
      return;
    }
    flushNumber(s);
    const plus = wStart > 0 && text.charCodeAt(wStart - 1) === 43;
    s.ns = plus ? wStart - 1 : wStart;
    s.ne = wEnd;
    s.np = plus;
    s.nd = s.nf = count;
    s.n1 = count === 1;
    s.nl = Math.min(count, 3);
    s.nx = prefix;
    return;
  }
  if (s.ns >= 0) flushNumber(s);
  if (h1 === Math.imul(SEED1 ^ last, PRIME1) && last < 128 && s.t !== null) {
    // A single letter: buffer it, "v c s" and "p.a.p" may spell a word.
    if (s.ln > 0 && (sep > 2 || s.ln >= 64)) flushLetters(s);
    if (s.ln === 0) {
      s.l1 = SEED1;
      s.l2 = SEED2;
      s.lp = 0;
    }
    if (last !== s.lp) {
      s.l1 = Math.imul(s.l1 ^ last, PRIME1);
      s.l2 = (Math.imul(s.l2, 31) + last) | 0;
      s.lp = last;
    }
    s.ls[s.ln] = wStart;
    s.le[s.ln] = wEnd;
    s.lc[s.ln++] = last;
    return;
  }
  if (s.ln > 0) flushLetters(s);
  word(s, h1, h2, wStart, wEnd);
}

/** Token record flags (with the token's last letter code in the low bits). */
const HAS_DIGITS = 1 << 24;
const IS_EMOJI = 1 << 25;
const LAST = (1 << 21) - 1;

/**
 * Pass 1b: token records → word ids. Plain words are looked up here; numbers, single letters ("v c s"), emoji,
 * aliases and affixes take their own paths. In record mode (the compiler) raw tokens are recorded instead.
 */
function resolve(s: State, count: number): void {
  const t = s.t;
  const R = s.recs;
  const text = s.text;
  const vk1 = t ? t.vk1 : R;
  const vk2 = t ? t.vk2 : R;
  const vv = t ? t.vv : R;
  const vmask = t ? t.vmask : 0;
  const tok = s.tok;
  const full = TOKENS * 3;
  for (let q = 0; q < count; q += 5) {
    const h1 = R[q]!;
    const h2 = R[q + 1]!;
    const start = R[q + 2]!;
    const end = R[q + 3]!;
    const meta = R[q + 4]!;
    const last = meta & LAST;
    if (t !== null && meta < HAS_DIGITS && s.ln === 0 && s.ns < 0 && h1 !== Math.imul(SEED1 ^ last, PRIME1)) {
      // The common case: a word of two or more letters, nothing buffered. Vocabulary lookup inline.
      let slot = vocabSlot(h1, h2, vmask);
      let v: number;
      for (;;) {
        const x = vv[slot]!;
        if (x === 0 || (vk1[slot] === h1 && vk2[slot] === h2)) {
          v = x;
          break;
        }
        slot = (slot + 1) & vmask;
      }
      if (v > 0 || (v === 0 && end - start < 5)) {
        const m = s.tn;
        tok[m] = v;
        tok[m + 1] = start;
        tok[m + 2] = end;
        s.tn = m + 3;
        if (m + 3 === full) drain(s);
      } else if (v < 0) known(s, v, start, end);
      else if (!stem(s, t, start, end)) push(s, 0, start, end);
    } else if (meta & IS_EMOJI) {
      if (s.ln > 0) flushLetters(s);
      if (s.ns >= 0) flushNumber(s);
      word(s, h1, h2, start, end);
    } else {
      endToken(s, text, h1, h2, start, end, last, meta & HAS_DIGITS ? 1 : 0);
    }
    s.lastEnd = end;
  }
}

/**
 * Pass 1: characters → token records [h1, h2, start, end, flags | last letter]. The loop only normalises and
 * hashes; everything else happens per batch in `resolve` and `drain`, so its few variables stay in registers.
 * With `s.t === null` the same loop is the compiler's tokenizer: pattern words and text are normalised alike.
 */
function scanCore(text: string, s: State): Matches {
  s.text = text;
  const R = s.recs;
  const full = RECORDS * 5;
  let r = 0;
  const n = text.length;
  let wStart = -1;
  let h1 = 0;
  let h2 = 0;
  let prev = 0;
  let digits = 0;
  let i = 0;
  while (i < n) {
    // The hot loop: ASCII letters and separators.
    for (; i < n; i++) {
      const k = CLASS[text.charCodeAt(i)]!;
      if (k >= 97) {
        if (wStart < 0) {
          wStart = i;
          h1 = SEED1;
          h2 = SEED2;
          prev = digits = 0;
        }
        if (k !== prev) {
          h1 = Math.imul(h1 ^ k, PRIME1);
          h2 = (Math.imul(h2, 31) + k) | 0;
          prev = k;
        }
      } else if (k === SEP) {
        if (wStart >= 0) {
          R[r] = h1;
          R[r + 1] = h2;
          R[r + 2] = wStart;
          R[r + 3] = i;
          R[r + 4] = digits === 0 ? prev : prev | HAS_DIGITS;
          r += 5;
          wStart = -1;
          if (r === full) {
            resolve(s, r);
            r = 0;
          }
        }
      } else break;
    }
    if (i >= n) break;
    // Anything else: a digit, an ignorable, a non-ASCII letter, '@', an emoji or a surrogate pair.
    const c = text.charCodeAt(i);
    let k = CLASS[c]!;
    if (k === 0) k = CLASS[c] = classify(c);
    let code = k;
    const start = i;
    i++;
    if (k >= 97) {
      // a letter outside ASCII (é, ｐ, Cyrillic а): like its ASCII letter
    } else if (k >= 48 && k <= 57) {
      if (wStart < 0) {
        wStart = start;
        h1 = SEED1;
        h2 = SEED2;
        prev = digits = 0;
      }
      digits++;
      code = LEET[k - 48]!;
      if (code === 0) continue;
    } else if (k === IGN) {
      continue;
    } else if (k === OTHER) {
      code = c;
    } else {
      let emo = 0;
      code = 0;
      if (k === AT) {
        if (wStart >= 0) code = 97;
      } else if (k === EMOJI) {
        emo = c;
      } else if (k === SURR) {
        const lo = i < n ? text.charCodeAt(i) : 0;
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          const cp = ((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
          i++;
          if (cp >= 0x1f3fb && cp <= 0x1f3ff) continue;
          code = mathAlnum(cp);
          if (code === 0 && isEmoji(cp)) emo = cp;
        }
      }
      if (code === 0) {
        // A separator, or an emoji, which is a token of its own.
        if (wStart >= 0) {
          R[r] = h1;
          R[r + 1] = h2;
          R[r + 2] = wStart;
          R[r + 3] = start;
          R[r + 4] = digits === 0 ? prev : prev | HAS_DIGITS;
          r += 5;
          wStart = -1;
        }
        if (emo !== 0) {
          R[r] = Math.imul(SEED1 ^ emo, PRIME1);
          R[r + 1] = (Math.imul(SEED2, 31) + emo) | 0;
          R[r + 2] = start;
          R[r + 3] = i;
          R[r + 4] = IS_EMOJI;
          r += 5;
        }
        if (r >= full - 10) {
          resolve(s, r);
          r = 0;
        }
        continue;
      }
    }
    if (wStart < 0) {
      wStart = start;
      h1 = SEED1;
      h2 = SEED2;
      prev = digits = 0;
    }
    if (code !== prev) {
      h1 = Math.imul(h1 ^ code, PRIME1);
      h2 = (Math.imul(h2, 31) + code) | 0;
      prev = code;
    }
  }
  if (wStart >= 0) {
    R[r] = h1;
    R[r + 1] = h2;
    R[r + 2] = wStart;
    R[r + 3] = n;
    R[r + 4] = digits === 0 ? prev : prev | HAS_DIGITS;
    r += 5;
  }
  resolve(s, r);
  flushLetters(s);
  flushNumber(s);
  if (s.t) drain(s);
  return s.m;
}
