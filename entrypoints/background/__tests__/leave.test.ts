import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db';
import type { FindingReport } from '@/lib/messages/types';
import { send, senders } from '@/tests/unit/support/messages';
import { handleFindings } from '../findings';
import { showPrompt } from '../prompt';

vi.mock('../prompt', () => ({ showPrompt: vi.fn(async () => undefined) }));

const finding: FindingReport = {
  kind: 'chat',
  risk: 'medium',
  categories: ['meet_offline'],
  ruleIds: ['meet-in-person'],
  scope: 'chat.example/room',
  matched: ['ketemuan yuk'],
};
const calm = (event?: number) => `${fakeBrowser.runtime.getURL('/left.html' as '/')}${event ? `?event=${event}` : ''}`;

beforeEach(async () => {
  vi.resetModules();
  await db().events.clear();
  const { registerFindingsHandlers } = await import('../handlers/findings');
  const { registerChildHandlers } = await import('../handlers/child');
  registerFindingsHandlers();
  registerChildHandlers();
});

describe('“Tinggalkan halaman ini / Leave this page” leaves (issue #14)', () => {
  test('the card’s tab goes to the calm page, with the event it came from; the choice is recorded', async () => {
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
    await handleFindings(finding, {
      kind: 'content',
      tabId: 7,
      frameId: 0,
      host: 'chat.example',
      url: 'https://chat.example/room',
    });
    const { promptId } = vi.mocked(showPrompt).mock.calls.at(-1)![1];
    await send('recordChoice', { promptId, choice: 'back' }, senders.content(7));
    expect(update).toHaveBeenCalledWith(7, { url: calm(Number(promptId)) });
    expect((await db().events.get(Number(promptId)))?.choice).toBe('back');
  });

  test('the card tells what happened: the story goes with it', async () => {
    await handleFindings(
      { ...finding, categories: ['personal_info', 'meet_offline'], ruleIds: ['meet-in-person'] },
      { kind: 'content', tabId: 9, frameId: 0, host: 'chat.example', url: 'https://chat.example/room' },
    );
    expect(vi.mocked(showPrompt).mock.calls.at(-1)![1].story).toEqual({ category: 'meet_offline', context: 'chat' });
  });

  test('only the tab that showed the card can be moved, and only by "leave"', async () => {
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
    await handleFindings(finding, {
      kind: 'content',
      tabId: 8,
      frameId: 0,
      host: 'chat.example',
      url: 'https://chat.example/room',
    });
    const { promptId } = vi.mocked(showPrompt).mock.calls.at(-1)![1];
    await send('recordChoice', { promptId, choice: 'back' }, senders.content(4));
    await send('recordChoice', { promptId, choice: 'continue' }, senders.content(8));
    await send('recordChoice', { promptId, choice: 'dismiss' }, senders.content(8));
    expect(update).not.toHaveBeenCalled();
  });

  test('the block page’s button records the choice and moves its own tab to the calm page', async () => {
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
    const id = await db().events.add({
      time: 1,
      host: 'chat.example',
      kind: 'chat',
      categories: ['sextortion'],
      risk: 'high',
      action: 'block',
    });
    const blockPage = { ...senders.page('blocked.html'), tab: { id: 5 } };
    await send('leaveBlockedPage', { eventId: String(id) }, blockPage);
    expect(update).toHaveBeenCalledWith(5, { url: calm(id) });
    expect((await db().events.get(id))?.choice).toBe('back');
  });
});
