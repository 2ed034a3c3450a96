import { describe, expect, test } from 'vitest';
import { durationParts } from './duration';
import { DAY_MS, localDay } from './time';
import { summarizeWeeks, trend } from './week';

const now = new Date(2026, 10, 29, 15, 0).getTime();
const ev = (daysAgo: number, host: string, categories: string[], choice?: string) =>
  ({ time: now - daysAgo * DAY_MS, host, categories, choice }) as Parameters<typeof summarizeWeeks>[0][number];

describe('summarizeWeeks', () => {
  test('this week against last week, per category, site and choice', () => {
    const s = summarizeWeeks(
      [
        ev(0.1, 'chat.example', ['secrecy'], 'back'),
        ev(1, 'chat.example', ['secrecy', 'gifts'], 'help'),
        ev(2, 'game.example', ['gifts']),
        ev(8, 'chat.example', ['secrecy']),
        ev(20, 'old.example', ['sextortion']),
      ],
      [],
      now,
    );
    expect(s.totals).toEqual({ thisWeek: 3, lastWeek: 1 });
    expect(s.categories).toEqual([
      { category: 'secrecy', thisWeek: 2, lastWeek: 1 },
      { category: 'gifts', thisWeek: 2, lastWeek: 0 },
    ]);
    expect(s.sites).toEqual([
      { host: 'chat.example', count: 2, categories: ['secrecy', 'gifts'] },
      { host: 'game.example', count: 1, categories: ['gifts'] },
    ]);
    expect(s.choices).toEqual({ back: 1, continue: 0, dismiss: 0, help: 1, none: 1 });
  });

  test('lab mode daily counts add to categories and totals, without sites', () => {
    const s = summarizeWeeks(
      [],
      [
        { day: localDay(now), category: 'vpn_bypass', count: 3 },
        { day: localDay(now - 9 * DAY_MS), category: 'vpn_bypass', count: 2 },
        { day: localDay(now - 30 * DAY_MS), category: 'gifts', count: 5 },
      ],
      now,
    );
    expect(s.totals).toEqual({ thisWeek: 3, lastWeek: 2 });
    expect(s.categories).toEqual([{ category: 'vpn_bypass', thisWeek: 3, lastWeek: 2 }]);
    expect(s.sites).toEqual([]);
  });

  test('nothing gives empty lists', () => {
    expect(summarizeWeeks([], [], now)).toMatchObject({
      totals: { thisWeek: 0, lastWeek: 0 },
      categories: [],
      sites: [],
    });
  });

  test.each([
    [3, 1, 'up'],
    [1, 3, 'down'],
    [2, 2, 'same'],
  ] as const)('trend(%i, %i) is %s', (a, b, t) => expect(trend(a, b)).toBe(t));
});

describe('durationParts', () => {
  test.each([
    [30_000, { days: 0, hours: 0, minutes: 1 }],
    [61 * 60_000, { days: 0, hours: 1, minutes: 1 }],
    [26 * 3_600_000 + 5 * 60_000, { days: 1, hours: 2, minutes: 5 }],
  ])('%i ms', (ms, parts) => expect(durationParts(ms)).toEqual(parts));
});
