import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db';
import { localDay } from '@/lib/school/day';
import { saveSettings } from '@/lib/settings/store';
import { countForLab } from '../lab';
import { purgeOldHistory, registerRetention, RETENTION_ALARM } from '../retention';

// Lab mode keeps only per-day counts (issue #8); they follow the retention setting like every other history row,
// by whole calendar days, since a count has no time of day.
const at = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const days = async () => (await db().dailyCounts.orderBy('day').toArray()).map((r) => r.day);

async function seedDays(list: string[]): Promise<void> {
  await db().dailyCounts.bulkPut(list.map((day) => ({ day, category: 'secrecy' as const, count: 1 })));
}

beforeEach(async () => {
  await Promise.all([db().dailyCounts.clear(), db().events.clear(), db().pauses.clear()]);
});

describe('retention of lab daily counts', () => {
  test.each([
    ['just after midnight', at(2026, 3, 31, 0, 5)],
    ['at noon', at(2026, 3, 31, 12)],
    ['just before midnight', at(2026, 3, 31, 23, 55)],
  ])('30 days: the day 30 days back stays whole, the day before it goes (%s)', async (_when, now) => {
    await seedDays(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-15', '2026-03-31']);
    expect(await purgeOldHistory(now)).toMatchObject({ dailyCounts: 2 });
    expect(await days()).toEqual(['2026-03-01', '2026-03-15', '2026-03-31']);
  });

  test('the school policy’s retentionDays wins over the parent’s', async () => {
    await saveSettings({ retentionDays: 90 });
    await fakeBrowser.storage.managed.set({ labMode: true, retentionDays: 7 });
    await seedDays(['2026-03-23', '2026-03-24', '2026-03-31']);
    await purgeOldHistory(at(2026, 3, 31));
    expect(await days()).toEqual(['2026-03-24', '2026-03-31']);
  });

  test('a policy retentionDays that is not valid is ignored: the parent’s setting applies', async () => {
    await saveSettings({ retentionDays: 3 });
    await fakeBrowser.storage.managed.set({ labMode: true, retentionDays: 0 });
    await seedDays(['2026-03-27', '2026-03-28', '2026-03-31']);
    await purgeOldHistory(at(2026, 3, 31));
    expect(await days()).toEqual(['2026-03-28', '2026-03-31']);
  });

  test('counts written in lab mode are purged by the daily alarm once they are old enough', async () => {
    await fakeBrowser.storage.managed.set({ labMode: true, retentionDays: 1 });
    const now = Date.now();
    await countForLab(['gifts'], now - 3 * 86_400_000);
    await countForLab(['gifts'], now);
    registerRetention();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(RETENTION_ALARM)).toBeTruthy());
    await fakeBrowser.alarms.onAlarm.trigger({ name: RETENTION_ALARM, scheduledTime: now });
    await vi.waitFor(async () => expect(await days()).toEqual([localDay(now)]));
  });
});
