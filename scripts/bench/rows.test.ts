import { expect, test } from 'vitest';
import { formatTable } from './rows';

test('one table: numbers, written-out figures and budgets line up; a missed bar says so', () => {
  const table = formatTable([
    { group: 'engine', metric: 'scan 1 MB', value: 78.66, unit: 'MB/s' },
    { group: 'content script', metric: 'guard.js (minified)', value: 29103, unit: 'B', budget: '≤ 30 KB', ok: true },
    { group: 'chat burst', metric: 'long tasks, without / with', value: '0 / 2', unit: 'tasks' },
    { group: 'page load', metric: 'median overhead', value: 14.2, unit: '%', budget: '≤ 5 %', ok: false },
  ]).split('\n');
  expect(table).toHaveLength(6);
  expect(table[2]).toMatch(/^engine +scan 1 MB +78\.7 +MB\/s/);
  expect(table[3]).toMatch(/29103 +B +≤ 30 KB +ok/);
  expect(table[4]).toMatch(/0 \/ 2 +tasks/);
  expect(table[5]).toMatch(/14\.2 +% +≤ 5 % +MISSED/);
  // The value column is right-aligned: every row is as wide up to the end of the value.
  const ends = table.slice(2).map((line) => line.search(/ {2}(MB\/s|B|tasks|%) /));
  expect(new Set(ends).size).toBe(1);
});
