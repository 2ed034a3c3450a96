// `npm run cv [-- --folds N] [--set option=value …] [--json file]`: leave-writer-out validation of the learned layer
// (issue #12). The train split's blind writers are dealt into N folds (5 by default; N ≥ the writers: one writer per
// fold); each fold's items are scored by a model trained on every other writer, the dev split by a model trained on
// all of train. Printed, for a way of training (`--set` changes a training option: `--set l2=0.02`):
// - ranking: mean average precision per category of the model's scores on writers it never saw (no threshold);
// - end to end (rules + model as the extension decides), with thresholds calibrated on *other* writers:
//   dev with thresholds from the out-of-fold train writers, and the out-of-fold train writers with thresholds from dev;
//   and dev calibrated on dev, as `npm run train` ships it.
// Never reads the locked test split.
import fs from 'node:fs';
import { createDetector } from '../lib/detection';
import { TRAIN_OPTIONS, type TrainOptions } from '../lib/detection/model/train';
import { loadCorpus, type Metrics } from '../tests/corpus/corpus';
import { crossCalibrated, outOfFold, rankingFigures, writerFolds } from './lib/cv';

const args = process.argv.slice(2);
const values = (name: string) => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]!] : []));
const k = Number(values('--folds')[0] ?? 5);
const options: TrainOptions = { ...TRAIN_OPTIONS };
for (const set of values('--set')) {
  const [key, value] = set.split('=') as [keyof TrainOptions, string];
  if (!(key in TRAIN_OPTIONS)) throw new Error(`--set: no training option ${key}`);
  (options as unknown as Record<string, unknown>)[key] =
    value === 'true' ? true : value === 'false' ? false : Number.isNaN(Number(value)) ? value : Number(value);
}

const started = Date.now();
const corpus = loadCorpus(['train', 'dev']);
const train = corpus.filter((i) => i.split === 'train');
const dev = corpus.filter((i) => i.split === 'dev');
const folds = writerFolds(train, k, ['team', 'sehari-hari-train']);
console.log(`options: ${JSON.stringify(options)}`);
console.log(`folds: ${folds.map((f) => f.join('+')).join(' | ')}`);
const oof = outOfFold(train, folds, options, dev, console.log);
const heldTrain = oof.scores.filter((s) => s.item.split === 'train');
const heldDev = oof.scores.filter((s) => s.item.split === 'dev');
const detector = createDetector();

const pct = (v: number) => (Number.isNaN(v) ? '  –  ' : (v * 100).toFixed(1).padStart(5));
const line = (name: string, m: Metrics) =>
  `${name.padEnd(26)} recall ${pct(m.recallLow.value)} / ${pct(m.recallMedium.value)}   harmless ${pct(m.falseAlarmLow.value)} / ${pct(m.falseAlarmMedium.value)}   everyday ${(m.everydayLow.value * 1000).toFixed(1).padStart(4)} / ${(m.everydayMedium.value * 1000).toFixed(1).padStart(3)}   pages ${pct(m.pages.recallLow.value)} / ${pct(m.pages.falseAlarmMedium.value)}`;
const categories = (m: Metrics) =>
  m.perCategory
    .filter((c) => c.recall.of)
    .map((c) => `${c.category.slice(0, 8)} ${(c.recall.value * 100).toFixed(0)}`)
    .join('  ');

const rankTrain = rankingFigures(heldTrain);
const rankDev = rankingFigures(heldDev);
const devByTrain = crossCalibrated(oof, heldTrain, heldDev, detector);
const trainByDev = crossCalibrated(oof, heldDev, heldTrain, detector);
const devByDev = crossCalibrated(oof, heldDev, heldDev, detector);
console.log(
  `\nranking (mean average precision)   writers left out ${pct(rankTrain.mean)} (chat categories ${pct(rankTrain.chat)})   dev ${pct(rankDev.mean)} (chat categories ${pct(rankDev.chat)})`,
);
console.log(
  `  per category (left out / dev): ${Object.keys(rankTrain.perCategory)
    .map((c) => `${c.slice(0, 8)} ${pct(rankTrain.perCategory[c]!).trim()}/${pct(rankDev.perCategory[c]!).trim()}`)
    .join('  ')}`,
);
console.log(
  '\n                           recall ≥ low / ≥ med   harmless ≥ low / ≥ med   everyday ‰ low / med   pages recall / harmless ≥ med',
);
console.log(line('dev, thresholds from LWO', devByTrain));
console.log(`  ${categories(devByTrain)}`);
console.log(line('LWO, thresholds from dev', trainByDev));
console.log(`  ${categories(trainByDev)}`);
console.log(line('dev, thresholds from dev', devByDev));
console.log(`  ${categories(devByDev)}`);
console.log(`\n${((Date.now() - started) / 1000).toFixed(0)} s`);

const json = values('--json')[0];
if (json) {
  const brief = (m: Metrics) => ({
    recallLow: m.recallLow.value,
    recallMedium: m.recallMedium.value,
    harmlessLow: m.falseAlarmLow.value,
    harmlessMedium: m.falseAlarmMedium.value,
    everydayLow: m.everydayLow.value * 1000,
    everydayMedium: m.everydayMedium.value * 1000,
    pageRecall: m.pages.recallLow.value,
    categories: Object.fromEntries(m.perCategory.filter((c) => c.recall.of).map((c) => [c.category, c.recall.value])),
  });
  const record = {
    options,
    k,
    ranking: { left: rankTrain, dev: rankDev },
    devByTrain: brief(devByTrain),
    trainByDev: brief(trainByDev),
    devByDev: brief(devByDev),
  };
  fs.appendFileSync(json, `${JSON.stringify(record)}\n`);
}
