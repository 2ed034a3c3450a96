import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db';
import type * as PinModule from '@/lib/pin';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { effectiveSettings } from '@/lib/settings/policy';
import { childStatusFrom } from '../handlers/child';
import { fakeDynamicRules } from './dnr-fake';

vi.mock('@/lib/pin', async (original) => {
  // Fewer PBKDF2 rounds keep the test fast; the real count is checked in lib/pin.test.ts.
  const real = await original<typeof PinModule>();
  return { ...real, hashPin: (pin: string) => real.hashPin(pin, 1000) };
});

const PAGE = () => ({ id: fakeBrowser.runtime.id, url: `${fakeBrowser.runtime.getURL('/')}blocked.html` });
const CONTENT = { id: 'test-extension-id', url: 'https://chat.example/', tab: { id: 3 }, frameId: 0 };

/**
 * Sends one message the way @webext-core/messaging does and returns the answer (`undefined` when dropped). The
 * handlers are registered on a fresh module graph per test: fakeBrowser.reset() removes the listeners.
 */
async function send(type: string, data: unknown, sender: object = PAGE()): Promise<unknown> {
  const sendResponse = vi.fn();
  // `trigger` passes every argument on, so the listener gets a `sendResponse` as in a browser.
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
  await trigger({ id: 1, type, data, timestamp: Date.now() }, sender, sendResponse);
  await vi.waitFor(() => expect(sendResponse).toHaveBeenCalled());
  return (sendResponse.mock.calls[0]![0] as { res?: unknown }).res;
}

async function settings(patch: Partial<typeof DEFAULT_SETTINGS>) {
  await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, ...patch } });
}

beforeEach(async () => {
  vi.resetModules();
  fakeDynamicRules();
  const { registerChildHandlers } = await import('../handlers/child');
  registerChildHandlers();
  await db().events.clear();
  await db().secrets.clear();
});

describe('childStatusFrom', () => {
  test('a pause in the past is no pause; lab mode alone is not the school', () => {
    const now = Date.now();
    const status = childStatusFrom(
      effectiveSettings({ ...DEFAULT_SETTINGS, pausedUntil: now - 1, labMode: true }, {}),
      now,
    );
    expect(status).toMatchObject({ pausedUntil: null, labMode: true, managedBySchool: false });
  });

  test('a school policy shows as managed, and a locked language cannot be switched', () => {
    const status = childStatusFrom(effectiveSettings(DEFAULT_SETTINGS, { language: 'en' }));
    expect(status).toMatchObject({ managedBySchool: true, mayChangeLanguage: false, language: 'en' });
  });
});

