import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db';
import type { FindingReport } from '@/lib/messages/types';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { grantPass } from '../blocking';
import { handleFindings } from '../findings';
import { showPrompt } from '../prompt';
import { fakeDynamicRules } from './dnr-fake';

vi.mock('../prompt', () => ({ showPrompt: vi.fn(async () => undefined) }));

const REPORT: FindingReport = {
  kind: 'chat',
  risk: 'low',
  categories: ['secrecy'],
  ruleIds: ['keep-secret-from-parents'],
  scope: 'chat.test/room',
  matched: ['jangan bilang ortu'],
};

let tabId: number;
const from = () => ({ kind: 'content' as const, tabId, frameId: 0, host: 'chat.test', url: 'http://chat.test/room' });

beforeEach(async () => {
  fakeDynamicRules();
  await db().events.clear();
  const tab = await fakeBrowser.tabs.create({ url: 'http://chat.test/room?x=1' });
  tabId = tab.id!;
  await fakeBrowser.storage.local.set({
    settings: { ...DEFAULT_SETTINGS, guidanceLevel: 'guided', categoryActions: { secrecy: 'block' } },
  });
});

describe('a "block" decision', () => {
  test('sends the tab to the block page with the event and the page address, and records a block', async () => {
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    await handleFindings(REPORT, from());
    const [event] = await db().events.toArray();
    expect(event).toMatchObject({ action: 'block', categories: ['secrecy'], host: 'chat.test' });
    expect(update).toHaveBeenCalledWith(tabId, {
      url: `${fakeBrowser.runtime.getURL('/')}blocked.html?event=${event!.id}#http://chat.test/room?x=1`,
    });
    expect(showPrompt).not.toHaveBeenCalled();
  });

  test('is not deduplicated like a tip (coming back blocks again), but reports already on their way count once', async () => {
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    await handleFindings(REPORT, from());
    await handleFindings(REPORT, from());
    expect(update).toHaveBeenCalledTimes(1);
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 5000);
    await handleFindings(REPORT, from());
    expect(update).toHaveBeenCalledTimes(2);
  });

  test('after the parent’s PIN opened the site, the child gets a warning card instead', async () => {
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    await grantPass('chat.test');
    await handleFindings(REPORT, from());
    expect(update).not.toHaveBeenCalled();
    expect(showPrompt).toHaveBeenCalledWith(tabId, expect.objectContaining({ action: 'warn' }));
    expect((await db().events.toArray())[0]).toMatchObject({ action: 'warn' });
  });
});
