import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db';
import type { FindingReport, PromptData } from '@/lib/messages/types';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { send, senders } from '@/tests/unit/support/messages';

/**
 * A card the page keeps hidden moves to the extension's warning page (issue #15): in a new tab right after the page's,
 * only for a prompt sent to that tab, once; the warning page's showing counts as seen; the child's answer there is
 * recorded and the tabs follow it.
 */
const finding = (categories: FindingReport['categories'], risk: FindingReport['risk'] = 'low'): FindingReport => ({
  kind: 'chat',
  risk,
  categories,
  ruleIds: ['x'],
  scope: 'chat.example/room',
  matched: ['jangan bilang ortu'],
});

let chatTab: number;
let shown: PromptData[];

async function report(f: FindingReport, tabId = chatTab): Promise<PromptData> {
  await send('reportFindings', f, senders.content(tabId));
  return shown.at(-1)!;
}

const warningTabs = async () =>
  (await fakeBrowser.tabs.query({})).filter((t) => t.url?.includes('/warning.html?prompt='));

let create: ReturnType<typeof vi.fn>;

beforeEach(async () => {
  // A fresh module graph per test: fakeBrowser.reset() removed the last test's listeners.
  vi.resetModules();
  await db().events.clear();
  await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, setupDone: true } });
  const [{ registerMessageHandlers }, prompt] = await Promise.all([import('../handlers'), import('../prompt')]);
  registerMessageHandlers();
  shown = [];
  vi.spyOn(prompt, 'showPrompt').mockImplementation(async (_tab, data) => void shown.push(data));
  await fakeBrowser.tabs.create({ url: 'https://other.example/' });
  chatTab = (await fakeBrowser.tabs.create({ url: 'https://chat.example/room', active: true })).id!;
  await fakeBrowser.tabs.create({ url: 'https://after.example/' });
  create = vi.spyOn(fakeBrowser.tabs, 'create') as unknown as ReturnType<typeof vi.fn>;
});

describe('a card the page keeps hidden', () => {
  test('opens on the warning page, right after the page’s tab, in front; seen there, it is not shown again', async () => {
    const data = await report(finding(['secrecy']));
    await send('promptHidden', { promptId: data.promptId }, senders.content(chatTab));
    const chat = await fakeBrowser.tabs.get(chatTab);
    expect(create).toHaveBeenCalledWith({
      url: `${fakeBrowser.runtime.getURL('/warning.html')}?prompt=${data.promptId}`,
      active: true,
      index: chat.index + 1,
      windowId: chat.windowId,
      openerTabId: chatTab,
    });
    expect(await warningTabs()).toHaveLength(1);

    // The page opens: it gets the prompt, and now the child has seen it.
    const page = senders.page(`warning.html?prompt=${data.promptId}`);
    expect(await send('warningPageOpened', { promptId: data.promptId }, page)).toEqual(data);
    await report(finding(['secrecy']));
    expect(shown).toHaveLength(1);
    expect(await db().events.count()).toBe(1);
  });

  test('only for a prompt sent to the sender’s own tab, and only once', async () => {
    const data = await report(finding(['secrecy']));
    await send('promptHidden', { promptId: data.promptId }, senders.content(chatTab + 1000));
    await send('promptHidden', { promptId: '12345' }, senders.content(chatTab));
    expect(await warningTabs()).toEqual([]);
    await send('promptHidden', { promptId: data.promptId }, senders.content(chatTab));
    await send('promptHidden', { promptId: data.promptId }, senders.content(chatTab));
    expect(await warningTabs()).toHaveLength(1);
    // A content script can't read what the warning page shows.
    expect(await send('warningPageOpened', { promptId: data.promptId }, senders.content(chatTab))).toBeNull();
  });

  test('a later hidden card of the same page shows in the same warning tab, unless the one there is stronger', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, setupDone: true, categoryActions: { sexual_request: 'warn' } },
    });
    const warn = await report(finding(['sexual_request'], 'medium'));
    await send('promptHidden', { promptId: warn.promptId }, senders.content(chatTab));
    const tip = await report({ ...finding(['secrecy']), scope: 'chat.example/other' });
    await send('promptHidden', { promptId: tip.promptId }, senders.content(chatTab));
    const tabs = await warningTabs();
    expect(tabs).toHaveLength(1);
    expect(tabs[0]!.url).toContain(`prompt=${warn.promptId}`);
  });

  test('the child’s answer there: recorded; “leave” moves the page’s tab to the calm page; the warning tab closes', async () => {
    const data = await report(finding(['secrecy']));
    await send('promptHidden', { promptId: data.promptId }, senders.content(chatTab));
    const [warning] = await warningTabs();
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    const page = { ...senders.page(`warning.html?prompt=${data.promptId}`), tab: { id: warning!.id } };
    await send('answerWarningPage', { promptId: data.promptId, choice: 'back' }, page);
    expect(update).toHaveBeenCalledWith(chatTab, {
      url: `${fakeBrowser.runtime.getURL('/left.html')}?event=${data.promptId}`,
    });
    expect((await db().events.toArray()).map((e) => e.choice)).toEqual(['back']);
    expect(await warningTabs()).toEqual([]);
    expect(update).toHaveBeenCalledWith(chatTab, { active: true });
    // Answered: a second answer (or a reload of the page) changes nothing.
    await send('answerWarningPage', { promptId: data.promptId, choice: 'continue' }, page);
    expect((await db().events.toArray()).map((e) => e.choice)).toEqual(['back']);
    expect(await send('warningPageOpened', { promptId: data.promptId }, page)).toBeNull();
  });

  test('a page that hides card after card opens only a few warning tabs', async () => {
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    for (let i = 0; i < 10; i++) {
      const data = await report({ ...finding(['secrecy']), scope: `chat.example/room-${i}` });
      await send('promptHidden', { promptId: data.promptId }, senders.content(chatTab));
    }
    expect(shown).toHaveLength(10);
    // One tab, shown three times (then the page has to wait), not ten.
    const toWarning = [...create.mock.calls, ...update.mock.calls].filter((call) =>
      JSON.stringify(call).includes('/warning.html'),
    );
    expect(create).toHaveBeenCalledTimes(1);
    expect(toWarning).toHaveLength(3);
  });
});
