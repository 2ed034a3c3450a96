// `npm run bench`: every benchmark section as one table of { group, metric, value, unit, budget, ok } rows.
// A section is a function returning rows; add one (e.g. the browser figures) by importing it into SECTIONS.
import { engineRows } from './bench/engine';
import { pageRows } from './bench/page';
import { formatTable, type BenchRow, type BenchSection } from './bench/rows';

const SECTIONS: BenchSection[] = [engineRows, pageRows];

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
