import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db';
import type * as PinModule from '@/lib/pin';
import { heartbeatItem, pinResetAtItem } from '@/lib/settings/parent-state';
import { loadSettings, saveSettings } from '@/lib/settings/store';
import { DAY_MS, localDay } from '@/lib/summary/time';
import { openWizardOnInstall } from '../first-run';
import { settingsHandlers as h } from '../handlers/settings';
import { recordStart } from '../heartbeat';
import { purgeOldHistory } from '../retention';
import { syncSafeSearch } from '../safe-search';
import { setPin } from '../pin';

vi.mock('@/lib/pin', async (original) => {
  // Fewer PBKDF2 rounds keep the test fast; the real count is checked in lib/pin.test.ts.
  const real = await original<typeof PinModule>();
  return { ...real, hashPin: (pin: string) => real.hashPin(pin, 1000) };
});

const page = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });
const content = () => ({
  id: fakeBrowser.runtime.id,
  url: 'https://chat.example/',
  tab: { id: 3 } as never,
  frameId: 0,
});

async function clearDb(): Promise<void> {
  const d = db();
  await Promise.all([d.events.clear(), d.reports.clear(), d.pauses.clear(), d.dailyCounts.clear(), d.secrets.clear()]);
}

async function grant(): Promise<string> {
  const result = await setPin('2468');
  if (!result.ok) throw new Error('no grant');
  return result.token;
}

beforeEach(async () => {
  await clearDb();
  vi.spyOn(fakeBrowser.declarativeNetRequest, 'updateDynamicRules').mockResolvedValue(undefined);
});

describe('saving settings', () => {
  test('needs our own page, a valid payload and a PIN grant', async () => {
    const token = await grant();
    const patch = { guidanceLevel: 'gentle' };
    expect(await h.saveSettings({ token, patch }, content())).toEqual({ ok: false, reason: 'invalid' });
    expect(await h.saveSettings({ token: 'guess', patch }, page())).toEqual({ ok: false, reason: 'no-grant' });
    expect(await h.saveSettings({ token, patch: { guidanceLevel: 'nuclear' } }, page())).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await h.saveSettings({ token, patch: { colour: 'red' } }, page())).toEqual({ ok: false, reason: 'invalid' });
    expect(await h.saveSettings({ token, patch }, page())).toMatchObject({ ok: true, skipped: [] });
    expect((await loadSettings()).guidanceLevel).toBe('gentle');
  });

  test('a value the school manages is never changed, and says so', async () => {
    const token = await grant();
    await fakeBrowser.storage.managed.set({ guidanceLevel: 'protective' });
    const result = await h.saveSettings({ token, patch: { guidanceLevel: 'gentle', retentionDays: 7 } }, page());
    expect(result).toMatchObject({ ok: true, skipped: ['guidanceLevel'], settings: { guidanceLevel: 'protective' } });
    const stored = await loadSettings();
    expect(stored.guidanceLevel).toBe('guided');
    expect(stored.retentionDays).toBe(7);
  });

  test('a parent pause is recorded, ends by an alarm, and ending it early shortens it', async () => {
    const token = await grant();
    const until = Date.now() + 3_600_000;
    await h.saveSettings({ token, patch: { pausedUntil: until } }, page());
    expect(await db().pauses.toArray()).toMatchObject([{ reason: 'parent-paused', end: until }]);
    expect(await fakeBrowser.alarms.get('pause-end')).toMatchObject({ scheduledTime: until });
    await h.saveSettings({ token, patch: { pausedUntil: null } }, page());
    const [pause] = await db().pauses.toArray();
    expect(pause!.end).toBeLessThanOrEqual(Date.now());
    expect(await fakeBrowser.alarms.get('pause-end')).toBeUndefined();
  });
});

