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

/** Two letters (or any two codes) as an index into a 1,024-entry table: the low five bits of each. */
const pairIndex = (first: number, second: number) => ((first & 31) << 5) | (second & 31);

// Which affix may fit, by table: at the `pairIndex` of a suffix's last two letters, its number (index + 1) and,
// above it (<< 3), the low five bits of the letter before them (0 for a two-letter suffix); at that of a prefix's
// first two letters, its number.
const SUFFIX_AT = new Uint8Array(1024);
const PREFIX_AT = new Uint8Array(1024);
SUFFIXES.forEach(([letters], i) => {
  const end = letters.length;
  const third = end > 2 ? letters.charCodeAt(0) & 31 : 0;
  SUFFIX_AT[pairIndex(letters.charCodeAt(end - 2), letters.charCodeAt(end - 1))] = (i + 1) | (third << 3);
});
PREFIXES.forEach(([letters], i) => (PREFIX_AT[pairIndex(letters.charCodeAt(0), letters.charCodeAt(1))] = i + 1));

/**
 * The number (index + 1) of the suffix a word's tail (its last three letters, the last one lowest) ends with, or 0.
 * Exact for ASCII letters; a letter beyond ASCII may share a slot, so the word reader checks the letters again.
 * @example SUFFIXES[suffixOf(0x6d75) - 1][0] // 'mu'
 */
export function suffixOf(tail: number): number {
  const entry = SUFFIX_AT[pairIndex(tail >> 8, tail)]!;
  const third = entry >> 3;
  return third === 0 || third === ((tail >> 16) & 31) ? entry & 7 : 0;
}

/**
 * The number (index + 1) of the prefix a word's first two letters (their classes) begin, or 0.
 * @example PREFIXES[prefixOf(100, 105) - 1][0] // 'di'
 */
export function prefixOf(first: number, second: number): number {
  return PREFIX_AT[pairIndex(first, second)]!;
}

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
