import { browser } from 'wxt/browser';
import { db } from '@/lib/db';
import { keepsSnippets } from '@/lib/settings/page-config';
import type { Settings } from '@/lib/settings/schema';
import { loadEffectiveSettings } from '@/lib/settings/store';
import { DAY_MS, localDay } from '@/lib/summary/time';

export const RETENTION_ALARM = 'retention';

/**
 * Deletes history older than the retention setting (30 days by default, docs/design.md#data-and-privacy): events,
 * lab-mode daily counts and "protection paused" periods. Reports are the child's and are kept until deleted.
 */
export async function purgeOldHistory(
  now = Date.now(),
): Promise<{ events: number; dailyCounts: number; pauses: number; snippets: number }> {
  const settings = await loadEffectiveSettings();
  const cutoff = now - settings.retentionDays * DAY_MS;
  const database = db();
  const events = await database.events.where('time').below(cutoff).delete();
  const dailyCounts = await database.dailyCounts.where('day').below(localDay(cutoff)).delete();
  const pauses = await database.pauses.filter((p) => p.end < cutoff).delete();
  const snippets = await forgetSnippetsUnlessKept(settings);
  return { events, dailyCounts, pauses, snippets };
}

/**
 * Message snippets stay only while they are kept (docs/design.md#data-and-privacy): when the parent turns "keep message
 * snippets" off, or a school makes this a lab PC, the snippets already kept are removed; the events themselves stay.
 * Returns how many events lost theirs.
 */
export async function forgetSnippetsUnlessKept(settings?: Settings): Promise<number> {
  if (keepsSnippets(settings ?? (await loadEffectiveSettings()))) return 0;
  return db()
    .events.filter((e) => e.snippet !== undefined)
    .modify((e) => {
      delete e.snippet;
    });
}

/**
 * A daily alarm, plus a purge whenever the browser starts (an alarm missed while the computer was off); kept
 * snippets go as soon as a settings or policy change stops keeping them.
 */
export function registerRetention(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void purgeOldHistory();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if ((area === 'local' && 'settings' in changes) || area === 'managed') void forgetSnippetsUnlessKept();
  });
  void (async () => {
    if (!(await browser.alarms.get(RETENTION_ALARM))) {
      await browser.alarms.create(RETENTION_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
    }
  })();
  browser.runtime.onStartup.addListener(() => void purgeOldHistory());
}
