import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import {
  BLOCKING_ALARM,
  blockedPageUrl,
  grantPass,
  hasPass,
  PASS_MINUTES,
  sendToBlockedPage,
  SITE_FRAME_RULE_ID,
  SITE_REDIRECT_RULE_ID,
  siteRules,
  syncBlocking,
} from '../blocking';
import { fakeDynamicRules } from './dnr-fake';

const SAFESEARCH_RULE = {
  id: 101,
  priority: 1,
  action: { type: 'redirect' },
  condition: { requestDomains: ['google.com'] },
} as never;

async function setSettings(patch: Partial<typeof DEFAULT_SETTINGS>) {
  await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, ...patch } });
}

describe('siteRules', () => {
  test('nothing blocked, no rules', () => {
    expect(siteRules([], [], 'x')).toEqual([]);
  });

  test('a top-level page goes to the block page with its address in the fragment; frames are just blocked', () => {
    const [redirect, frame] = siteRules(['blocked.test'], [], 'chrome-extension://id/blocked.html');
    expect(redirect).toMatchObject({
      id: SITE_REDIRECT_RULE_ID,
      action: { type: 'redirect', redirect: { regexSubstitution: 'chrome-extension://id/blocked.html#\\0' } },
      condition: { requestDomains: ['blocked.test'], resourceTypes: ['main_frame'] },
    });
    expect(frame).toMatchObject({ id: SITE_FRAME_RULE_ID, action: { type: 'block' } });
    expect(redirect!.condition.excludedRequestDomains).toBeUndefined();
  });

  test('sites with a parent’s pass are left out', () => {
    for (const rule of siteRules(['blocked.test'], ['www.blocked.test'], 'x')) {
      expect(rule.condition.excludedRequestDomains).toEqual(['www.blocked.test']);
    }
  });
});

describe('syncBlocking', () => {
  let dnr: ReturnType<typeof fakeDynamicRules>;
  beforeEach(() => {
    dnr = fakeDynamicRules([SAFESEARCH_RULE]);
  });

  test('follows the blocked-sites list and never touches another feature’s rules', async () => {
    await setSettings({ blockSites: ['blocked.test', 'b.example'] });
    await syncBlocking();
    expect(dnr.rules().map((r) => r.id)).toEqual([101, SITE_REDIRECT_RULE_ID, SITE_FRAME_RULE_ID]);
    expect(dnr.rules()[1]!.condition.requestDomains).toEqual(['blocked.test', 'b.example']);

    await setSettings({ blockSites: [] });
    await syncBlocking();
    expect(dnr.rules().map((r) => r.id)).toEqual([101]);
  });

  test('a school policy’s blocked sites count too', async () => {
    await fakeBrowser.storage.managed.set({ blockSites: ['school-blocked.test'] });
    await syncBlocking();
    expect(dnr.rules()[1]!.condition.requestDomains).toEqual(['school-blocked.test']);
  });

  test('bursts of changes never add a rule twice', async () => {
    await setSettings({ blockSites: ['blocked.test'] });
    await Promise.all([syncBlocking(), syncBlocking(), syncBlocking()]);
    expect(dnr.rules().filter((r) => r.id === SITE_REDIRECT_RULE_ID)).toHaveLength(1);
  });

  test('while a parent has paused Kawan Aman nothing is blocked, and an alarm puts the rules back', async () => {
    const now = Date.now();
    await setSettings({ blockSites: ['blocked.test'], pausedUntil: now + 60 * 60_000 });
    await syncBlocking(now);
    expect(dnr.rules().map((r) => r.id)).toEqual([101]);
    expect((await fakeBrowser.alarms.get(BLOCKING_ALARM))?.scheduledTime).toBe(now + 60 * 60_000 + 1000);
  });

  test('a pass opens one site for a while, then the rule closes it again', async () => {
    const now = Date.now();
    await setSettings({ blockSites: ['blocked.test'] });
    expect(await grantPass('blocked.test', now)).toBe(PASS_MINUTES);
    expect(await hasPass('blocked.test', now)).toBe(true);
    expect(await hasPass('www.blocked.test', now)).toBe(true);
    expect(await hasPass('other.test', now)).toBe(false);
    expect(dnr.rules()[1]!.condition.excludedRequestDomains).toEqual(['blocked.test']);
    expect((await fakeBrowser.alarms.get(BLOCKING_ALARM))?.scheduledTime).toBe(now + PASS_MINUTES * 60_000 + 1000);

    const later = now + PASS_MINUTES * 60_000 + 1;
    expect(await hasPass('blocked.test', later)).toBe(false);
    await syncBlocking(later);
    expect(dnr.rules()[1]!.condition.excludedRequestDomains).toBeUndefined();
  });
});

test('the block page address carries the event and the page the child was going to', () => {
  expect(blockedPageUrl({ eventId: '7', url: 'https://x.test/a?b=c' })).toBe(
    `${fakeBrowser.runtime.getURL('/')}blocked.html?event=7#https://x.test/a?b=c`,
  );
});

describe('sendToBlockedPage: a page can’t hold the block (issue #15)', () => {
  const CHAT = 'http://chat.test/room?x=1';
  const target = (eventId: string) => blockedPageUrl({ eventId, url: CHAT });

  test('a plain navigation when the page lets it go', async () => {
    const tab = await fakeBrowser.tabs.create({ url: CHAT });
    expect(await sendToBlockedPage(tab.id!, '7', 'http://x.test/')).toBe('navigated');
    expect((await fakeBrowser.tabs.get(tab.id!)).url).toBe(target('7'));
  });

  /** A page whose "Leave site?" keeps the tab where it is, whatever it is asked to load. */
  async function heldTab() {
    const tab = await fakeBrowser.tabs.create({ url: CHAT, index: 0 });
    const realUpdate = fakeBrowser.tabs.update.bind(fakeBrowser.tabs) as (
      id: number,
      props: object,
    ) => Promise<unknown>;
    const held = async (id: unknown, props: unknown) =>
      id === tab.id ? fakeBrowser.tabs.get(tab.id!) : realUpdate(id as number, props as object);
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockImplementation(held as never);
    return { tab, update };
  }

  test('held by the page: the tab is discarded (no handler of the page runs) and the block page loaded into it', async () => {
    const { tab, update } = await heldTab();
    const replacement = await fakeBrowser.tabs.create({ url: 'about:blank' });
    const discard = vi
      .spyOn(fakeBrowser.tabs, 'discard')
      .mockResolvedValue({ ...replacement, discarded: true } as never);
    expect(await sendToBlockedPage(tab.id!, '7', 'http://x.test/')).toBe('discarded');
    expect(discard).toHaveBeenCalledWith(tab.id);
    expect(update).toHaveBeenLastCalledWith(replacement.id, { url: target('7'), active: true });
  }, 10_000);

  test('held, and the browser won’t discard it: the block page opens in its place and the page’s tab closes', async () => {
    const { tab } = await heldTab();
    vi.spyOn(fakeBrowser.tabs, 'discard').mockRejectedValue(new Error('Cannot discard the active tab'));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const remove = vi.spyOn(fakeBrowser.tabs, 'remove').mockResolvedValue(undefined);
    expect(await sendToBlockedPage(tab.id!, '7', 'http://x.test/')).toBe('new-tab');
    expect(create).toHaveBeenCalledWith({
      url: target('7'),
      active: true,
      index: tab.index + 1,
      windowId: tab.windowId,
    });
    expect(remove).toHaveBeenCalledWith(tab.id);
  }, 10_000);
});
