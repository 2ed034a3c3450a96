import { describe, expect, test } from 'vitest';
import { CATEGORIES, type Category } from '../detection/types';
import { schoolReportCsv, schoolReportTable, type DailyCount } from './report';

const categories = Object.fromEntries(CATEGORIES.map((c) => [c, c.replace('_', ' ')])) as Record<Category, string>;
const labels = { date: 'Date', total: 'Total', categories };

const rows: DailyCount[] = [
  { day: '2026-03-04', category: 'gifts', count: 1 },
  { day: '2026-03-02', category: 'secrecy', count: 2 },
  { day: '2026-03-02', category: 'gifts', count: 3 },
];

describe('schoolReportTable', () => {
  test('one row per day, oldest first, quiet days in between filled with zeros', () => {
    const table = schoolReportTable(rows);
    expect(table.days).toEqual(['2026-03-02', '2026-03-03', '2026-03-04']);
    expect(table.totals).toEqual([5, 0, 1]);
    expect(table.counts[0]![CATEGORIES.indexOf('secrecy')]).toBe(2);
    expect(table.counts[0]![CATEGORIES.indexOf('gifts')]).toBe(3);
  });

  test('bad rows are skipped, not thrown', () => {
    const bad = [
      { day: 'yesterday', category: 'gifts', count: 1 },
      { day: '2026-03-02', category: 'nope', count: 1 },
      { day: '2026-03-02', category: 'gifts', count: -4 },
      { day: '2026-03-02', category: 'gifts', count: 1.5 },
    ] as unknown as DailyCount[];
    expect(schoolReportTable(bad)).toEqual({ days: [], counts: [], totals: [] });
  });

  test('a span longer than a year (a clock that jumped) lists only the days with counts', () => {
    const far = [
      { day: '2020-01-01', category: 'gifts', count: 1 },
      { day: '2026-01-01', category: 'gifts', count: 1 },
    ] satisfies DailyCount[];
    expect(schoolReportTable(far).days).toEqual(['2020-01-01', '2026-01-01']);
  });
});

describe('schoolReportCsv', () => {
  test('a header with every category and a total, then one line per day, CRLF', () => {
    const csv = schoolReportCsv(rows, labels);
    const lines = csv.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(['Date', ...CATEGORIES.map((c) => categories[c]), 'Total'].join(','));
    expect(lines[1]!.split(',')).toHaveLength(CATEGORIES.length + 2);
    expect(lines[1]!.startsWith('2026-03-02,2,')).toBe(true);
    expect(lines[2]).toBe(['2026-03-03', ...CATEGORIES.map(() => '0'), '0'].join(','));
    expect(lines.slice(1, -1).map((l) => l.split(',').at(-1))).toEqual(['5', '0', '1']);
  });

  test('holds no names, hosts or times, whatever the rows carry', () => {
    const sneaky = [
      { ...rows[0]!, host: 'chat.example', time: 1_700_000_000_000, name: 'Rani' },
    ] as unknown as DailyCount[];
    const csv = schoolReportCsv(sneaky, labels);
    expect(csv).not.toMatch(/chat\.example|1700000000000|Rani/);
  });

  test('semicolons for Excel on Indonesian Windows; labels are quoted when they need it', () => {
    const tricky = { ...labels, date: 'Tanggal; hari', total: '=SUM("x")' };
    const [header] = schoolReportCsv(rows, tricky, ';').split('\r\n');
    expect(header!.startsWith('"Tanggal; hari";')).toBe(true);
    // A label that looks like a formula is defused and quoted.
    expect(header!.endsWith(`;"'=SUM(""x"")"`)).toBe(true);
  });

  test('no counts yet: just the header', () => {
    expect(schoolReportCsv([], labels).split('\r\n')).toHaveLength(2);
  });
});
