// `npm run bench`: every benchmark section as one table of { group, metric, value, unit, budget, ok } rows.
// A section is a function returning rows; add one (e.g. the browser figures) by importing it into SECTIONS.
import { execFileSync } from 'node:child_process';
import { browserBench } from './bench/browser.mjs';
import { engineRows } from './bench/engine';
import { modelRows } from './bench/model';
import { pageRows } from './bench/page';
import { formatTable, type BenchRow, type BenchSection } from './bench/rows';

/** The built extension in Chromium: content-script sizes, page-load overhead, a chat burst, back-off (issue #4). */
const browserRows: BenchSection = async () => {
  execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { stdio: 'ignore' });
  const rows = await browserBench({ quick: process.argv.includes('--quick') });
  return rows.map((r) => ({ ...r, budget: browserBudget(r) }));
};

/**
 * The browser section states its bars as bare numbers; written out here in the same words and units as the other
 * sections' bars: "at most" in the row's unit, except the messages flagged (all of them) and the guard's share of a
 * page load (a percentage of the load time).
 */
function browserBudget(r: { metric: string; unit: string; budget?: unknown }): string | undefined {
  if (typeof r.budget !== 'number') return undefined;
  if (r.metric.includes('flagged')) return `= ${r.budget} (all)`;
  if (r.unit === 'B' && r.budget % 1024 === 0) return `≤ ${r.budget / 1024} KB`;
  if (/^ms \(.*%\)$/.test(r.unit)) return `≤ ${r.budget} % of load`;
  return `≤ ${r.budget} ${r.unit}`;
}

/** The learned layer (issue #12): after the browser section, which builds the extension it measures in Chromium. */
const SECTIONS: BenchSection[] = [engineRows, pageRows, browserRows, modelRows];

const rows: BenchRow[] = [];
for (const section of SECTIONS) rows.push(...(await section()));
console.log(formatTable(rows));
const missed = rows.filter((r) => r.ok === false);
console.log(
  missed.length
    ? `\n${missed.length} bar(s) missed: ${missed.map((r) => `${r.group} › ${r.metric}`).join('; ')}`
    : '\nEvery bar met.',
);
console.log(
  'Throughput and compile figures are CPU time of this process (best of several runs); page figures are wall clock.',
);
