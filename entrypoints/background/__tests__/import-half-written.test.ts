import Dexie from 'dexie';
import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db';
import v1 from '@/lib/db/examples/v1';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { makeHistoryFile, makeSettingsFile } from '@/lib/transfer/files';
import { importHistoryFile, importSettingsFile } from '../parent-data';

/**
 * A half-written import changes nothing: a file cut off anywhere (a download that stopped, a copy to a full USB
 * stick), or a database that gives up half-way through writing a good file.
 */
const tables = ['events', 'reports', 'pauses', 'dailyCounts'] as const;

async function snapshot(): Promise<string> {
  const d = db();
  const rows = await Promise.all(tables.map((t) => d.table(t).toArray()));
  const { settings } = await fakeBrowser.storage.local.get('settings');
  return JSON.stringify({ rows, settings });
}

let historyText = '';
let settingsText = '';
beforeAll(() => {
  const { events, reports, pauses, dailyCounts } = v1 as unknown as Parameters<typeof makeHistoryFile>[0];
  historyText = JSON.stringify(makeHistoryFile({ events, reports, pauses, dailyCounts }, 1_800_000_000_000), null, 2);
  settingsText = JSON.stringify(
    makeSettingsFile({ ...DEFAULT_SETTINGS, guidanceLevel: 'protective', setupDone: true }, 1_800_000_000_000),
    null,
    2,
  );
});

beforeEach(async () => {
  const d = db();
  await Promise.all(tables.map((t) => d.table(t).clear()));
  await d.events.add({
    time: 1,
    host: 'mine.example',
    kind: 'page',
    categories: ['vpn_bypass'],
    risk: 'low',
    action: 'tip',
  });
  await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, guidanceLevel: 'gentle', setupDone: true } });
});

describe('a file cut off anywhere', () => {
  test('history: every cut is refused with a problem, and nothing changes', async () => {
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: historyText.length - 1 }), async (cut) => {
        const result = await importHistoryFile(historyText.slice(0, cut));
        expect(result).toMatchObject({ ok: false, reason: 'problems' });
        expect(await snapshot()).toBe(before);
      }),
      { numRuns: 150 },
    );
  });

  test('settings: every cut is refused with a problem, and nothing changes', async () => {
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: settingsText.length - 1 }), async (cut) => {
        expect(await importSettingsFile(settingsText.slice(0, cut))).toMatchObject({ ok: false, reason: 'problems' });
        expect(await snapshot()).toBe(before);
      }),
      { numRuns: 150 },
    );
  });

  test('the whole file still imports (the cuts above were refused for being cut, not for being bad)', async () => {
    expect(await importHistoryFile(historyText)).toMatchObject({ ok: true });
    expect(await importSettingsFile(settingsText)).toMatchObject({ ok: true });
  });
});

describe('a database that gives up half-way', () => {
  test('history: the rows already written are rolled back, and the parent is told why', async () => {
    const before = await snapshot();
    // Events go in first; the reports' table then runs out of space.
    vi.spyOn(db().reports, 'add').mockRejectedValue(new Dexie.QuotaExceededError('The quota has been exceeded.'));
    expect(await importHistoryFile(historyText)).toEqual({
      ok: false,
      reason: 'problems',
      problems: [{ code: 'storage-full' }],
    });
    expect(await snapshot()).toBe(before);
  });

  test('any other failure mid-way: the same, with a plain "not saved"', async () => {
    const before = await snapshot();
    let writes = 0;
    const add = db().pauses.add.bind(db().pauses);
    vi.spyOn(db().pauses, 'add').mockImplementation((...args) => {
      if (++writes === 2) return Dexie.Promise.reject(new Dexie.UnknownError('disk went away'));
      return add(...args);
    });
    expect(await importHistoryFile(historyText)).toMatchObject({ ok: false, problems: [{ code: 'not-saved' }] });
    expect(await snapshot()).toBe(before);
  });

  test('settings that cannot be stored change nothing', async () => {
    const before = await snapshot();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    expect(await importSettingsFile(settingsText)).toMatchObject({ ok: false, problems: [{ code: 'storage-full' }] });
    expect(await snapshot()).toBe(before);
  });
});
