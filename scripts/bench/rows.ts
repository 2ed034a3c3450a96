/** One line of `npm run bench`. Sections (engine, page, and later the browser figures) each return a list of rows. */
export interface BenchRow {
  group: string;
  metric: string;
  /** A number, or a figure already written out ("3 / 4"). */
  value: number | string;
  unit: string;
  /** The bar, in words ("≥ 10×", "≤ 2 ms"), when there is one. */
  budget?: string;
  ok?: boolean;
}

export type BenchSection = () => Promise<BenchRow[]>;

/** CPU time of this process for `fn`, in ms: on a shared machine wall time measures the neighbours too. */
export function cpuMs(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Best of `runs` CPU timings (ms). */
export function bestMs(fn: () => void, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, cpuMs(fn));
  return best;
}

function formatValue(value: number | string): string {
  if (typeof value === 'string') return value;
  return Number.isInteger(value) ? String(value) : value.toFixed(Math.abs(value) < 10 ? 2 : 1);
}

export function formatTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((r) => [
    r.group,
    r.metric,
    formatValue(r.value),
    r.unit,
    r.budget ?? '',
    r.ok === undefined ? '' : r.ok ? 'ok' : 'MISSED',
  ]);
  const head = ['group', 'metric', 'value', 'unit', 'budget', 'ok'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => (i === 2 ? x.padStart(widths[i]!) : x.padEnd(widths[i]!))).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
