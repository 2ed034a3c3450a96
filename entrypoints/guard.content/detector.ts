import { browser } from 'wxt/browser';
import { DETECTION_PACK_KEY, isPack, type DetectionPack } from '@/lib/detection/pack';
import { detectorFromPack } from '@/lib/detection/runtime';
import type { Detector } from '@/lib/detection/types';
import { send } from './send';

async function readPack(): Promise<DetectionPack | null> {
  const stored: unknown = (await browser.storage.local.get(DETECTION_PACK_KEY))[DETECTION_PACK_KEY];
  return isPack(stored) ? stored : null;
}

/**
 * The one place the per-page script gets its detector: it loads the pack the background compiled (built-in rules
 * plus the parent's and school's extra phrases) from `storage.local` — no rules and no compiler ship in the page.
 *
 * When the pack is missing or of another format (the first seconds after install, an update in flight) it asks the
 * background once to compile it, then reads again; if there is still none, `null`: the page is left alone, and the
 * next page load tries again.
 */
export async function loadDetector(): Promise<Detector | null> {
  let pack = await readPack();
  if (!pack) {
    try {
      if (await send('ensureDetectionPack')) pack = await readPack();
    } catch {
      // The background is restarting or the extension was updated: skip scanning on this page.
    }
  }
  return pack && detectorFromPack(pack);
}
