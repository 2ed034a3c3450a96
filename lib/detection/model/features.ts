/**
 * The learned layer's view of a text (issue #12): the same folding the rules use (case, diacritics, zero-width,
 * leetspeak, repeated letters, spaced letters, the lexicon's abbreviations), then hashed features:
 *
 *   text ─▶ fold ─▶ words ─▶ lexicon (jgn → jangan, ortu ← mama) ─▶ word unigrams + bigrams      ┐
 *                        └─▶ " word word " ─▶ character 3-, 4- and 5-grams (typos, new slang)    ├─▶ hashed buckets
 *   kind (chat, page, search) ─▶ one bias feature                                                 ┘   (L2-normalised)
 *
 * Pure and bounded: at most MAX_CHARS characters are read, so any input costs at most a few thousand hashes.
 */
import { LEXICON } from '../lexicon';

/** Characters of an input the model reads: a page sample is cut to this; chat lines are far shorter. */
export const MAX_CHARS = 4000;

/** The lexicon as one lookup: a written form → what it means (one or more words). */
const ALIASES: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const entry of LEXICON) for (const form of entry.from) if (!map.has(form)) map.set(form, entry.to);
  return map;
})();

/** Leetspeak inside words: only where the digit or sign sits next to a letter ("p4p", "s3x"), never in "0812". */
const LEET: Readonly<Record<string, string>> = { '4': 'a', '3': 'e', '1': 'i', '0': 'o', '5': 's', '7': 't', '@': 'a' };

/**
 * Folds a text the way children's spellings vary: lower case, no diacritics or zero-width characters, leetspeak
 * inside words, letters repeated three or more times once ("pappp" → "pap"), anything else than letters and digits
 * a space.
 * @example foldForModel('P4P dongggg!!') // 'pap dong'
 */
export function foldForModel(text: string): string {
  const s = text
    .slice(0, MAX_CHARS)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u200b-\u200f\u2060\ufeff]/g, '')
    .toLowerCase()
    .replace(/(?<=\p{L})[431057@]+(?=\p{L})/gu, (m) => [...m].map((c) => LEET[c] ?? c).join(''))
    .replace(/(\p{L})\1{2,}/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return s;
}

/**
 * The words of a folded text with the lexicon applied and spaced letters joined ("v c s" → "vcs"); digits are
 * reduced to their shape (a phone number is "#num10", whatever its digits).
 */
export function modelWords(folded: string): string[] {
  const raw = folded ? folded.split(' ') : [];
  const joined: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    let j = i;
    while (j < raw.length && raw[j]!.length === 1 && /\p{L}/u.test(raw[j]!)) j++;
    if (j - i >= 2) {
      joined.push(raw.slice(i, j).join(''));
      i = j - 1;
    } else joined.push(raw[i]!);
  }
  const words: string[] = [];
  for (const w of joined) {
    if (/^\d+$/.test(w)) {
      words.push(`#num${Math.min(w.length, 12)}`);
      continue;
    }
    const alias = ALIASES.get(w);
    if (alias) for (const a of alias.split(' ')) words.push(a);
    else words.push(w);
  }
  return words;
}

/** FNV-1a over a string, continuing from `h`. */
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

const SEED_WORD = 0x811c9dc5;
const SEED_BIGRAM = 0x2b9f3c71;
const SEED_CHAR = 0x5bd1e995;
const SEED_KIND = 0x1b873593;

/**
 * Model kinds: what the guard hands the model — incoming chat, pages, searches. The child's own typing never leaves
 * the page and interface text (`ui`) is the site's: the rules judge those alone.
 */
export const MODEL_KINDS = ['chat', 'page', 'search'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

/** Sparse features: bucket indices (sorted, unique) and their weights (L2 norm 1). */
export interface Features {
  index: Int32Array;
  value: Float32Array;
}

/**
 * Hashed features of a text: word unigrams and bigrams (after the lexicon), character 3–5-grams of each folded
 * word on its own (with a space on either side, so "pap" and "pap-" differ from "papa"), and one feature for the kind. Each
 * feature counts log(1 + n), and the vector is scaled to length 1 so a long page and a short line weigh alike.
 * @example hashFeatures('jgn bilang mama ya', 'chat', 17).index.length > 0 // true
 */
export function hashFeatures(text: string, kind: ModelKind, bucketsLog2: number): Features {
  const mask = (1 << bucketsLog2) - 1;
  // One counting table per table size, reused: a Map per call cost more than the rest together.
  if (counts.length !== mask + 1) counts = new Uint16Array(mask + 1);
  const table = counts;
  let n = 0;
  const add = (h: number) => {
    const b = (h >>> 0) & mask;
    if (table[b] === 0) touched[n++] = b;
    if (table[b]! < 0xffff) table[b]!++;
  };
  const folded = foldForModel(text);
  const words = modelWords(folded);
  for (let i = 0; i < words.length; i++) {
    add(fnv(SEED_WORD, words[i]!));
    if (i + 1 < words.length) add(fnv(fnv(SEED_BIGRAM, words[i]!), ` ${words[i + 1]!}`));
  }
  // Character n-grams within each word, never across two: which word follows which is the bigrams' business, and
  // grams spanning a writer's habitual word pairs generalised worse to unseen writers (`npm run cv`).
  for (const word of folded.split(' ')) {
    if (!word) continue;
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) {
      let h = SEED_CHAR;
      for (let k = 0; k < 5 && i + k < padded.length; k++) {
        h = Math.imul(h ^ padded.charCodeAt(i + k), 0x01000193);
        if (k >= 2) add(h ^ k);
      }
    }
  }
  add(fnv(SEED_KIND, kind));
  const index = touched.slice(0, n).sort();
  const value = new Float32Array(n);
  let norm = 0;
  for (let i = 0; i < n; i++) {
    const v = Math.log1p(table[index[i]!]!);
    table[index[i]!] = 0;
    value[i] = v;
    norm += v * v;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < n; i++) value[i] = value[i]! * scale;
  return { index, value };
}

let counts = new Uint16Array(0);
/** Buckets touched by one call (distinct ones; far fewer than this bound on any text). */
const touched = new Int32Array(10 * (MAX_CHARS + 2));
