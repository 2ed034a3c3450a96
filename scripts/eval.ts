// `npm run eval [-- --split train|dev|test] [--rules-only] [--misses N]`: detection quality on the labelled corpus
// (issue #12), rules and learned layer together as the extension decides, with the bars next to the figures. Per
// split: recall at >= low and >= medium, false alarms at both, ordinary everyday chat per 1,000 messages, pages, and
// per category, language, kind and writer; a confusion list of the worst misses on `dev` only. The locked `test`
// split prints figures, never its text. Exits 0: the bars are reported, not asserted (corpus.test.ts asserts floors).
import { createDetector } from '../lib/detection';
import type { Engine } from '../lib/detection/model/decide';
import {
  barFailures,
  BARS,
  evaluate,
  loadCorpus,
  SPLITS,
  type Group,
  type Metrics,
  type Rate,
  type Split,
} from '../tests/corpus/corpus';
import { loadModel } from './lib/load-model';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const splitArg = option('--split') as Split | undefined;
if (splitArg && !SPLITS.includes(splitArg)) throw new Error(`--split must be one of ${SPLITS.join(', ')}`);
const rulesOnly = args.includes('--rules-only');
const missCount = Number(option('--misses') ?? 25);

const detector = createDetector();
const loaded = loadModel();
const engine: Engine = { detector, model: rulesOnly ? null : loaded.model };
const rulesAlone: Engine = { detector, model: null };
if (!rulesOnly && loaded.problem) console.log(`model file ${loaded.problem}: the rules decide alone`);

const pct = (r: Rate) => (Number.isNaN(r.value) ? '    –  ' : `${(r.value * 100).toFixed(1).padStart(6)}%`);
const frac = (r: Rate) => `${pct(r)} (${r.hits}/${r.of})`;
const perMille = (r: Rate) => (Number.isNaN(r.value) ? '–' : `${(r.value * 1000).toFixed(1)}`);
const bar = (ok: boolean) => (ok ? 'ok' : 'MISSED');

function row(g: Group, width = 18): string {
  return `  ${g.name.padEnd(width)} ${frac(g.recallLow).padEnd(20)} ${frac(g.recallMedium).padEnd(20)} ${frac(g.falseAlarmLow).padEnd(20)} ${frac(g.falseAlarmMedium)}`;
}

