import type { Category } from '../../lib/detection/types';
import { en } from './en';
import { id } from './id';
import { jv } from './jv';
import { CHAT_CATEGORIES, type ChatCategory, type Tip, type TipAgeBand, type TipLang } from './types';

export * from './types';

/**
 * The tips library (DESIGN.md §2.3): per category and age band, in Indonesian and English, plus Javanese for the chat
 * categories. `tests/meta/locales.test.ts` checks that every language has the same keys and that nothing is empty.
 */
export const tips = { id, en, jv };

export function hasJavanese(category: Category): category is ChatCategory {
  return (CHAT_CATEGORIES as readonly Category[]).includes(category);
}

/** The tip languages offered for a category: Javanese only where tips exist in it. */
export function tipLanguagesFor(category: Category): TipLang[] {
  return hasJavanese(category) ? ['id', 'en', 'jv'] : ['id', 'en'];
}

/** Every tip for a category and age band, in the language asked for (Javanese falls back to Indonesian). */
export function tipsFor(lang: TipLang, category: Category, band: TipAgeBand): Tip[] {
  if (lang === 'jv') return hasJavanese(category) ? tips.jv[category][band] : tips.id[category][band];
  return tips[lang][category][band];
}

/**
 * One tip, chosen by a number (the event id, the day): the same seed always gives the same tip, so a child who opens
 * the same prompt twice reads the same words, and different prompts rotate through all five.
 */
export function pickTip(lang: TipLang, category: Category, band: TipAgeBand, seed: number): Tip {
  const list = tipsFor(lang, category, band);
  const index = ((Math.floor(seed) % list.length) + list.length) % list.length;
  return list[index]!;
}
