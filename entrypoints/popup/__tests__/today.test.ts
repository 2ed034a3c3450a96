import { expect, test } from 'vitest';
import { CATEGORIES } from '@/lib/detection/types';
import { localDay, todaysTip } from '../today';

test('today’s tip visits every topic in turn and every tip of a topic over the weeks', () => {
  const start = new Date(2026, 0, 1, 12);
  const seen = new Set<string>();
  for (let d = 0; d < CATEGORIES.length * 5; d++) {
    const day = new Date(start.getTime() + d * 24 * 60 * 60 * 1000);
    const { category, seed } = todaysTip(day);
    seen.add(`${category}:${seed % 5}`);
  }
  expect(seen.size).toBe(CATEGORIES.length * 5);
});

test('the day changes at local midnight', () => {
  expect(localDay(new Date(2026, 4, 2, 0, 1))).toBe(localDay(new Date(2026, 4, 2, 23, 59)));
  expect(localDay(new Date(2026, 4, 3, 0, 1))).toBe(localDay(new Date(2026, 4, 2, 23, 59)) + 1);
});