function report(title: string, m: Metrics, alone: Metrics | null): string[] {
  const lines = [
    `\n${title}: ${m.items} items — ${m.positives} risky, ${m.benign} harmless (${m.hard} hard look-alikes)`,
    `  recall at >= low          ${frac(m.recallLow).padEnd(22)} bar >= ${BARS.recallLow * 100}%  ${bar(!(m.recallLow.value < BARS.recallLow))}`,
    `  recall at >= medium       ${frac(m.recallMedium)}`,
    `  harmless flagged >= low   ${frac(m.falseAlarmLow)}`,
    `  harmless flagged >= med   ${frac(m.falseAlarmMedium).padEnd(22)} bar <= ${BARS.falseAlarmMedium * 100}%  ${bar(!(m.falseAlarmMedium.value > BARS.falseAlarmMedium))}`,
    `  hard look-alikes >= med   ${frac(m.hardFalseAlarmMedium)}`,
    `  everyday chat >= low      ${perMille(m.everydayLow)} per 1,000 messages (${m.everydayLow.hits}/${m.everydayLow.of})   bar <= ${BARS.everydayLowPerMille}  ${bar(!(m.everydayLow.value * 1000 > BARS.everydayLowPerMille))}`,
    `  everyday chat >= medium   ${perMille(m.everydayMedium)} per 1,000 messages (${m.everydayMedium.hits}/${m.everydayMedium.of})   bar <= ${BARS.everydayMediumPerMille}  ${bar(!(m.everydayMedium.value * 1000 > BARS.everydayMediumPerMille))}`,
    `  pages: recall >= low      ${frac(m.pages.recallLow).padEnd(22)} bar >= ${BARS.pageRecallLow * 100}%  ${bar(!(m.pages.recallLow.value < BARS.pageRecallLow))}`,
    `  pages: harmless >= med    ${frac(m.pages.falseAlarmMedium).padEnd(22)} bar <= ${BARS.pageFalseAlarmMedium * 100}%  ${bar(!(m.pages.falseAlarmMedium.value > BARS.pageFalseAlarmMedium))}`,
    `  expected escalation       ${frac(m.escalation)}`,
  ];
  if (alone) {
    lines.push(
      `  (rules alone: recall >= low ${pct(alone.recallLow).trim()}, >= medium ${pct(alone.recallMedium).trim()}; harmless >= low ${pct(alone.falseAlarmLow).trim()}, >= medium ${pct(alone.falseAlarmMedium).trim()}; everyday ${perMille(alone.everydayLow)} / ${perMille(alone.everydayMedium)} per 1,000)`,
    );
  }
  lines.push(
    '',
    '  category           recall >= low        recall >= medium     precision            harmless flagged',
  );
  for (const c of m.perCategory) {
    if (c.recall.of === 0 && c.precision.of === 0) continue;
    const ok = c.recall.of === 0 || c.recall.value >= BARS.categoryRecall;
    lines.push(
      `  ${c.category.padEnd(18)} ${frac(c.recall).padEnd(20)} ${frac(c.recallMedium).padEnd(20)} ${frac(c.precision).padEnd(20)} ${frac(c.falseAlarm).padEnd(20)} ${ok ? '' : `MISSED (bar ${BARS.categoryRecall * 100}%)`}`,
    );
  }
  const head = (name: string) =>
    `  ${name.padEnd(18)} recall >= low        recall >= medium     harmless >= low      harmless >= medium`;
  lines.push('', head('language'), ...m.perLang.map((g) => row(g)));
  lines.push('', head('kind'), ...m.perKind.map((g) => row(g)));
  lines.push('', head('writer'), ...m.perWriter.map((g) => row(g)));
  return lines;
}

const splits: Split[] = splitArg ? [splitArg] : [...SPLITS];
if (engine.model) {
  const h = engine.model.header;
  console.log(
    `model: ${loaded.bytes} bytes, format ${h.format}, trained on ${h.trainedOn.train} items, calibrated on ${h.trainedOn.dev} ${h.trainedOn.calibratedOn} items; corpus ${h.corpus.slice(0, 12)}…`,
  );
}
for (const split of splits) {
  const items = loadCorpus([split]);
  if (!items.length) {
    console.log(`\n${split} split: no items yet`);
    continue;
  }
  const m = evaluate(engine, items);
  const alone = engine.model ? evaluate(rulesAlone, items) : null;
  const note = split === 'test' ? ' (locked: figures only)' : split === 'train' ? ' (the model learnt from it)' : '';
  console.log(report(`${split} split${note}`, m, alone).join('\n'));
  const failures = barFailures(m);
  if (failures.length) console.log(`  bars missed: ${failures.join('; ')}`);
  if (split === 'dev' && missCount > 0) {
    console.log(`\n  worst misses on dev (${Math.min(missCount, m.misses.length)} of ${m.misses.length}):`);
    for (const x of m.misses.slice(0, missCount)) {
      const text =
        x.item.text ?? x.item.messages?.map((mm) => mm[1]).join(' / ') ?? `${x.item.page!.title} — ${x.item.page!.url}`;
      const found = `${x.outcome.risk} ${x.outcome.categories.join(',')}`;
      console.log(
        `  ${x.item.id.padEnd(22)} ${x.item.kind.padEnd(6)} [${x.item.labels.join(',') || 'harmless'}] ${x.why.padEnd(26)} got [${found}] ${text.replace(/\s+/g, ' ').slice(0, 110)}`,
      );
    }
  }
}
