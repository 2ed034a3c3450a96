/**
 * Leave-writer-out validation of the learned layer (issue #12): how well does it do on a writer it has never read?
 *
 * The blind writers are split into folds; for each fold a model is trained on every other writer (and the team's
 * items) and scores the fold's items. Those out-of-fold scores, one per item from a model that never saw its
 * writer, are what a new writer's text looks like to the model. They compare ways of training: a threshold-free
 * ranking figure, and the end-to-end figures with thresholds calibrated on other writers.
 */
import { createDetector, type Detector } from '../../lib/detection';
import { MODEL_CATEGORIES, type Model } from '../../lib/detection/model/model';
import type { TrainOptions } from '../../lib/detection/model/train';
import { metricsOf, runItem, type CorpusItem, type Metrics } from '../../tests/corpus/corpus';
import { calibrate, fitModel, scoreItems, type ItemScores } from './train-model';

/**
 * The writers of `items` in `k` folds, dealt in name order (deterministic; a writer's items stay together). With `k`
 * at least the number of writers, each writer is its own fold. `kept` writers are never held out: the team's own
 * (not written blind), and an everyday-chat writer when it is the only one (without it a fold's model would never
 * have read an ordinary chat, and its everyday figures would say nothing).
 */
export function writerFolds(items: readonly CorpusItem[], k: number, kept: readonly string[] = ['team']): string[][] {
  const writers = [...new Set(items.map((i) => i.writer))].filter((w) => !kept.includes(w)).sort();
  const folds: string[][] = Array.from({ length: Math.min(k, writers.length) }, () => []);
  writers.forEach((w, i) => folds[i % folds.length]!.push(w));
  return folds;
}

export interface OutOfFold {
  /** Per item, its highest scores from a model that never saw its writer. */
  scores: ItemScores[];
  /** Request-level scores as `modelScores` keeps them, for `runItem`. */
  cache: Map<string, Float64Array>;
  /** A model to run the items with (its weights are never used: every request is in `cache`). */
  shell: Model;
}

/**
 * Out-of-fold scores: for each fold, a model trained on every item of `pool` whose writer is not in the fold scores
 * the fold's items. `extra` items are scored by a model trained on all of `pool` (the dev split, when only train
 * writers are folded).
 */
export function outOfFold(
  pool: readonly CorpusItem[],
  folds: readonly (readonly string[])[],
  options: TrainOptions,
  extra: readonly CorpusItem[] = [],
  log: (line: string) => void = () => {},
): OutOfFold {
  const cache = new Map<string, Float64Array>();
  const scores: ItemScores[] = [];
  const trainedOn = { train: 0, dev: 0, writers: [], calibratedOn: 'dev' as const };
  let shell: Model | null = null;
  const runs: { held: readonly CorpusItem[]; learn: readonly CorpusItem[] }[] = folds.map((fold) => ({
    held: pool.filter((i) => fold.includes(i.writer)),
    learn: pool.filter((i) => !fold.includes(i.writer)),
  }));
  if (extra.length) runs.push({ held: extra, learn: pool });
  for (const [n, run] of runs.entries()) {
    const started = Date.now();
    const { model } = fitModel(run.learn, options, trainedOn, 'cv');
    shell ??= model;
    // Each fold's own cache: one text may be in two folds (rarely), each scored by the model that never saw it.
    const own = new Map<string, Float64Array>();
    scores.push(...scoreItems(model, run.held, own));
    for (const [k, v] of own) cache.set(k, v);
    log(
      `  fold ${n + 1}/${runs.length}: ${run.held.length} items held out, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  return { scores, cache, shell: shell! };
}

/** Average precision of a ranking (positives found early score high): one threshold-free figure per category. */
function averagePrecision(scored: readonly { score: number; positive: boolean }[]): number {
  const sorted = [...scored].sort((a, b) => b.score - a.score);
  const total = sorted.filter((x) => x.positive).length;
  if (!total) return NaN;
  let hits = 0;
  let sum = 0;
  sorted.forEach((x, i) => {
    if (!x.positive) return;
    hits++;
    sum += hits / (i + 1);
  });
  return sum / total;
}

/** Per model category, average precision of the items' highest scores (items the model reads only). */
export function rankingFigures(scores: readonly ItemScores[]): {
  perCategory: Record<string, number>;
  mean: number;
  /** The mean over what chats carry (every category but those of pages and searches: hidden accounts, VPN, anonymous chat). */
  chat: number;
} {
  const read = scores.filter((s) => s.item.kind === 'chat' || s.item.kind === 'page' || s.item.kind === 'search');
  const perCategory: Record<string, number> = {};
  const values: number[] = [];
  MODEL_CATEGORIES.forEach((c, k) => {
    const ap = averagePrecision(read.map((s) => ({ score: s.max[k]!, positive: s.item.labels.includes(c) })));
    perCategory[c] = ap;
    if (!Number.isNaN(ap)) values.push(ap);
  });
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const chat = Object.entries(perCategory)
    .filter(([c, v]) => !['hidden_account', 'vpn_bypass', 'anonymous_chat'].includes(c) && !Number.isNaN(v))
    .map(([, v]) => v);
  return { perCategory, mean: mean(values), chat: mean(chat) };
}

/** End to end (rules and model, as the extension decides) on `evaluated`, with thresholds calibrated on `calibratedOn`. */
export function crossCalibrated(
  oof: OutOfFold,
  calibratedOn: readonly ItemScores[],
  evaluated: readonly ItemScores[],
  detector: Detector = createDetector(),
): Metrics {
  const { thresholds } = calibrate(oof.shell, calibratedOn, oof.cache, detector);
  const model = { ...oof.shell, header: { ...oof.shell.header, thresholds } };
  return metricsOf(
    evaluated.map(({ item }) => ({ item, outcome: runItem({ detector, model, cache: oof.cache }, item) })),
  );
}
