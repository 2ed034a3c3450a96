/**
 * The learned layer (issue #12): a multi-label logistic regression over hashed word and character n-grams
 * (`features.ts`), one weight per bucket and category, quantised to 8 bits. Read with `parseModel`, asked with
 * `askModel` (`decide.ts`). Pure: no browser, no Node; the background and the CLI load the same bytes the same way.
 *
 * File layout (little-endian):
 *
 *   "KAML" │ u32 format │ u32 header length │ header (ASCII JSON, see ModelHeader) │ pad to 4 │ int8 weights
 *                                                                                          [bucket][category]
 *
 * A category's score is sigmoid(bias + scale × Σ weight × feature); per-category thresholds, calibrated on the
 * `dev` split only, turn scores into findings (`low`, `medium`) or a "damp" (the model is sure it is not that).
 */
import type { ModelOpinion } from '../combine';
import { CATEGORIES, type Category, type Severity } from '../types';
import { hashFeatures, MODEL_KINDS, type Features, type ModelKind } from './features';

/** Bump when the layout or the features change; a model file of another format is not loaded (rules run alone). */
export const MODEL_FORMAT = 2;
const MAGIC = [0x4b, 0x41, 0x4d, 0x4c]; // "KAML"

/**
 * The categories the model judges: those of what others write to the child and of what the child looks up. The
 * child's own typing (`oversharing`) never leaves the page and `unknown_contact` comes from the chat site's own
 * interface: the rules and the site adapters judge those.
 */
export const MODEL_CATEGORIES = CATEGORIES.filter(
  (c) => c !== 'oversharing' && c !== 'unknown_contact',
) as readonly Category[];

/** Per category: probabilities at which the model finds it (`low`, `medium`) or damps a rule's finding of it. */
export interface Threshold {
  low: number;
  medium: number;
  /** Below this the model is sure the category is absent: a rule's low or medium finding of it is lowered a step. */
  damp: number;
}

/**
 * Thresholds are calibrated apart for each kind the model reads — what people write to the child (chat), pages and
 * searches: a guide page about VPNs, a four-word query and a chat line differ in what a score means.
 */
export const THRESHOLD_GROUPS = MODEL_KINDS;
export type ThresholdGroup = ModelKind;

export interface ModelHeader {
  format: number;
  categories: Category[];
  bucketsLog2: number;
  /** Per category: the weight of one quantisation step. */
  scales: number[];
  bias: number[];
  thresholds: Record<ThresholdGroup, Record<string, Threshold>>;
  /** SHA-256 of the corpus the model was trained and calibrated on (`npm run train`). */
  corpus: string;
  /** What it learnt from: items per split, the writers, and where the thresholds were calibrated. */
  trainedOn: { train: number; dev: number; writers: string[]; calibratedOn: 'dev' | 'train-holdout' };
}

export interface Model {
  header: ModelHeader;
  /** `bucket × categories + category` → quantised weight. */
  weights: Int8Array;
}

/** Why a model file was not loaded; the rules then work alone and the parent's options page says so once. */
export type ModelProblem = 'missing' | 'truncated' | 'tampered' | 'format';

export class ModelError extends Error {
  constructor(readonly problem: ModelProblem) {
    super(`model file: ${problem}`);
  }
}

const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

/** Serialises a model to its file bytes (the header as ASCII JSON: anything else is `\u`-escaped). */
export function serializeModel(model: Model): Uint8Array {
  const json = JSON.stringify(model.header).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const start = 12 + json.length;
  const padded = start + ((4 - (start % 4)) % 4);
  const out = new Uint8Array(padded + model.weights.length);
  out.set(MAGIC, 0);
  const view = new DataView(out.buffer);
  view.setUint32(4, model.header.format, true);
  view.setUint32(8, json.length, true);
  for (let i = 0; i < json.length; i++) out[12 + i] = json.charCodeAt(i);
  out.set(new Uint8Array(model.weights.buffer, model.weights.byteOffset, model.weights.length), padded);
  return out;
}

