/**
 * Training-time spelling variation (issue #12): a new writer spells differently — "jgn" or "jangan" or "ojo",
 * "sekarang" or "skrg", a typo, a word left out. Each training example can be learnt again in a few respellings, so
 * the character n-grams of one writer's spelling weigh less and the meaning more. Deterministic: the variants of a
 * text depend only on the text and the copy's number (no Math.random). Never used when scoring.
 */
import { LEXICON } from '../lexicon';

/** Every single-word form of a lexicon entry, by any of its forms: "jgn" → [jangan, jgn, jngn, ojo, dont, …]. */
const FORMS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const entry of LEXICON) {
    const forms = [entry.to, ...entry.from].filter((f) => /^[a-z]+$/.test(f));
    for (const f of forms) if (!map.has(f)) map.set(f, forms);
  }
  return map;
})();

/** A small seeded generator (mulberry32): the same numbers on every machine, no Math.random. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The generator of one copy of a text: seeded by the text's FNV-1a hash and the copy's number. */
function generator(text: string, copy: number): () => number {
  let a = 0x811c9dc5 ^ copy;
  for (let i = 0; i < text.length; i++) a = Math.imul(a ^ text.charCodeAt(i), 0x01000193);
  return mulberry32(a);
}

const VOWELS = /[aeiou]/g;

/** Chances per word of each change. */
export interface Variation {
  /** Another form of the same lexicon word (jangan → jgn, kamu → lu). */
  lexicon: number;
  /** Inner vowels dropped, as children shorten words (sekarang → skrng). */
  vowels: number;
  /** A letter dropped, doubled or swapped with the next. */
  typo: number;
  /** The word left out. */
  drop: number;
}

export const VARIATION: Variation = { lexicon: 0.5, vowels: 0.1, typo: 0.05, drop: 0.07 };

/**
 * A respelling of a text: its words changed by chance, the rest (spaces, punctuation, emoji, line breaks) kept.
 * @example respell('jangan bilang mama ya', 1) // e.g. 'jgn blg mama ya'
 */
export function respell(text: string, copy: number, variation: Variation = VARIATION): string {
  const next = generator(text, copy);
  return text.replace(/[A-Za-z]+/g, (word) => {
    const lower = word.toLowerCase();
    const forms = FORMS.get(lower);
    if (forms && next() < variation.lexicon) return forms[Math.floor(next() * forms.length)]!;
    if (next() < variation.drop) return '';
    let w = lower;
    if (w.length >= 5 && next() < variation.vowels) w = w[0]! + w.slice(1, -1).replace(VOWELS, '') + w.slice(-1);
    if (w.length >= 4 && next() < variation.typo) {
      const at = 1 + Math.floor(next() * (w.length - 2));
      const kind = next();
      if (kind < 1 / 3) w = w.slice(0, at) + w.slice(at + 1);
      else if (kind < 2 / 3) w = w.slice(0, at) + w[at] + w.slice(at);
      else w = w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
    }
    return w === lower ? word : w;
  });
}
