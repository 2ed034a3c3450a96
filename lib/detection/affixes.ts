/**
 * Indonesian and Javanese affixes, the one table: the compiler reads pattern words with it ("fotomu" written in a
 * rule is foto kamu), the matcher reads unknown words with it at run time ("fotomu" → foto kamu, "kusebar" → aku
 * sebar, "dihapus" → hapus), and the lexer's filter keeps every word that may carry one.
 */

/** The words affixes stand for, in the order of `DetectionPack.tables.pronouns`. */
export const PRONOUNS = ['kamu', 'aku', 'nya'] as const;
/** The pronoun an affix adds: its index in `PRONOUNS` plus one, or 0 for none. */
const KAMU = 1;
const AKU = 2;
const NYA = 3;

/**
 * [letters, pronoun added (KAMU, AKU, NYA or 0), shortest base in characters, whether the base must end in a vowel
 * (Javanese "fotone" → foto; "sekolahne" is not read)].
 */
export type Affix = readonly [letters: string, pronoun: number, minBase: number, afterVowel?: boolean];

/** No two suffixes share their last two letters, and no two prefixes their first two: at most one of each fits. */
export const SUFFIXES: readonly Affix[] = [
  ['nya', NYA, 3],
  ['mu', KAMU, 3],
  ['ku', AKU, 3],
  ['kan', 0, 4],
  ['lah', 0, 4],
  ['in', 0, 4],
  ['ne', 0, 3, true],
];
export const PREFIXES: readonly Affix[] = [
  ['tak', AKU, 3],
  ['ku', AKU, 3],
  ['di', 0, 3],
];

/** Only words this long (in characters, affix included) are read for affixes. */
export const MIN_AFFIXED = 5;

/** Three letters (or any three codes) as an index into a 32,768-entry table: the low five bits of each. */
export function tripleIndex(tail: number): number {
  return ((tail >> 6) & 0x7c00) | ((tail >> 3) & 0x3e0) | (tail & 31);
}

/** Two letters (or any two codes) as an index into a 1,024-entry table: the low five bits of each. */
export function pairIndex(first: number, second: number): number {
  return ((first & 31) << 5) | (second & 31);
}

/**
 * Which affix may fit, by table: at the `tripleIndex` of a word's tail, the number (index + 1) of the suffix its last
 * letters spell (`SUFFIX_AT`); at the `pairIndex` of its first two letters, the number of the prefix (`PREFIX_AT`).
 * The lexer keeps a word with either, the word reader tries just that one. Letters beyond ASCII share slots with
 * others now and then; the word reader checks the letters exactly.
 */
export const SUFFIX_AT = new Uint8Array(32768);
export const PREFIX_AT = new Uint8Array(1024);
SUFFIXES.forEach(([letters], i) => {
  const code = (back: number) => letters.charCodeAt(letters.length - 1 - back) & 31;
  // A two-letter suffix fits after any letter.
  const thirds = letters.length === 3 ? [code(2)] : Array.from({ length: 32 }, (_, third) => third);
  for (const third of thirds) SUFFIX_AT[(third << 10) | (code(1) << 5) | code(0)] = i + 1;
});
PREFIXES.forEach(([letters], i) => (PREFIX_AT[pairIndex(letters.charCodeAt(0), letters.charCodeAt(1))] = i + 1));

const VOWELS = 'aeiou';

/**
 * The affix readings of a plain lower-case word, for the compiler: [base, pronoun, prefix?] for the suffix that fits,
 * then for the prefix that fits. The matcher reads the same affixes over char classes (`words.ts`).
 * @example affixReadings('fotomu') // [['foto', 1, false]]
 */
export function affixReadings(word: string): [base: string, pronoun: number, isPrefix: boolean][] {
  const out: [string, number, boolean][] = [];
  for (const [letters, pronoun, minBase, afterVowel] of SUFFIXES) {
    const base = word.slice(0, -letters.length);
    if (!word.endsWith(letters) || base.length < minBase) continue;
    if (afterVowel && !VOWELS.includes(base[base.length - 1]!)) continue;
    out.push([base, pronoun, false]);
  }
  for (const [letters, pronoun, minBase] of PREFIXES) {
    const base = word.slice(letters.length);
    if (word.startsWith(letters) && base.length >= minBase) out.push([base, pronoun, true]);
  }
  return out;
}