function isHeader(h: unknown): h is ModelHeader {
  const x = h as ModelHeader;
  const finite = (a: unknown, n: number) =>
    Array.isArray(a) && a.length === n && a.every((v) => typeof v === 'number' && Number.isFinite(v));
  if (!x || typeof x !== 'object' || !Array.isArray(x.categories)) return false;
  const n = x.categories.length;
  return (
    x.categories.every((c) => (CATEGORIES as readonly string[]).includes(c)) &&
    Number.isInteger(x.bucketsLog2) &&
    x.bucketsLog2 >= 8 &&
    x.bucketsLog2 <= 22 &&
    finite(x.scales, n) &&
    finite(x.bias, n) &&
    !!x.thresholds &&
    typeof x.thresholds === 'object' &&
    THRESHOLD_GROUPS.every((g) =>
      x.categories.every((c) => {
        const t = x.thresholds[g]?.[c];
        return !!t && [t.low, t.medium, t.damp].every((v) => typeof v === 'number' && v >= 0 && v <= 1);
      }),
    ) &&
    typeof x.corpus === 'string'
  );
}

/**
 * Reads model bytes, checking their shape (the caller checks their hash first: `model-meta.json`). Throws a
 * `ModelError` for anything but a whole model of this format.
 * @example const model = parseModel(bytes); askModel(model, { kind: 'chat', text: 'pap dong' })
 */
export function parseModel(bytes: Uint8Array): Model {
  if (bytes.length === 0) throw new ModelError('missing');
  if (bytes.length < 12) throw new ModelError('truncated');
  if (MAGIC.some((m, i) => bytes[i] !== m)) throw new ModelError('tampered');
  if (u32(bytes, 4) !== MODEL_FORMAT) throw new ModelError('format');
  const length = u32(bytes, 8);
  if (12 + length > bytes.length) throw new ModelError('truncated');
  let json = '';
  for (let i = 0; i < length; i++) json += String.fromCharCode(bytes[12 + i]!);
  let header: unknown;
  try {
    header = JSON.parse(json);
  } catch {
    throw new ModelError('tampered');
  }
  if (!isHeader(header) || header.format !== MODEL_FORMAT) throw new ModelError('tampered');
  const start = 12 + length + ((4 - ((12 + length) % 4)) % 4);
  const size = (1 << header.bucketsLog2) * header.categories.length;
  if (bytes.length < start + size) throw new ModelError('truncated');
  if (bytes.length > start + size) throw new ModelError('tampered');
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset + start, size);
  return { header, weights };
}

/** Probability per model category (in `header.categories` order) for features already hashed. */
export function scoreFeatures(model: Model, f: Features): Float64Array {
  const { categories, scales, bias } = model.header;
  const n = categories.length;
  const sums = new Float64Array(n);
  for (let k = 0; k < f.index.length; k++) {
    const base = f.index[k]! * n;
    const v = f.value[k]!;
    for (let c = 0; c < n; c++) sums[c]! += model.weights[base + c]! * v;
  }
  for (let c = 0; c < n; c++) sums[c] = 1 / (1 + Math.exp(-(bias[c]! + scales[c]! * sums[c]!)));
  return sums;
}

/** Probability per model category for a text of a kind. */
export function scoreText(model: Model, text: string, kind: ModelKind): Float64Array {
  return scoreFeatures(model, hashFeatures(text, kind, model.header.bucketsLog2));
}

/** Scores → opinion through the model's calibrated thresholds, for the categories a kind of text can have. */
export function opinionOf(model: Model, scores: ArrayLike<number>, kind: ModelKind): ModelOpinion {
  const found: { category: Category; severity: Severity }[] = [];
  const damp: Category[] = [];
  model.header.categories.forEach((category, c) => {
    const p = scores[c]!;
    const t = model.header.thresholds[kind][category]!;
    // A threat to share images is high however it is worded (docs/engine.md#scoring): the model's sure sextortion too.
    if (p >= t.medium) found.push({ category, severity: category === 'sextortion' ? 'high' : 'medium' });
    else if (p >= t.low) found.push({ category, severity: 'low' });
    else if (p < t.damp) damp.push(category);
  });
  // A search is the child's own few words: the model may soften what the rules found there, never silence it.
  return kind === 'search' ? { found, damp, gentle: true } : { found, damp };
}
