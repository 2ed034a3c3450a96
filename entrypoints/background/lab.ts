import { storage } from '#imports';
import { browser } from 'wxt/browser';
import { db } from '@/lib/db';
import type { Category } from '@/lib/detection/types';
import { localDay } from '@/lib/school/day';
import { loadEffectiveSettings } from '@/lib/settings/store';

/**
 * Lab mode (docs/school-guide.md#lab-mode-and-the-school-report): a shared school computer keeps no event rows, only
 * per-day category counts, and nothing personal survives a browser restart.
 */

/** Report drafts the report page keeps in `storage.local` while the child writes (issue #6). */
export const REPORT_DRAFT_PREFIX = 'reportDraft:';
/** Which prompts were shown per tab (`findings.ts`); it names pages and conversations. */
const SHOWN_PREFIX = 'shown:';

/**
 * Whether lab mode was in force when last seen. Checked at browser start together with the policy itself, so the
 * clean-up also runs when the policy is slow to load or was removed while the browser was closed.
 */
const labModeSeenItem = storage.defineItem<boolean>('local:labModeSeen', { fallback: false });

export async function rememberLabMode(): Promise<void> {
  await labModeSeenItem.setValue((await loadEffectiveSettings()).labMode);
}

/** Adds one to today's count of each category. No host, no time of day, no choice: only the day. */
export async function countForLab(categories: readonly Category[], now = Date.now()): Promise<void> {
  const day = localDay(now);
  const database = db();
  await database.transaction('rw', database.dailyCounts, async () => {
    for (const category of new Set(categories)) {
      const row = await database.dailyCounts.get([day, category]);
      await database.dailyCounts.put({ day, category, count: (row?.count ?? 0) + 1 });
    }
  });
}

/**
 * Removes everything personal: reports (drafts included), events, report drafts in `storage.local` and the prompts
 * shown this session. The daily counts stay: they are the school report and name no one.
 */
export async function clearPersonalData(): Promise<void> {
  const database = db();
  await database.transaction('rw', database.reports, database.events, async () => {
    await database.reports.clear();
    await database.events.clear();
  });
  const local = await browser.storage.local.get(null);
  const drafts = Object.keys(local).filter((key) => key.startsWith(REPORT_DRAFT_PREFIX));
  if (drafts.length > 0) await browser.storage.local.remove(drafts);
  // storage.session lives in memory and the browser empties it on restart; this also covers an extension reload.
  const session = await browser.storage.session.get(null);
  const shown = Object.keys(session).filter((key) => key.startsWith(SHOWN_PREFIX));
  if (shown.length > 0) await browser.storage.session.remove(shown);
}

/** In lab mode (now or at the last start), clears what the last user left. Returns whether it did. */
export async function clearAfterRestartInLabMode(): Promise<boolean> {
  const [wasLab, settings] = await Promise.all([labModeSeenItem.getValue(), loadEffectiveSettings()]);
  await labModeSeenItem.setValue(settings.labMode);
  if (!wasLab && !settings.labMode) return false;
  await clearPersonalData();
  return true;
}

const SESSION_MARK = 'labSessionStarted';

/**
 * Runs the lab clean-up once per browser session, from the service worker's start. `storage.session` is empty after
 * a browser restart (and after Kawan Aman is reloaded or updated), so a missing mark means a new session. This does
 * not rely on `runtime.onStartup`, which Chromium does not fire for an extension loaded from the command line (it
 * fires `onInstalled` again) and which an event page may miss.
 */
export async function clearOnNewSession(): Promise<boolean> {
  if ((await browser.storage.session.get(SESSION_MARK))[SESSION_MARK]) return false;
  await browser.storage.session.set({ [SESSION_MARK]: Date.now() });
  return clearAfterRestartInLabMode();
}
