/**
 * Turns chat text into comparable tokens while remembering where each token came from in the original text,
 * so findings can point at the child's real words.
 */
export interface Tokens {
  words: string[];
  /** UTF-16 offset of each word's first character in the original text. */
  starts: number[];
  /** UTF-16 offset just past each word's last character in the original text. */
  ends: number[];
}

// Common Indonesian chat abbreviations, expanded to one canonical word (DESIGN.md §4).
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  jgn: 'jangan',
  jngn: 'jangan',
  ortu: 'ortu',
  org: 'orang',
  gk: 'gak',
  ga: 'gak',
  gak: 'gak',
  nggak: 'gak',
  ngga: 'gak',
  enggak: 'gak',
  tdk: 'gak',
  tidak: 'gak',
  yg: 'yang',
  dmn: 'dimana',
  brp: 'berapa',
  umr: 'umur',
  sm: 'sama',
  bgt: 'banget',
  km: 'kamu',
  kmu: 'kamu',
  aq: 'aku',
  ak: 'aku',
  kk: 'kak',
  blg: 'bilang',
  bilangin: 'bilang',
  kasitau: 'bilang',
  dont: 'dont',
};

const LEET: Readonly<Record<string, string>> = { '4': 'a', '3': 'e', '1': 'i', '0': 'o', '5': 's', '7': 't', '@': 'a' };

function isWordChar(ch: string): boolean {
  return /[\p{L}\p{N}@]/u.test(ch);
}

function canonical(raw: string): string {
  // Strip diacritics, lower-case, undo leetspeak inside words that contain letters, collapse repeats (pappp -> pap).
  let w = raw.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if (/\p{L}/u.test(w)) w = w.replace(/[4310@57]/g, (c) => LEET[c] ?? c);
  w = w.replace(/(.)\1{2,}/g, '$1');
  return ABBREVIATIONS[w] ?? w;
}

/**
 * Splits text into canonical words. Zero-width characters are ignored; apostrophes inside words are dropped so
 * "don't" and "dont" compare equal.
 * @example tokenize('Jgn bilang ortu!').words // ['jangan', 'bilang', 'ortu']
 */
export function tokenize(text: string): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let current = '';
  let start = -1;
  let end = -1;
  const flush = () => {
    if (current) {
      words.push(canonical(current));
      starts.push(start);
      ends.push(end);
    }
    current = '';
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\u200b' || ch === '\u200c' || ch === '\u200d' || ch === '\u2060' || ch === '\ufeff') continue;
    if ((ch === "'" || ch === '\u2019') && current) continue;
    if (isWordChar(ch)) {
      if (start < 0) start = i;
      current += ch;
      end = i + 1;
    } else {
      flush();
    }
  }
  flush();
  return { words, starts, ends };
}
