/**
 * Near-duplicate detection across corpus splits (issue #12): an item in `train` or `dev` that is nearly the same
 * text as one in a later split would leak it. Texts are folded (case, diacritics, zero-width, punctuation,
 * repeated letters) and compared by the Jaccard similarity of their word-bigram and character-5-gram shingles.
 */

/** What an item says, whatever its shape: a line, a conversation's messages, or a page's title, headings and text. */
export interface ItemBody {
  text?: string;
  messages?: readonly (readonly [string, string])[];
  page?: { title: string; headings: readonly string[]; text: string };
}

/** The text of an item that near-duplicates are judged on. */
export const bodyOf = (i: ItemBody): string =>
  i.text ?? i.messages?.map((m) => m[1]).join('\n') ?? [i.page!.title, ...i.page!.headings, i.page!.text].join('\n');

/** Two items whose shingle sets overlap at least this much are near-duplicates. */
export const NEAR_DUPLICATE_JACCARD = 0.8;
/** A shingle shared by more items than this says nothing about duplication (it is a common phrase). */
const COMMON_SHINGLE = 300;

export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u200b-\u200f\u2060\ufeff]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/(\p{L})\1{2,}/gu, '$1')
    .trim();
}

export function shingles(text: string): Set<string> {
  const folded = foldText(text);
  const out = new Set<string>();
  const words = folded.split(' ').filter(Boolean);
  for (let i = 0; i + 1 < words.length; i++) out.add(`w:${words[i]} ${words[i + 1]}`);
  if (words.length === 1) out.add(`w:${words[0]}`);
  const compact = folded.replace(/ /g, '');
  for (let i = 0; i + 5 <= compact.length; i++) out.add(`c:${compact.slice(i, i + 5)}`);
  if (compact.length < 5 && compact) out.add(`c:${compact}`);
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const s of small) if (large.has(s)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/**
 * Pairs (i, j) with i in `later` and j in `earlier` whose texts are near-duplicates; `later` items are the ones kept.
 * @example nearDuplicates(['jangan bilang ortu ya'], ['jangan bilang ortu yaa!!']) // [[0, 0]]
 */
export function nearDuplicates(later: readonly string[], earlier: readonly string[]): [number, number][] {
  const keep = later.map(shingles);
  const index = new Map<string, number[]>();
  keep.forEach((set, i) => {
    for (const s of set) {
      const list = index.get(s);
      if (!list) index.set(s, [i]);
      else if (list.length <= COMMON_SHINGLE) list.push(i);
    }
  });
  const pairs: [number, number][] = [];
  earlier.forEach((text, j) => {
    const set = shingles(text);
    const overlap = new Map<number, number>();
    for (const s of set) {
      const list = index.get(s);
      if (!list || list.length > COMMON_SHINGLE) continue;
      for (const i of list) overlap.set(i, (overlap.get(i) ?? 0) + 1);
    }
    for (const [i, n] of overlap) {
      // Cheap bound first: Jaccard can't reach the bar unless enough shingles are shared.
      if (n < NEAR_DUPLICATE_JACCARD * Math.min(set.size, keep[i]!.size)) continue;
      if (jaccard(set, keep[i]!) >= NEAR_DUPLICATE_JACCARD) pairs.push([i, j]);
    }
  });
  return pairs;
}
