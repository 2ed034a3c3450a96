import type { Category } from '../../lib/detection/types';
import type { ChildLang } from '../index';
import { en } from './en';
import { id } from './id';
import { jv } from './jv';
import type { Tip, TipAgeBand, TipLibrary } from './types';

export * from './types';

/**
 * The tips library for the popup's "learn with tips" (DESIGN.md §2.3): five tips per category and age band, in
 * Indonesian, Javanese and English. The card's own words are told by what happened (`locales/stories/`); these are
 * for learning. `tests/meta/tips.test.ts` and `child-words.test.ts` keep every language complete and the advice right.
 */
export const tips: Record<ChildLang, TipLibrary> = { id, en, jv };

/** Every tip for a category and age band, in the language asked for. */
export function tipsFor(lang: ChildLang, category: Category, band: TipAgeBand): Tip[] {
  return tips[lang][category][band];
}

/**
 * One tip, chosen by a number (the day): the same seed always gives the same tip, and the days rotate through all
 * five. For the popup's "today's tip" only: a card about something that happened is told by its story.
 */
export function pickTip(lang: ChildLang, category: Category, band: TipAgeBand, seed: number): Tip {
  const list = tipsFor(lang, category, band);
  const index = ((Math.floor(seed) % list.length) + list.length) % list.length;
  return list[index]!;
}
