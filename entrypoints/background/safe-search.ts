import { browser, type Browser } from 'wxt/browser';
import { SAFE_SEARCH_IDS, safeSearchRules } from '@/lib/safe-search/rules';
import { loadEffectiveSettings } from '@/lib/settings/store';

/** Every id this area owns; removing ids that are not installed is harmless, and other areas' rules are untouched. */
const OWN_IDS = Array.from(
  { length: SAFE_SEARCH_IDS.last - SAFE_SEARCH_IDS.first + 1 },
  (_, i) => SAFE_SEARCH_IDS.first + i,
);

let queue: Promise<void> = Promise.resolve();

/**
 * Installs the SafeSearch and YouTube Restricted Mode rules the effective settings ask for (school policy
 * included), or none while a parent paused protection. Dynamic rules persist across restarts; this runs on install,
 * start, every settings or policy change, and when a pause ends. Calls are queued so two changes never race.
 */
export function syncSafeSearch(now = Date.now()): Promise<void> {
  queue = queue.then(async () => {
    const settings = await loadEffectiveSettings();
    const paused = settings.pausedUntil !== null && settings.pausedUntil > now;
    const addRules = paused ? [] : safeSearchRules(settings);
    await browser.declarativeNetRequest.updateDynamicRules({
      removeRuleIds: OWN_IDS,
      addRules: addRules as Browser.declarativeNetRequest.Rule[],
    });
  });
  queue = queue.catch((error: unknown) => console.error('[Kawan Aman] SafeSearch rules not updated', error));
  return queue;
}
