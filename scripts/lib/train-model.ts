/**
 * `npm run train`'s work, as a function the tests can run twice: corpus → training examples → weights (train split
 * and the team's items) → 8-bit model → per-category thresholds calibrated on the dev split only → model bytes.
 * Deterministic: no clock, no randomness but a seeded order.
 */
import { createDetector, type Category, type Detector } from '../../lib/detection';
import { MAX_CHARS } from '../../lib/detection/model/features';
import {
  MODEL_CATEGORIES,
  MODEL_FORMAT,
  parseModel,
  scoreText,
  serializeModel,
  THRESHOLD_GROUPS,
  type Model,
  type ModelHeader,
  type Threshold,
  type ThresholdGroup,
} from '../../lib/detection/model/model';
import { chatWindow, modelText, pageSample, type ModelRequest } from '../../lib/detection/model/sample';
import {
  quantise,
  trainWeights,
  TRAIN_OPTIONS,
  type TrainingExample,
  type TrainOptions,
} from '../../lib/detection/model/train';
import { barFailures, metricsOf, runItem, type CorpusItem, type Metrics } from '../../tests/corpus/corpus';

const modelLabels = (item: CorpusItem) => item.labels.filter((c) => MODEL_CATEGORIES.includes(c));

/** The requests the extension would make of the model for an item (`decide.ts` makes the same ones). */
export function modelRequests(item: CorpusItem): ModelRequest[] {
  if (item.page) return [{ kind: 'page', ...item.page }];
  if (item.kind === 'search') return [{ kind: 'search', text: item.text! }];
  if (item.kind !== 'chat') return [];
  const incoming = (item.messages ?? [['in', item.text!] as const]).filter(([d]) => d === 'in').map(([, t]) => t);
  return incoming.map((text, i): ModelRequest => ({ kind: 'chat', text, earlier: incoming.slice(0, i) }));
}

/**
 * What the model learns from an item: a page's sample, a query, a chat message — and for a conversation all its
 * incoming messages together with the conversation's labels; a harmless conversation also gives each window the
 * extension will show the model as a harmless example.
 */
export function trainingExamples(
  items: readonly CorpusItem[],
  everydayWeight = TRAIN_OPTIONS.everydayWeight,
): TrainingExample[] {
  const out: TrainingExample[] = [];
  for (const item of items) {
    const from = out.length;
    const labels = modelLabels(item);
    if (item.page) out.push({ text: pageSample(item.page), kind: 'page', labels });
    else if (item.kind === 'search') out.push({ text: item.text!, kind: 'search', labels });
    else if (item.kind === 'chat' && item.text) out.push({ text: item.text, kind: 'chat', labels });
    else if (item.kind === 'chat' && item.messages) {
      const incoming = item.messages.filter(([d]) => d === 'in').map(([, t]) => t);
      if (!incoming.length) continue;
      out.push({ text: incoming.join('\n').slice(0, MAX_CHARS), kind: 'chat', labels });
      if (!labels.length && incoming.length > 1) {
        incoming.forEach((t, i) => out.push({ text: chatWindow(incoming.slice(0, i), t), kind: 'chat', labels: [] }));
      }
    }
    if (item.everyday && everydayWeight !== 1) for (let k = from; k < out.length; k++) out[k]!.weight = everydayWeight;
  }
  return out;
}

export interface Calibration {
  /** Share of a category's harmless dev items let through at `low` and at `medium`. */
  alphaLow: number;
  alphaMedium: number;
  /** Share of a category's risky dev items the damp threshold may cut. */
  beta: number;
}

/** The calibration grid: per-category thresholds at these false-alarm shares of the dev split. */
const ALPHA_LOW = [0.001, 0.002, 0.003, 0.004, 0.006, 0.008, 0.012, 0.02, 0.03, 0.05];
const ALPHA_MEDIUM = [0.0005, 0.001, 0.002, 0.004, 0.008];
const BETA = [0, 0.02, 0.05, 0.1, 0.2, 0.3];
/** The least probability a finding needs whatever the dev split says (few harmless items of a category). */
const FLOOR_LOW = 0.2;
const FLOOR_MEDIUM = 0.3;
/** The dev targets sit a little inside the bars, so unseen text has room. */
const TARGET = {
  falseAlarmMedium: 0.04,
  pageFalseAlarmMedium: 0.08,
  everydayLow: 0.008,
  everydayMedium: 0.0015,
  // Not a bar of the issue, but a tip on one harmless look-alike in seven is nagging too.
  falseAlarmLow: 0.15,
};

/** The score at which a share `alpha` of `sorted` (descending) lies at or above. */
function upperQuantile(descending: readonly number[], alpha: number): number {
  if (!descending.length) return 1;
  const k = Math.floor(alpha * descending.length);
  // Just above the (k+1)-th highest harmless score: at most k of them reach it.
  return Math.min(1, descending[Math.min(k, descending.length - 1)]! + 1e-6);
}

function thresholdsFor(scores: { item: CorpusItem; max: Float64Array }[], c: Calibration): Record<string, Threshold> {
  const out: Record<string, Threshold> = {};
  MODEL_CATEGORIES.forEach((category, k) => {
    const neg = scores
      .filter((s) => !s.item.labels.includes(category))
      .map((s) => s.max[k]!)
      .sort((a, b) => b - a);
    const pos = scores
      .filter((s) => s.item.labels.includes(category))
      .map((s) => s.max[k]!)
      .sort((a, b) => a - b);
    const low = Math.max(FLOOR_LOW, upperQuantile(neg, c.alphaLow));
    const medium = Math.max(FLOOR_MEDIUM, low, upperQuantile(neg, c.alphaMedium));
    const damp = c.beta > 0 && pos.length ? Math.min(low / 2, pos[Math.floor(c.beta * pos.length)]!) : 0;
    const r = (v: number) => Number(v.toFixed(6));
    out[category] = { low: r(low), medium: r(medium), damp: r(damp) };
  });
  return out;
}