describe('the child area messages', () => {
  test('only our own pages get the status; a web page’s content script gets nothing', async () => {
    await settings({ ageBand: '6-9' });
    expect(await send('getChildStatus', undefined)).toMatchObject({ ageBand: '6-9', language: 'id' });
    expect(await send('getChildStatus', undefined, CONTENT)).toBeNull();
  });

  test('the child may switch the language, and nothing else, unless the parent or school says no', async () => {
    expect(await send('setChildLanguage', { language: 'en' })).toMatchObject({ language: 'en' });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ language: 'en' });
    expect(await send('setChildLanguage', { language: 'en', ageBand: '13-17' })).toMatchObject({ ageBand: '10-12' });

    await settings({ childMayChangeLanguage: false, language: 'id' });
    expect(await send('setChildLanguage', { language: 'en' })).toMatchObject({ language: 'id' });

    await settings({ language: 'id' });
    await fakeBrowser.storage.managed.set({ language: 'id' });
    expect(await send('setChildLanguage', { language: 'en' })).toMatchObject({ language: 'id', managedBySchool: true });
    expect(await send('setChildLanguage', { language: 'en' }, CONTENT)).toBeNull();
  });

  test('a blocked site’s page records one event, hostname only; lab mode records none', async () => {
    await settings({ blockSites: ['blocked.test'] });
    const info = await send('blockedPageOpened', { url: 'http://www.blocked.test/private/path?q=1' });
    expect(info).toMatchObject({ reason: 'site', categories: [] });
    const rows = await db().events.toArray();
    expect(rows).toMatchObject([{ host: 'www.blocked.test', action: 'block', categories: [] }]);
    expect(JSON.stringify(rows)).not.toContain('private');

    // Opened again for the same event (a reload): the event is found, not recorded again.
    const again = await send('blockedPageOpened', { url: 'http://www.blocked.test/', eventId: String(rows[0]!.id) });
    expect(again).toMatchObject({ eventId: String(rows[0]!.id) });
    expect(await db().events.count()).toBe(1);

    await settings({ blockSites: ['blocked.test'], labMode: true });
    expect(await send('blockedPageOpened', { url: 'http://blocked.test/' })).toMatchObject({ eventId: null });
    expect(await db().events.count()).toBe(1);
  });

  test('a page blocked for its content tells the block page which categories, how risky, and what happened', async () => {
    const id = await db().events.add({
      time: 1,
      host: 'chat.test',
      kind: 'chat',
      categories: ['sextortion', 'secrecy'],
      risk: 'high',
      action: 'block',
    });
    expect(await send('blockedPageOpened', { url: 'http://chat.test/room', eventId: String(id) })).toEqual({
      reason: 'content',
      eventId: String(id),
      categories: ['sextortion', 'secrecy'],
      risk: 'high',
      // Told from the event row when the finding's own story is gone (a browser restart).
      story: { category: 'sextortion', context: 'chat' },
    });
  });

  test('continue needs the parent’s PIN; the right one opens the site and records the choice', async () => {
    await settings({ blockSites: ['blocked.test'] });
    const id = await db().events.add({
      time: 1,
      host: 'blocked.test',
      kind: 'page',
      categories: [],
      risk: 'medium',
      action: 'block',
    });
    const unlock = (pin: string, sender?: object) =>
      send('unlockBlockedPage', { url: 'http://blocked.test/a', pin, eventId: String(id) }, sender);

    expect(await unlock('2468')).toMatchObject({ ok: false, reason: 'no-pin' });
    const { setPin } = await import('../pin');
    await setPin('2468');
    expect(await unlock('1111')).toMatchObject({ ok: false, reason: 'wrong-pin' });
    expect(await unlock('2468', CONTENT)).toMatchObject({ ok: false });
    expect(await unlock('2468')).toEqual({ ok: true, minutes: 30 });
    expect((await db().events.get(id))?.choice).toBe('continue');
    const { hasPass } = await import('../blocking');
    expect(await hasPass('blocked.test')).toBe(true);
    expect(await send('unlockBlockedPage', { url: 'javascript:alert(1)', pin: '2468' })).toMatchObject({
      ok: false,
      reason: 'bad-url',
    });
  });

  test('when a frame’s finding blocked the whole tab, the PIN opens the frame’s site as well', async () => {
    const { setPin } = await import('../pin');
    await setPin('2468');
    const id = await db().events.add({
      time: 1,
      host: 'embedded-chat.test',
      kind: 'chat',
      categories: ['secrecy'],
      risk: 'low',
      action: 'block',
    });
    expect(await send('blockedPageOpened', { url: 'http://school-portal.test/', eventId: String(id) })).toMatchObject({
      reason: 'content',
    });
    await send('unlockBlockedPage', { url: 'http://school-portal.test/', pin: '2468', eventId: String(id) });
    const { hasPass } = await import('../blocking');
    expect(await hasPass('school-portal.test')).toBe(true);
    expect(await hasPass('embedded-chat.test')).toBe(true);
  });

  test('help opens the report page in one tap, from the popup or the block page', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await send('askForHelp', { from: 'popup' });
    expect(create).toHaveBeenLastCalledWith({ url: `${fakeBrowser.runtime.getURL('/')}report.html?from=popup` });
    const id = await db().events.add({
      time: 1,
      host: 'b.test',
      kind: 'page',
      categories: [],
      risk: 'medium',
      action: 'block',
    });
    await send('askForHelp', { from: 'blocked', eventId: String(id) });
    expect(create).toHaveBeenLastCalledWith({
      url: `${fakeBrowser.runtime.getURL('/')}report.html?from=blocked&event=${id}`,
    });
    expect((await db().events.get(id))?.choice).toBe('help');
    await send('leaveBlockedPage', { eventId: String(id) });
    expect((await db().events.get(id))?.choice).toBe('back');
  });
});
