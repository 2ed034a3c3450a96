import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db';
import type { FindingReport } from '@/lib/messages/types';
import { createReportMenu, openReportFromMenu, REPORT_MENU_ID, reportPageUrl } from '../context-menu';
import { answerReportContext } from '../handlers/report';
import { forgetMenuClick, rememberFinding, rememberMenuClick, reportContextFor } from '../report-context';

const finding: FindingReport = {
  kind: 'chat',
  risk: 'medium',
  categories: ['secrecy', 'sexual_request'],
  ruleIds: ['keep-secret-from-parents'],
  scope: 'chat.example/room',
  matched: ['jangan bilang ortu', 'pap dong'],
  contact: 'Kak Rani',
  title: 'Obrolan',
};

const extensionPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/report.html') });
const contentScript = { id: 'test-extension-id', url: 'https://chat.example/room', tab: { id: 3 }, frameId: 0 };

beforeEach(async () => {
  await db().events.clear();
});

describe('the finding behind a prompt, for the report page', () => {
  test('kept in session storage only, and given to our own pages', async () => {
    await rememberFinding({ event: 41 }, finding, 'chat.example');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await answerReportContext({ event: 41 }, extensionPage() as never)).toMatchObject({
      host: 'chat.example',
      title: 'Obrolan',
      contact: 'Kak Rani',
      categories: ['secrecy', 'sexual_request'],
      matched: ['jangan bilang ortu', 'pap dong'],
      risk: 'medium',
      time: expect.any(Number),
    });
  });

  test('a content script, another extension or a bad payload gets nothing', async () => {
    await rememberFinding({ event: 41 }, finding, 'chat.example');
    expect(await answerReportContext({ event: 41 }, contentScript as never)).toBeNull();
    expect(await answerReportContext({ event: 41 }, { ...extensionPage(), id: 'other' } as never)).toBeNull();
    expect(await answerReportContext({ event: '41' }, extensionPage() as never)).toBeNull();
    expect(await answerReportContext({ event: 41, extra: 1 }, extensionPage() as never)).toBeNull();
    expect(await answerReportContext({ event: -1 }, extensionPage() as never)).toBeNull();
  });

  test('after a browser restart only the event row is left: host, categories, time and its story, no text', async () => {
    const id = await db().events.add({
      time: 1_700_000_000_000,
      host: 'chat.example',
      kind: 'chat',
      categories: ['secrecy'],
      risk: 'low',
      action: 'tip',
    });
    expect(await reportContextFor({ event: id })).toEqual({
      host: 'chat.example',
      title: '',
      contact: '',
      categories: ['secrecy'],
      matched: [],
      time: 1_700_000_000_000,
      story: { category: 'secrecy', context: 'chat' },
    });
    expect(await reportContextFor({ event: 99999 })).toBeNull();
  });

  test('only the newest 50 findings are kept', async () => {
    for (let i = 1; i <= 55; i += 1) await rememberFinding({ event: i }, finding, 'chat.example');
    const keys = Object.keys(await fakeBrowser.storage.session.get(null)).filter((k) => k.startsWith('reportContext:'));
    expect(keys).toHaveLength(50);
  });
});

describe('the right-click menu', () => {
  test('is created in the chosen language, for web pages only', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'en' } });
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    const create = vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(((
      _props: unknown,
      done?: () => void,
    ) => {
      done?.();
      return REPORT_MENU_ID;
    }) as never);
    await createReportMenu();
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({
        id: REPORT_MENU_ID,
        title: 'Report with Kawan Aman',
        documentUrlPatterns: ['http://*/*', 'https://*/*'],
      }),
      expect.any(Function),
    );
  });

  test('opens report.html?from=menu&tab=… next to the page and remembers the page and the selected words', async () => {
    const tab = { id: 5, index: 2, url: 'https://chat.example/room', title: 'Room' };
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue(tab as never);
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await openReportFromMenu(
      { menuItemId: REPORT_MENU_ID, pageUrl: tab.url, selectionText: '  kirim fotomu  ' } as never,
      tab as never,
    );
    expect(create).toHaveBeenCalledWith({ url: reportPageUrl({ from: 'menu', tab: 5 }), index: 3, openerTabId: 5 });
    expect(reportPageUrl({ from: 'menu', tab: 5 })).toMatch(/\/report\.html\?from=menu&tab=5$/);
    expect(await reportContextFor({ tab: 5 })).toMatchObject({
      host: 'chat.example',
      title: 'Room',
      matched: ['kirim fotomu'],
      categories: [],
    });
    await forgetMenuClick(5);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  test('another menu item is ignored', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openReportFromMenu({ menuItemId: 'other' } as never, undefined);
    expect(create).not.toHaveBeenCalled();
  });

  test('a tab that moved to another site gives what it shows now', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((async (id: number) => {
      if (id === 6) return { id: 6, url: 'https://news.example/a', title: 'News' };
      throw new Error('No tab');
    }) as never);
    await rememberMenuClick(6, { host: 'chat.example', title: 'Room' });
    expect(await reportContextFor({ tab: 6 })).toMatchObject({ host: 'news.example', title: 'News' });
    expect(await reportContextFor({ tab: 424242 })).toBeNull();
  });
});
