/**
 * Training of the learned layer (issue #12): one-vs-rest logistic regression, Adagrad steps over the examples in a
 * seeded order, L2 on the weights a step touches, then 8-bit quantisation per category. Deterministic by
 * construction: same examples and options → same weights, bit for bit (no clock, no Math.random, a fixed order).
 */
import type { Category } from '../types';
import { mulberry32, respell } from './augment';
import { hashFeatures, type Features, type ModelKind } from './features';

export interface TrainingExample {
  text: string;
  kind: ModelKind;
  labels: readonly Category[];
  /** How much the example counts (1 by default). */
  weight?: number;
}

export interface TrainOptions {
  bucketsLog2: number;
  epochs: number;
  /** Adagrad's step size. */
  rate: number;
  /** L2 penalty per step on the weights the step touches. */
  l2: number;
  seed: number;
  /** A positive example of a rare category weighs up to this much more (√(negatives / positives)). */
  maxPositiveWeight: number;
  /** Ordinary everyday chat counts this much: a tip on it is the nagging the bars limit most tightly. */
  everydayWeight: number;
  /**
   * Respellings of each example learnt besides it (`augment.ts`: another lexicon form, vowels dropped, a typo, a word
   * left out), so one writer's spelling weighs less and the meaning more. 0: none.
   */
  augment: number;
}

export const TRAIN_OPTIONS: TrainOptions = {
  bucketsLog2: 17,
  epochs: 12,
  rate: 0.25,
  l2: 0.005,
  seed: 12,
  maxPositiveWeight: 4,
  everydayWeight: 8,
  augment: 1,
};

export interface TrainedWeights {
  categories: readonly Category[];
  bucketsLog2: number;
  /** `bucket × categories + category`. */
  weights: Float64Array;
  bias: Float64Array;
}

/** Trains the weights of every category at once on hashed features of the examples. */
export function trainWeights(
  given: readonly TrainingExample[],
  categories: readonly Category[],
  options: TrainOptions = TRAIN_OPTIONS,
): TrainedWeights {
  // Each example, then its respellings (the copy's number seeds each one).
  const examples = given.flatMap((e) => [
    e,
    ...Array.from({ length: options.augment }, (_, k) => ({ ...e, text: respell(e.text, k + 1) })),
  ]);
  const n = categories.length;
  const buckets = 1 << options.bucketsLog2;
  const features: Features[] = examples.map((e) => hashFeatures(e.text, e.kind, options.bucketsLog2));
  const targets = examples.map((e) => categories.map((c) => (e.labels.includes(c) ? 1 : 0)));
  const positiveWeight = categories.map((_, c) => {
    const pos = targets.filter((t) => t[c] === 1).length;
    const neg = targets.length - pos;
    return pos === 0 ? 1 : Math.min(options.maxPositiveWeight, Math.max(1, Math.sqrt(neg / pos)));
  });
  const weights = new Float64Array(buckets * n);
  const squares = new Float64Array(buckets * n);
  const bias = new Float64Array(n);
  const biasSquares = new Float64Array(n);
  const order = examples.map((_, i) => i);
  const next = mulberry32(options.seed);
  const z = new Float64Array(n);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const e of order) {
      const f = features[e]!;
      const y = targets[e]!;
      const w = examples[e]!.weight ?? 1;
      for (let c = 0; c < n; c++) z[c] = bias[c]!;
      for (let k = 0; k < f.index.length; k++) {
        const base = f.index[k]! * n;
        const v = f.value[k]!;
        for (let c = 0; c < n; c++) z[c]! += weights[base + c]! * v;
      }
      for (let c = 0; c < n; c++) {
        const p = 1 / (1 + Math.exp(-z[c]!));
        // Cross-entropy gradient, positives weighted up for rare categories.
        z[c] = (p - y[c]!) * (y[c] ? positiveWeight[c]! : 1) * w;
        biasSquares[c]! += z[c]! * z[c]!;
        bias[c]! -= (options.rate * z[c]!) / Math.sqrt(biasSquares[c]! + 1e-8);
      }
      for (let k = 0; k < f.index.length; k++) {
        const base = f.index[k]! * n;
        const v = f.value[k]!;
        for (let c = 0; c < n; c++) {
          const at = base + c;
          const g = z[c]! * v + options.l2 * weights[at]!;
          squares[at]! += g * g;
          weights[at]! -= (options.rate * g) / Math.sqrt(squares[at]! + 1e-8);
        }
      }
    }
  }
  return { categories, bucketsLog2: options.bucketsLog2, weights, bias };
}

/** 8-bit weights: per category, the largest weight is ±127 steps. Rounding is exact and the same everywhere. */
export function quantise(t: TrainedWeights): { weights: Int8Array; scales: number[]; bias: number[] } {
  const n = t.categories.length;
  const max = new Float64Array(n);
  t.weights.forEach((w, i) => {
    const c = i % n;
    if (Math.abs(w) > max[c]!) max[c] = Math.abs(w);
  });
  const scales = Array.from(max, (m) => Number((m > 0 ? m / 127 : 1).toPrecision(9)));
  const weights = new Int8Array(t.weights.length);
  t.weights.forEach((w, i) => {
    weights[i] = Math.max(-127, Math.min(127, Math.round(w / scales[i % n]!)));
  });
  return { weights, scales, bias: Array.from(t.bias, (b) => Number(b.toPrecision(9))) };
}
