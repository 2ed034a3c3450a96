import { browser } from 'wxt/browser';
import { db } from '@/lib/db';
import type { Settings } from '@/lib/settings/schema';
import { loadEffective, loadSettings, saveSettings } from '@/lib/settings/store';

export const PAUSE_END_ALARM = 'pause-end';

/**
 * Saves a parent's change. Keys the school manages are dropped (saving never changes a locked value,
 * docs/design.md#school-mode) and reported back. A pause is recorded as a "protection paused" period and ends by itself
 * with an alarm.
 */
export async function applySettingsPatch(
  patch: Partial<Settings>,
  now = Date.now(),
): Promise<{ settings: Settings; skipped: string[] }> {
  const { locked } = await loadEffective();
  const skipped = Object.keys(patch).filter((key) => locked.has(key as keyof Settings));
  const clean: Partial<Settings> = { ...patch };
  for (const key of skipped) delete (clean as Record<string, unknown>)[key];
  const before = await loadSettings();
  const next = await saveSettings(clean);
  if ('pausedUntil' in clean && clean.pausedUntil !== before.pausedUntil) {
    await recordParentPause(next.pausedUntil, now);
  }
  return { settings: (await loadEffective()).settings, skipped };
}

async function recordParentPause(pausedUntil: number | null, now: number): Promise<void> {
  // Whatever pause was running ends now; a new one starts if the parent chose one.
  await db()
    .pauses.filter((p) => p.reason === 'parent-paused' && p.end > now)
    .modify({ end: now });
  await browser.alarms.clear(PAUSE_END_ALARM);
  if (pausedUntil !== null && pausedUntil > now) {
    await db().pauses.add({ start: now, end: pausedUntil, reason: 'parent-paused' });
    await browser.alarms.create(PAUSE_END_ALARM, { when: pausedUntil });
  }
}
