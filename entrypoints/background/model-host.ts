import { browser } from 'wxt/browser';
import type { ModelOpinion } from '@/lib/detection/combine';
import { askModel } from '@/lib/detection/model/decide';
import { ModelError, parseModel, type Model, type ModelProblem } from '@/lib/detection/model/model';
import meta from '@/lib/detection/model/model-meta.json';
import type { ModelRequest } from '@/lib/detection/model/sample';
import { modelTroubleItem } from '@/lib/settings/health';

/**
 * The learned layer's home (issue #12): the background service worker, never a web page. The model file
 * (`detection-model.bin`, ≤ 2 MB) is read from the extension itself the first time a text arrives, checked against
 * the SHA-256 this build was made with (`model-meta.json`), parsed, and kept in memory until the worker stops.
 *
 *   guard ─ classifyText (zod, rate-limited) ─▶ model-host: load once ─▶ askModel(text) ─▶ ModelOpinion ─▶ guard
 *                                                        └─ missing / truncated / tampered: null (rules alone),
 *                                                           and one note for the parent (`modelTroubleItem`)
 *
 * Nothing it is handed is kept: the text lives for the one call.
 */

export const MODEL_PATH = '/detection-model.bin';

/** Where the model's bytes come from; a test swaps it. */
let source: () => Promise<Uint8Array> = async () => {
  const response = await fetch(browser.runtime.getURL(MODEL_PATH));
  if (!response.ok) throw new ModelError('missing');
  return new Uint8Array(await response.arrayBuffer());
};

let loading: Promise<Model | null> | null = null;

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Reads, checks and parses the model; a problem is recorded once for the parent and the rules go on alone. */
async function load(): Promise<Model | null> {
  try {
    let bytes: Uint8Array;
    try {
      bytes = await source();
    } catch {
      throw new ModelError('missing');
    }
    const model = parseModel(bytes);
    if ((await sha256(bytes)) !== meta.sha256) throw new ModelError('tampered');
    return model;
  } catch (error) {
    await noteTrouble(error instanceof ModelError ? error.problem : 'tampered');
    return null;
  }
}

/** The parent's options page says it once: one note, kept until the parent dismisses it (not one per load). */
async function noteTrouble(problem: ModelProblem): Promise<void> {
  try {
    const current = await modelTroubleItem.getValue();
    if (current?.problem === problem) return;
    await modelTroubleItem.setValue({ at: Date.now(), problem });
  } catch {
    // Storage itself failing is told by storage-health; the child is still guided by the rules.
  }
}

/** The model, loaded once per service-worker life; `null` when the file is missing or damaged. */
export function getModel(): Promise<Model | null> {
  loading ??= load();
  return loading;
}

/** The model's opinion of a text the guard handed over (already validated), or `null` without a working model. */
export async function classify(request: ModelRequest): Promise<ModelOpinion | null> {
  const model = await getModel();
  try {
    return askModel(model, request);
  } catch {
    return null;
  }
}

/** Test hook: another source of bytes, and a fresh load. */
export function setModelSource(next: () => Promise<Uint8Array>): void {
  source = next;
  loading = null;
}
