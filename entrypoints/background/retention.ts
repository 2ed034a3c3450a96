import { browser } from 'wxt/browser';
import { db } from '@/lib/db';
import { loadEffectiveSettings } from '@/lib/settings/store';
import { DAY_MS, localDay } from '@/lib/summary/time';

export const RETENTION_ALARM = 'retention';

/**
 * Deletes history older than the retention setting (30 days by default, DESIGN.md §6): events, lab-mode daily
 * counts and "protection paused" periods. Reports are the child's and are kept until deleted.
 */
export async function purgeOldHistory(
  now = Date.now(),
): Promise<{ events: number; dailyCounts: number; pauses: number }> {
  const { retentionDays } = await loadEffectiveSettings();
  const cutoff = now - retentionDays * DAY_MS;
  const database = db();
  const events = await database.events.where('time').below(cutoff).delete();
  const dailyCounts = await database.dailyCounts.where('day').below(localDay(cutoff)).delete();
  const pauses = await database.pauses.filter((p) => p.end < cutoff).delete();
  return { events, dailyCounts, pauses };
}

/** A daily alarm, plus a purge whenever the browser starts (an alarm missed while the computer was off). */
export function registerRetention(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void purgeOldHistory();
  });
  void (async () => {
    if (!(await browser.alarms.get(RETENTION_ALARM))) {
      await browser.alarms.create(RETENTION_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
    }
  })();
  browser.runtime.onStartup.addListener(() => void purgeOldHistory());
}