/** How well a calibration meets the dev targets: feasible ones first, then recall. */
function objective(m: Metrics, group: ThresholdGroup): number {
  const over = (v: number, bar: number) => (Number.isNaN(v) ? 0 : Math.max(0, v - bar));
  const violation =
    over(m.falseAlarmMedium.value, TARGET.falseAlarmMedium) +
    over(m.pages.falseAlarmMedium.value, TARGET.pageFalseAlarmMedium) +
    over(m.everydayLow.value, TARGET.everydayLow) * 5 +
    over(m.everydayMedium.value, TARGET.everydayMedium) * 20 +
    // A page about a risky topic may get a gentle tip (a lesson is capped at low anyway); a chat line or the child's
    // own search should not.
    (group === 'page' ? 0 : over(m.falseAlarmLow.value, TARGET.falseAlarmLow));
  const recall = (Number.isNaN(m.recallLow.value) ? 0 : m.recallLow.value) + 0.25 * (m.recallMedium.value || 0);
  return violation > 0 ? -10 * violation : recall - 0.1 * (m.falseAlarmLow.value || 0);
}

export interface TrainResult {
  bytes: Uint8Array;
  model: Model;
  calibration: Record<ThresholdGroup, Calibration>;
  /** The calibrated model on dev, end to end (rules + model). */
  dev: Metrics;
  examples: number;
}

/**
 * Trains on `train` (and the team's items), calibrates on `dev`, and returns the model's bytes.
 * @param corpus every train and dev item
 * @param corpusHash `corpusHash()` of what `corpus` was read from
 */
export function trainModel(
  corpus: readonly CorpusItem[],
  corpusHash: string,
  options: TrainOptions = TRAIN_OPTIONS,
  detector: Detector = createDetector(),
): TrainResult {
  let train = corpus.filter((i) => i.split === 'train');
  let devItems = corpus.filter((i) => i.split === 'dev');
  // Before the blind dev writers' files exist, every fifth train item stands in for dev (the header says so).
  const holdout = devItems.length === 0;
  if (holdout) {
    devItems = train.filter((_, i) => i % 5 === 4);
    train = train.filter((_, i) => i % 5 !== 4);
  }
  const examples = trainingExamples(train, options.everydayWeight);
  const trained = trainWeights(examples, MODEL_CATEGORIES, options);
  const q = quantise(trained);
  const writers = [...new Set(corpus.map((i) => i.writer))].sort();
  const base: Model = {
    header: {
      format: MODEL_FORMAT,
      categories: [...MODEL_CATEGORIES] as Category[],
      bucketsLog2: options.bucketsLog2,
      scales: q.scales,
      bias: q.bias,
      thresholds: { chat: {}, page: {}, search: {} },
      corpus: corpusHash,
      trainedOn: {
        train: train.length,
        dev: devItems.length,
        writers,
        calibratedOn: holdout ? 'train-holdout' : 'dev',
      },
    },
    weights: q.weights,
  };
  // Dev scores of the quantised model, per item (the highest over a conversation's windows).
  const scores = devItems.map((item) => {
    const max = new Float64Array(MODEL_CATEGORIES.length);
    for (const r of modelRequests(item)) {
      const s = scoreText(base, modelText(r), r.kind);
      s.forEach((v, k) => (max[k] = Math.max(max[k]!, v)));
    }
    return { item, max };
  });
  const cache = new Map<string, Float64Array>();
  // Each group's thresholds decide only its own items (chats and typing; pages and searches), so each is calibrated
  // on its own items, against the targets that concern them.
  const fallback = { alphaLow: ALPHA_LOW[0]!, alphaMedium: ALPHA_MEDIUM[0]!, beta: 0 };
  const thresholds = {} as ModelHeader['thresholds'];
  const calibration = {} as Record<ThresholdGroup, Calibration>;
  for (const group of THRESHOLD_GROUPS) {
    const mine = scores.filter((x) => groupOfItem(x.item) === group);
    let best: { calibration: Calibration; value: number; thresholds: Record<string, Threshold> } | null = null;
    for (const alphaLow of ALPHA_LOW) {
      for (const alphaMedium of ALPHA_MEDIUM) {
        if (alphaMedium > alphaLow) continue;
        for (const beta of BETA) {
          const c = { alphaLow, alphaMedium, beta };
          const t = thresholdsFor(mine, c);
          const model = { ...base, header: { ...base.header, thresholds: { chat: t, page: t, search: t } } };
          const metrics = metricsOf(
            mine.map(({ item }) => ({ item, outcome: runItem({ detector, model, cache }, item) })),
          );
          const value = objective(metrics, group);
          if (!best || value > best.value + 1e-12) best = { calibration: c, value, thresholds: t };
        }
      }
    }
    thresholds[group] = best?.thresholds ?? thresholdsFor([], fallback);
    calibration[group] = best?.calibration ?? fallback;
  }
  const bytes = serializeModel({ ...base, header: { ...base.header, thresholds } });
  const model = parseModel(bytes);
  const dev = metricsOf(devItems.map((item) => ({ item, outcome: runItem({ detector, model, cache }, item) })));
  return { bytes, model, calibration, dev, examples: examples.length };
}

/** Which thresholds decide an item: a page's, a search's, or a chat's (and typing's, and interface text's). */
const groupOfItem = (item: CorpusItem): ThresholdGroup =>
  item.kind === 'page' || item.kind === 'search' ? item.kind : 'chat';

export { barFailures };