describe('export, import, wipe and reset', () => {
  test('export needs the grant; import of a bad file changes nothing and lists the problems', async () => {
    const token = await grant();
    expect(await h.exportSettings({ token: 'guess' }, page())).toEqual({ ok: false, reason: 'no-grant' });
    await saveSettings({ guidanceLevel: 'protective', setupDone: true });
    const exported = await h.exportSettings({ token }, page());
    expect(exported).toMatchObject({ ok: true, file: { kind: 'settings', settings: { guidanceLevel: 'protective' } } });

    const bad = JSON.stringify({ ...(exported as { file: object }).file, settings: { guidanceLevel: 'gentle' } });
    const result = await h.importSettings({ token, text: bad }, page());
    expect(result).toMatchObject({ ok: false, reason: 'problems' });
    expect((await loadSettings()).guidanceLevel).toBe('protective');

    await saveSettings({ guidanceLevel: 'gentle' });
    const good = JSON.stringify((exported as { file: object }).file);
    expect(await h.importSettings({ token, text: good }, page())).toEqual({ ok: true, counts: { settings: 1 } });
    expect((await loadSettings()).guidanceLevel).toBe('protective');
  });

  test('history round-trips, keeps report → event links, and a second import adds nothing', async () => {
    const token = await grant();
    const eventId = await db().events.add({
      time: 1000,
      host: 'chat.example',
      kind: 'chat',
      categories: ['secrecy'],
      risk: 'low',
      action: 'tip',
    });
    await db().reports.add({
      createdAt: 2000,
      updatedAt: 2000,
      status: 'saved',
      host: 'chat.example',
      title: 't',
      contact: 'c',
      categories: ['secrecy'],
      flaggedWords: '',
      note: '',
      eventId,
    });
    const exported = (await h.exportHistory({ token }, page())) as { ok: true; file: object };
    const text = JSON.stringify(exported.file);
    await clearDb();
    const newToken = await grant();
    expect(await h.importHistory({ token: newToken, text }, page())).toEqual({
      ok: true,
      counts: { events: 1, reports: 1, pauses: 0, dailyCounts: 0 },
    });
    const [event] = await db().events.toArray();
    const [report] = await db().reports.toArray();
    expect(report!.eventId).toBe(event!.id);
    expect(await h.importHistory({ token: newToken, text }, page())).toMatchObject({
      counts: { events: 0, reports: 0 },
    });
  });

  test('wipe deletes everything, including the PIN', async () => {
    const token = await grant();
    await saveSettings({ setupDone: true, guidanceLevel: 'gentle' });
    await db().events.add({
      time: 1,
      host: 'x.example',
      kind: 'page',
      categories: ['vpn_bypass'],
      risk: 'low',
      action: 'tip',
    });
    expect(await h.wipeAllData({ token }, page())).toEqual({ ok: true });
    expect(await db().events.count()).toBe(0);
    expect(await db().secrets.count()).toBe(0);
    expect((await loadSettings()).setupDone).toBe(false);
  });

  test('a forgotten PIN: the PIN and the history go, the settings stay, the date is kept', async () => {
    await grant();
    await saveSettings({ setupDone: true, guidanceLevel: 'gentle' });
    await db().reports.add({
      createdAt: 1,
      updatedAt: 1,
      status: 'draft',
      host: '',
      title: '',
      contact: '',
      categories: [],
      flaggedWords: '',
      note: '',
    });
    expect(await h.resetForgottenPin({ confirm: 'yes' }, page())).toEqual({ ok: false, reason: 'invalid' });
    expect(await h.resetForgottenPin({ confirm: 'RESET' }, content())).toEqual({ ok: false, reason: 'invalid' });
    expect(await h.resetForgottenPin({ confirm: 'RESET' }, page())).toEqual({ ok: true });
    expect(await db().secrets.count()).toBe(0);
    expect(await db().reports.count()).toBe(0);
    expect((await loadSettings()).guidanceLevel).toBe('gentle');
    expect(await pinResetAtItem.getValue()).toBeTypeOf('number');
  });
});

describe('background services', () => {
  test('install opens the wizard, except on a school lab PC', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openWizardOnInstall()).toBe('opened');
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/options\.html#\/setup$/) });
    expect((await fakeBrowser.storage.session.get('firstRun')).firstRun).toBe('opened');
    create.mockClear();
    await fakeBrowser.storage.managed.set({ labMode: true });
    expect(await openWizardOnInstall()).toBe('skipped');
    expect(create).not.toHaveBeenCalled();
  });

  test('SafeSearch rules follow the settings, use only ids 100–199, and pause with protection', async () => {
    const update = vi.mocked(fakeBrowser.declarativeNetRequest.updateDynamicRules);
    await saveSettings({ safeSearch: true, youtubeRestricted: false });
    await syncSafeSearch();
    const call = update.mock.calls.at(-1)![0]!;
    expect(call.addRules!.map((r) => r.id)).toEqual([101, 102, 103]);
    expect(call.removeRuleIds!.every((id) => id >= 100 && id <= 199)).toBe(true);
    expect(call.removeRuleIds).toHaveLength(100);
    await saveSettings({ pausedUntil: Date.now() + 60_000 });
    await syncSafeSearch();
    expect(update.mock.calls.at(-1)![0]!.addRules).toEqual([]);
  });

  test('the heartbeat records a pause when the extension was turned off and on again', async () => {
    const t0 = 1_800_000_000_000;
    await recordStart('install', t0);
    expect(await heartbeatItem.getValue()).toEqual({ last: t0, installedAt: t0 });
    await recordStart('enabled', t0 + 2 * 3_600_000);
    expect(await db().pauses.toArray()).toMatchObject([{ start: t0, end: t0 + 2 * 3_600_000, reason: 'disabled' }]);
    await recordStart('browser-start', t0 + 20 * 3_600_000);
    expect(await db().pauses.count()).toBe(1);
    expect(await heartbeatItem.getValue()).toEqual({ last: t0 + 20 * 3_600_000, installedAt: t0 });
  });

  test('the retention purge keeps reports and recent history only', async () => {
    const now = Date.now();
    await saveSettings({ retentionDays: 7 });
    const event = {
      host: 'x.example',
      kind: 'chat' as const,
      categories: ['secrecy' as const],
      risk: 'low' as const,
      action: 'tip' as const,
    };
    await db().events.bulkAdd([
      { ...event, time: now - 8 * DAY_MS },
      { ...event, time: now - DAY_MS },
    ]);
    await db().dailyCounts.bulkAdd([
      { day: localDay(now - 9 * DAY_MS), category: 'gifts', count: 1 },
      { day: localDay(now), category: 'gifts', count: 2 },
    ]);
    await db().pauses.bulkAdd([
      { start: now - 10 * DAY_MS, end: now - 9 * DAY_MS, reason: 'disabled' },
      { start: now - DAY_MS, end: now - DAY_MS + 1000, reason: 'disabled' },
    ]);
    await db().reports.add({
      createdAt: now - 100 * DAY_MS,
      updatedAt: now - 100 * DAY_MS,
      status: 'saved',
      host: '',
      title: '',
      contact: '',
      categories: [],
      flaggedWords: '',
      note: '',
    });
    expect(await purgeOldHistory(now)).toEqual({ events: 1, dailyCounts: 1, pauses: 1, snippets: 0 });
    expect(await db().events.count()).toBe(1);
    expect(await db().reports.count()).toBe(1);
  });
});
