// `npm run eval [-- --split dev|heldout] [--misses]`: detection quality on the labelled corpus, with the bars of
// issue #3 next to the figures. Exits 1 when a bar is missed.
import { createDetector } from '../lib/detection';
import { barFailures, BARS, evaluate, loadCorpus, type Metrics, type Rate } from '../tests/corpus/corpus';

const args = process.argv.slice(2);
const splitArg = args.includes('--split') ? args[args.indexOf('--split') + 1] : undefined;
const showMisses = args.includes('--misses');
const detector = createDetector();
const all = loadCorpus();

const pct = (r: Rate) => (Number.isNaN(r.value) ? '   –  ' : `${(r.value * 100).toFixed(1).padStart(5)}%`);
const frac = (r: Rate) => `${pct(r)} (${r.hits}/${r.of})`;

function report(title: string, m: Metrics): string[] {
  const lines = [
    `\n${title}: ${m.items} items — ${m.positives} risky, ${m.benign} harmless (${m.hard} hard look-alikes)`,
  ];
  const bar = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  lines.push(
    `  recall at >= low        ${frac(m.recallLow)}   bar >= ${BARS.recallLow * 100}%  ${bar(m.recallLow.value >= BARS.recallLow)}`,
    `  recall at >= medium     ${frac(m.recallMedium)}`,
    `  false alarms >= low     ${frac(m.falseAlarmLow)}   (a gentle tip)`,
    `  false alarms >= medium  ${frac(m.falseAlarmMedium)}   bar <= ${BARS.falseAlarmMedium * 100}%  ${bar(m.falseAlarmMedium.value <= BARS.falseAlarmMedium)}`,
    `  hard look-alikes >= med ${frac(m.hardFalseAlarmMedium)}`,
    `  expected escalation     ${frac(m.escalation)}`,
    '',
    '  category          recall              precision           false alarms',
  );
  for (const c of m.perCategory) {
    if (c.recall.of === 0 && c.precision.of === 0) continue;
    const ok = c.recall.of === 0 || c.recall.value >= BARS.categoryRecall;
    lines.push(
      `  ${c.category.padEnd(17)} ${frac(c.recall).padEnd(19)} ${frac(c.precision).padEnd(19)} ${frac(c.falseAlarm).padEnd(19)} ${ok ? '' : 'MISSED (bar 80%)'}`,
    );
  }
  lines.push('', '  language  recall >= low        false alarms >= medium');
  for (const l of m.perLang)
    lines.push(`  ${l.lang.padEnd(9)} ${frac(l.recallLow).padEnd(20)} ${frac(l.falseAlarmMedium)}`);
  return lines;
}

const splits = splitArg ? [splitArg] : ['all', 'dev', 'heldout'];
let failed = false;
for (const split of splits) {
  const items = split === 'all' ? all : all.filter((i) => i.split === split);
  const m = evaluate(detector, items);
  console.log(report(split === 'all' ? 'Whole corpus' : `${split} split`, m).join('\n'));
  const failures = barFailures(m);
  if (failures.length) {
    failed = true;
    console.log(`  bars missed: ${failures.join('; ')}`);
  }
  if (showMisses) {
    for (const x of m.misses) {
      const text = x.item.text ?? x.item.messages?.map((mm) => mm[1]).join(' / ') ?? x.item.page!.title;
      console.log(
        `  ${x.item.id.padEnd(9)} ${x.why.padEnd(28)} [${x.outcome.risk} ${x.outcome.categories.join(',')}] ${text.slice(0, 90)}`,
      );
    }
  }
}
process.exit(failed ? 1 : 0);
