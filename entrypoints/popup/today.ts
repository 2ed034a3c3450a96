import { CATEGORIES, type Category } from '@/lib/detection/types';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days since 1970-01-01 in local time: the tip changes at the child's midnight, not at UTC midnight. */
export function localDay(now: Date): number {
  return Math.floor((now.getTime() - now.getTimezoneOffset() * 60_000) / DAY_MS);
}

/**
 * Today's topic and which of its tips: every topic in turn, one a day, and a different tip each time the topic comes
 * round again, so a child sees every tip in the library over the weeks.
 */
export function todaysTip(now: Date): { category: Category; seed: number } {
  const day = localDay(now);
  return { category: CATEGORIES[day % CATEGORIES.length]!, seed: Math.floor(day / CATEGORIES.length) };
}
