import { CATEGORIES, type Category } from '../detection/types';
import { isDay, nextDay } from './day';

/** One row of `db().dailyCounts`: how often a category came up on one day. No host, no time, no names. */
export interface DailyCount {
  day: string;
  category: Category;
  count: number;
}

export interface SchoolReportLabels {
  date: string;
  total: string;
  categories: Record<Category, string>;
}

/** `,` is what RFC 4180 and English Excel expect; Excel on Indonesian Windows splits on `;` (its list separator). */
export type CsvDelimiter = ',' | ';';

export interface SchoolReportTable {
  /** Every day from the first to the last day with counts, oldest first; days in between count zero. */
  days: string[];
  /** `counts[i][j]`: day `days[i]`, category `CATEGORIES[j]`. */
  counts: number[][];
  totals: number[];
}

// A year and a bit: retention is at most 365 days, so a longer span means a clock jumped; then only days with counts.
const MAX_FILLED_DAYS = 400;

/**
 * Sums per-day category counts into a table, one row per day (gaps filled with zeros so a chart shows quiet days).
 * Invalid rows (bad day, unknown category, negative count) are skipped.
 */
export function schoolReportTable(rows: readonly DailyCount[]): SchoolReportTable {
  const byDay = new Map<string, number[]>();
  for (const row of rows) {
    const column = CATEGORIES.indexOf(row.category);
    if (column < 0 || !isDay(row.day) || !Number.isSafeInteger(row.count) || row.count <= 0) continue;
    let counts = byDay.get(row.day);
    if (!counts) byDay.set(row.day, (counts = CATEGORIES.map(() => 0)));
    counts[column]! += row.count;
  }
  const present = [...byDay.keys()].sort();
  let days = present;
  if (present.length > 1) {
    const filled: string[] = [];
    for (let day = present[0]!; day <= present[present.length - 1]! && filled.length <= MAX_FILLED_DAYS;) {
      filled.push(day);
      day = nextDay(day);
    }
    if (filled.length <= MAX_FILLED_DAYS) days = filled;
  }
  const counts = days.map((day) => byDay.get(day) ?? CATEGORIES.map(() => 0));
  return { days, counts, totals: counts.map((r) => r.reduce((a, b) => a + b, 0)) };
}

/** RFC 4180 quoting, plus a leading `'` for text a spreadsheet would run as a formula. */
function cell(value: string | number, delimiter: CsvDelimiter): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return new RegExp(`["\\r\\n${delimiter}]`).test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The "school report" for the counsellor (guru BK): one row per day, one column per category and a total. It holds
 * no names, no sites and no times of day (docs/school-guide.md#lab-mode-and-the-school-report). CRLF line ends, as RFC
 * 4180 and Excel expect.
 * @example schoolReportCsv([{ day: '2026-03-02', category: 'secrecy', count: 2 }], labels, ',')
 * // 'Date,Asked to keep a secret,…,Total\r\n2026-03-02,2,0,…,2\r\n'
 */
export function schoolReportCsv(
  rows: readonly DailyCount[],
  labels: SchoolReportLabels,
  delimiter: CsvDelimiter = ',',
): string {
  const table = schoolReportTable(rows);
  const lines = [[labels.date, ...CATEGORIES.map((c) => labels.categories[c]), labels.total]];
  table.days.forEach((day, i) => lines.push([day, ...table.counts[i]!.map(String), String(table.totals[i])]));
  return lines.map((line) => line.map((v) => cell(v, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}
