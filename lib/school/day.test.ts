import { describe, expect, test } from 'vitest';
import { isDay, localDay, nextDay } from './day';

describe('calendar days', () => {
  test('localDay keeps only the local date', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDay(new Date(2026, 11, 31, 0, 0).getTime())).toBe('2026-12-31');
  });

  test.each([
    ['2026-02-28', '2026-03-01'],
    ['2028-02-28', '2028-02-29'],
    ['2026-12-31', '2027-01-01'],
  ])('the day after %s is %s', (day, next) => {
    expect(nextDay(day)).toBe(next);
  });

  test.each([
    ['2026-03-02', true],
    ['2026-02-30', false],
    ['2026-3-2', false],
    ['yesterday', false],
  ])('isDay(%s) is %s', (value, expected) => {
    expect(isDay(value)).toBe(expected);
  });

  test('nextDay refuses what is not a day', () => {
    expect(() => nextDay('soon')).toThrow(RangeError);
  });
});
