import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db';
import type { FindingReport } from '@/lib/messages/types';
import { send, senders } from '@/tests/unit/support/messages';
import { handleFindings } from '../findings';
import { showPrompt } from '../prompt';
import { ALL_EVENTS, mayOpenHelp, mayRecordEvent, RateLimiter, TAB_EVENTS, TAB_HELP } from '../rate-limit';

vi.mock('../prompt', () => ({ showPrompt: vi.fn(async () => undefined) }));

const tab = (tabId: number) =>
  ({ kind: 'content', tabId, frameId: 0, host: 'chat.example', url: 'https://chat.example/r' }) as const;
const finding = (scope: string): FindingReport => ({
  kind: 'chat',
  risk: 'low',
  categories: ['secrecy'],
  ruleIds: ['keep-secret-from-parents'],
  scope,
  matched: ['jangan bilang ortu'],
});

beforeEach(async () => {
  vi.resetModules();
  await db().events.clear();
});

describe('the rate limiter', () => {
  test('a burst, then one token per interval; keys are independent', () => {
    const limiter = new RateLimiter({ burst: 3, everyMs: 1000 });
    const t = 1_000_000;
    expect([1, 2, 3, 4].map(() => limiter.take('a', t))).toEqual([true, true, true, false]);
    expect(limiter.take('b', t)).toBe(true);
    expect(limiter.take('a', t + 999)).toBe(false);
    // 0.999 left plus two seconds' worth: two more tokens.
    expect([1, 2, 3].map(() => limiter.take('a', t + 2000))).toEqual([true, true, false]);
    // A clock set back an hour and forward again brings no extra tokens.
    expect(limiter.take('a', t - 3_600_000)).toBe(false);
    expect(limiter.take('a', t + 2500)).toBe(false);
  });

  test('one tab’s flood does not use up another tab’s budget, and the whole is capped', () => {
    const t = 5_000_000;
    let first = 0;
    while (mayRecordEvent(1, t)) first++;
    expect(first).toBe(TAB_EVENTS.burst);
    expect(mayRecordEvent(2, t)).toBe(true);
    let total = first + 1;
    for (let id = 3; id < 100; id++) while (mayRecordEvent(id, t)) total++;
    expect(total).toBe(ALL_EVENTS.burst);
    // A minute later only a trickle comes back.
    let later = 0;
    for (let id = 100; id < 200; id++) while (mayRecordEvent(id, t + 60_000)) later++;
    expect(later).toBe(Math.floor(60_000 / ALL_EVENTS.everyMs));
  });

  test('help pages per tab', () => {
    const t = 9_000_000;
    const opened = Array.from({ length: 50 }, () => mayOpenHelp(4, t)).filter(Boolean).length;
    expect(opened).toBe(TAB_HELP.burst);
  });
});

describe('a flood of findings from one page', () => {
  test('records at most the tab’s burst of events, and the next tab still gets its prompt', async () => {
    await Promise.all(Array.from({ length: 300 }, (_, i) => handleFindings(finding(`chat.example/room-${i}`), tab(5))));
    expect(await db().events.count()).toBe(TAB_EVENTS.burst);
    expect(vi.mocked(showPrompt)).toHaveBeenCalledTimes(TAB_EVENTS.burst);
    await handleFindings(finding('other.example/room'), tab(6));
    expect(await db().events.count()).toBe(TAB_EVENTS.burst + 1);
  });

  test('a repeated finding costs nothing: it is shown once and later new findings still come', async () => {
    for (let i = 0; i < 100; i++) await handleFindings(finding('chat.example/same'), tab(7));
    await handleFindings({ ...finding('chat.example/same'), risk: 'medium', categories: ['secrecy', 'gifts'] }, tab(7));
    expect((await db().events.toArray()).map((e) => e.risk)).toEqual(['low', 'medium']);
  });
});

describe('the child’s answer to a prompt', () => {
  beforeEach(async () => {
    const { registerFindingsHandlers } = await import('../handlers/findings');
    registerFindingsHandlers();
  });

  async function shownIn(tabId: number): Promise<string> {
    await handleFindings(finding(`chat.example/${tabId}`), tab(tabId));
    const [, data] = vi.mocked(showPrompt).mock.calls.at(-1)!;
    return data.promptId;
  }

  test('is taken from the tab that showed the prompt, and from no other', async () => {
    const promptId = await shownIn(10);
    await send('recordChoice', { promptId, choice: 'continue' }, senders.content(11));
    expect((await db().events.get(Number(promptId)))?.choice).toBeUndefined();
    await send('recordChoice', { promptId, choice: 'back' }, senders.content(10));
    expect((await db().events.get(Number(promptId)))?.choice).toBe('back');
  });

  test('a guessed event id from a content script changes nothing', async () => {
    const id = await db().events.add({
      time: 1,
      host: 'x.example',
      kind: 'chat',
      categories: ['gifts'],
      risk: 'low',
      action: 'tip',
    });
    for (const promptId of [String(id), '0', '1', '999999', 'lab:x', 'unsaved:x']) {
      await send('recordChoice', { promptId, choice: 'continue' }, senders.content(12));
    }
    expect((await db().events.get(id))?.choice).toBeUndefined();
  });

  test('"Get help" flooded from one prompt opens only a few report pages', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const promptId = await shownIn(13);
    await Promise.all(
      Array.from({ length: 40 }, () => send('recordChoice', { promptId, choice: 'help' }, senders.content(13))),
    );
    expect(create).toHaveBeenCalledTimes(TAB_HELP.burst);
    expect(create.mock.calls[0]![0]).toEqual({ url: expect.stringMatching(/\/report\.html\?event=\d+$/) });
  });
});
