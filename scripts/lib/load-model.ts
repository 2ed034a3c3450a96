/**
 * The learned layer for Node (the CLI, the eval, the tests): the same bytes and the same checks as the background's
 * model host — SHA-256 against `model-meta.json`, then `parseModel`. A missing or damaged file gives `null` and the
 * problem; the rules then decide alone, as in the extension.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { ModelError, parseModel, type Model, type ModelProblem } from '../../lib/detection/model/model';
import { META_FILE, MODEL_FILE } from './model-files';

export interface LoadedModel {
  model: Model | null;
  problem: ModelProblem | null;
  bytes: number;
}

/** `model-meta.json`: what `npm run train` wrote beside the model. */
export interface ModelMeta {
  format?: number;
  sha256?: string;
  bytes?: number;
  corpus?: string;
}

export function readMeta(): ModelMeta {
  return JSON.parse(fs.readFileSync(META_FILE, 'utf8')) as ModelMeta;
}

/** Checks and parses model bytes against the expected SHA-256 (`model-meta.json`). */
export function loadModelBytes(bytes: Uint8Array, expectedSha256: string | undefined): LoadedModel {
  try {
    if (bytes.length === 0) throw new ModelError('missing');
    const sha = crypto.createHash('sha256').update(bytes).digest('hex');
    const model = parseModel(bytes);
    // Parsed but not the file this build expects: the weights or thresholds were changed.
    if (sha !== expectedSha256) throw new ModelError('tampered');
    return { model, problem: null, bytes: bytes.length };
  } catch (error) {
    return { model: null, problem: error instanceof ModelError ? error.problem : 'tampered', bytes: bytes.length };
  }
}

export function loadModel(file = MODEL_FILE): LoadedModel {
  if (!fs.existsSync(file)) return { model: null, problem: 'missing', bytes: 0 };
  return loadModelBytes(new Uint8Array(fs.readFileSync(file)), readMeta().sha256);
}
