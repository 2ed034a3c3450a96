// `npm run bench`: every benchmark section as one table of { group, metric, value, unit, budget, ok } rows.
// A section is a function returning rows; add one (e.g. the browser figures) by importing it into SECTIONS.
import { execFileSync } from 'node:child_process';
import { browserBench } from './bench/browser.mjs';
import { engineRows } from './bench/engine';
import { pageRows } from './bench/page';
import { formatTable, type BenchRow, type BenchSection } from './bench/rows';

/** The built extension in Chromium: content-script sizes, page-load overhead, a chat burst, back-off (issue #4). */
const browserRows: BenchSection = async () => {
  execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { stdio: 'ignore' });
  const rows = await browserBench({ quick: process.argv.includes('--quick') });
  // The browser section states its bars as numbers in the row's unit: "at most" except a count of messages flagged.
  return rows.map((r) => ({
    ...r,
    budget: typeof r.budget === 'number' ? `${r.metric.includes('flagged') ? '=' : '≤'} ${r.budget}` : undefined,
  }));
};

const SECTIONS: BenchSection[] = [engineRows, pageRows, browserRows];

const rows: BenchRow[] = [];
for (const section of SECTIONS) rows.push(...(await section()));
console.log(formatTable(rows));
const missed = rows.filter((r) => r.ok === false);
console.log(
  missed.length ? `\n${missed.length} bar(s) missed: ${missed.map((r) => r.metric).join('; ')}` : '\nEvery bar met.',
);
console.log(
  'Throughput and compile figures are CPU time of this process (best of several runs); page figures are wall clock.',
);
