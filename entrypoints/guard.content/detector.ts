import { browser } from 'wxt/browser';
import { DETECTION_PACK_KEY, PACK_FORMAT, type DetectionPack } from '@/lib/detection/pack';
import { detectorFromPack } from '@/lib/detection/runtime';
import type { Detector } from '@/lib/detection/types';
import { send } from './send';

async function readPack(): Promise<DetectionPack | null> {
  // Only the background writes it (storage.local is out of a page's reach): its format is the check that matters
  // here, and a pack that still fails to load leaves the page alone (`loadDetector`).
  const stored = (await browser.storage.local.get(DETECTION_PACK_KEY))[DETECTION_PACK_KEY] as DetectionPack | undefined;
  return stored?.format === PACK_FORMAT ? stored : null;
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
  try {
    return pack && detectorFromPack(pack);
  } catch {
    return null;
  }
}
