import { storage } from '#imports';
import { browser } from 'wxt/browser';
import { canonicalJson } from '@/lib/canonical-json';
import { buildPack, isPack, PACK_FORMAT, type ExtraPhrase } from '@/lib/detection';
import { LEXICON } from '@/lib/detection/lexicon';
import { DETECTION_PACK_KEY } from '@/lib/detection/pack';
import { RULES } from '@/lib/detection/rules';
import { loadEffectiveSettings } from '@/lib/settings/store';

/**
 * Compiles the detection pack (built-in rules + the parent's and school's extra phrases) and stores it in
 * `storage.local` for the per-page script, which loads it without compiling (issue #3). Called on install, update
 * and browser start, whenever settings or school policy change, and when a page finds no current pack.
 */

/** A hash of everything the pack is compiled from; the stored pack carries it as `source`. */
export function packSource(extraPhrases: readonly ExtraPhrase[]): string {
  const text = JSON.stringify([PACK_FORMAT, RULES, LEXICON, extraPhrases]);
  let a = 0x811c9dc5 | 0;
  let b = 0x2f1a3b4c;
  for (let i = 0; i < text.length; i++) {
    a = Math.imul(a ^ text.charCodeAt(i), 0x01000193);
    b = (Math.imul(b, 31) + text.charCodeAt(i)) | 0;
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * SHA-256 of the pack as the background last wrote it, in `storage.session`, which content scripts cannot reach
 * (they can write `storage.local`). A stored pack without this seal is compiled again; after a browser restart the
 * seal is gone, so the pack is compiled once per browser start.
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

async function sync(): Promise<void> {
  const { extraPhrases } = await loadEffectiveSettings();
  const source = packSource(extraPhrases);
  const stored: unknown = (await browser.storage.local.get(DETECTION_PACK_KEY))[DETECTION_PACK_KEY];
  if (isPack(stored) && stored.source === source && (await storedPackIsSealed(stored))) return;
  const pack = { ...buildPack(extraPhrases), source };
  await packSealItem.setValue(await digest(pack));
  await browser.storage.local.set({ [DETECTION_PACK_KEY]: pack });
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
