import { storage } from '#imports';
import { browser } from 'wxt/browser';
import { canonicalJson } from '@/lib/canonical-json';
import {
  buildPack,
  isPack,
  packSource,
  SHIPPED_PACK_FILE,
  type DetectionPack,
  type ExtraPhrase,
} from '@/lib/detection';
import { DETECTION_PACK_KEY } from '@/lib/detection/pack';
import { loadEffectiveSettings } from '@/lib/settings/store';

/**
 * Keeps the detection pack the per-page script loads (issue #3) in `storage.local`: the built-in rules as the build
 * ships them compiled (`detection-pack.json`, so the first run after install answers at once, issue #15), or, when
 * the parent or the school added extra phrases, the built-in rules and those phrases compiled here. A phrase the
 * engine cannot read is skipped, never a reason for the built-in rules to stop working. Called on install, update
 * and browser start, whenever settings or school policy change, and when a page finds no current pack.
 */

/**
 * SHA-256 of the pack as the background last wrote it, in `storage.session`, which content scripts cannot reach
 * (they can write `storage.local`). A stored pack without this seal is written again; after a browser restart the
 * seal is gone, so the pack is written once per browser start.
 */
const packSealItem = storage.defineItem<string | null>('session:detectionPackSeal', { fallback: null });

async function digest(value: unknown): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(value))));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether the stored pack is the one the background wrote; `null` when it wrote none in this browser session. */
export async function storedPackIsSealed(stored: unknown): Promise<boolean | null> {
  const seal = await packSealItem.getValue();
  return seal === null ? null : seal === (await digest(stored ?? null));
}

/**
 * The built-in pack the build ships, when it is the one these rules compile to (its `source` says so); null when
 * it is missing (a test, a development build) or stale, and the background compiles instead.
 */
export async function shippedPack(): Promise<DetectionPack | null> {
  try {
    // Written by the build (wxt.config.ts), not a file in public/, so WXT's typed paths do not list it.
    const url = (browser.runtime.getURL as (path: string) => string)(`/${SHIPPED_PACK_FILE}`);
    const response = await fetch(url);
    const pack: unknown = response.ok ? await response.json() : null;
    return isPack(pack) && pack.source === packSource([]) ? pack : null;
  } catch {
    return null;
  }
}

async function store(pack: DetectionPack): Promise<void> {
  await packSealItem.setValue(await digest(pack));
  await browser.storage.local.set({ [DETECTION_PACK_KEY]: pack });
}

/** The built-in rules and the extra phrases, compiled; the phrases the engine cannot read are left out. */
function compiled(extraPhrases: readonly ExtraPhrase[], source: string): DetectionPack {
  const pack = buildPack(extraPhrases, (problem) =>
    console.warn(`Kawan Aman: extra phrase skipped: ${problem.message}`),
  );
  return { ...pack, source };
}

async function sync(): Promise<void> {
  const { extraPhrases } = await loadEffectiveSettings();
  const source = packSource(extraPhrases);
  const stored: unknown = (await browser.storage.local.get(DETECTION_PACK_KEY))[DETECTION_PACK_KEY];
  if (isPack(stored) && stored.source === source && (await storedPackIsSealed(stored))) return;
  const shipped = await shippedPack();
  if (extraPhrases.length === 0 && shipped) return store(shipped);
  // With extra phrases, pages get the built-in rules at once when there is no usable pack yet, then the full one.
  const early = shipped !== null && !isPack(stored);
  if (early) await store(shipped);
  try {
    await store(compiled(extraPhrases, source));
  } catch (error) {
    // Extra phrases are data, never a kill switch: whatever went wrong, the built-in rules keep working.
    console.error('Kawan Aman: the extra phrases could not be compiled; the built-in rules apply', error);
    if (!early) await store(shipped ?? compiled([], packSource([])));
  }
}

let running: Promise<void> = Promise.resolve();

/**
 * Makes sure the stored pack matches the current rules and extra phrases and is the one the background wrote; calls
 * are serialised.
 */
export function syncDetectionPack(): Promise<void> {
  running = running.then(sync, sync);
  return running;
}
