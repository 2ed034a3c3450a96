import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db';
import type { FindingReport } from '@/lib/messages/types';
import { localDay } from '@/lib/school/day';
import { handleFindings } from '../findings';
import { clearAfterRestartInLabMode, clearOnNewSession, clearPersonalData, countForLab, rememberLabMode } from '../lab';
import { showPrompt } from '../prompt';

vi.mock('../prompt', () => ({ showPrompt: vi.fn(async () => undefined) }));

const from = { kind: 'content', tabId: 3, frameId: 0, host: 'chat.example', url: 'https://chat.example/r/1' } as const;
const finding: FindingReport = {
  kind: 'chat',
  risk: 'low',
  categories: ['secrecy'],
  ruleIds: ['keep-secret-from-parents'],
  scope: 'chat.example|Kak Rani',
  matched: ['jangan bilang ortu'],
  contact: 'Kak Rani',
  title: 'Chat',
};

async function seedPersonalData(): Promise<void> {
  const now = Date.now();
  await db().reports.add({
    createdAt: now,
    updatedAt: now,
    status: 'draft',
    host: 'chat.example',
    title: 'Chat',
    contact: 'Kak Rani',
    categories: ['secrecy'],
    flaggedWords: 'jangan bilang ortu',
    note: 'dia minta rahasia',
  });
  await db().events.add({
    time: now,
    host: 'chat.example',
    kind: 'chat',
    categories: ['secrecy'],
    risk: 'low',
    action: 'tip',
  });
  await fakeBrowser.storage.local.set({ 'reportDraft:1': { note: 'x' }, settings: { language: 'en' } });
  await fakeBrowser.storage.session.set({ 'shown:3': ['chat.example|secrecy|low'], pinGrants: {} });
}

beforeEach(async () => {
  await Promise.all([db().events.clear(), db().reports.clear(), db().dailyCounts.clear()]);
});

describe('lab mode recording', () => {
  test('counts per day and category, nothing else', async () => {
    const morning = new Date(2026, 2, 2, 8, 0).getTime();
    await countForLab(['secrecy', 'gifts', 'secrecy'], morning);
    await countForLab(['secrecy'], morning + 3 * 3_600_000);
    expect(await db().dailyCounts.orderBy('[day+category]').toArray()).toEqual([
      { day: '2026-03-02', category: 'gifts', count: 1 },
      { day: '2026-03-02', category: 'secrecy', count: 2 },
    ]);
  });

  test('a finding in lab mode stores no event, only today’s count, and still shows the prompt', async () => {
    await fakeBrowser.storage.managed.set({ labMode: true, keepSnippets: true });
    await handleFindings(finding, from);
    expect(await db().events.count()).toBe(0);
    expect(await db().dailyCounts.toArray()).toEqual([{ day: localDay(Date.now()), category: 'secrecy', count: 1 }]);
    expect(vi.mocked(showPrompt)).toHaveBeenCalledWith(3, expect.objectContaining({ action: 'tip' }));
    expect(vi.mocked(showPrompt).mock.calls[0]![1].promptId).toMatch(/^lab:/);
    // Nothing from the chat reached IndexedDB.
    const everything = JSON.stringify([await db().dailyCounts.toArray(), await db().events.toArray()]);
    expect(everything).not.toMatch(/Rani|bilang|chat\.example/);
  });

  test('outside lab mode a finding is an event row (host, no text) and no daily count', async () => {
    await handleFindings(finding, from);
    const [event] = await db().events.toArray();
    expect(event).toMatchObject({ host: 'chat.example', categories: ['secrecy'], action: 'tip' });
    expect(event?.snippet).toBeUndefined();
    expect(await db().dailyCounts.count()).toBe(0);
  });
});

describe('nothing personal survives a restart in lab mode', () => {
  test('clearPersonalData removes reports, events, report drafts and shown prompts; keeps counts and settings', async () => {
    await seedPersonalData();
    await countForLab(['secrecy']);
    await clearPersonalData();
    expect(await db().reports.count()).toBe(0);
    expect(await db().events.count()).toBe(0);
    expect(await db().dailyCounts.count()).toBe(1);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ settings: { language: 'en' } });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ pinGrants: {} });
  });

  test('on browser start in lab mode the last user’s data is cleared', async () => {
    await fakeBrowser.storage.managed.set({ labMode: true });
    await seedPersonalData();
    expect(await clearAfterRestartInLabMode()).toBe(true);
    expect(await db().reports.count()).toBe(0);
  });

  test('outside lab mode a restart keeps the child’s reports', async () => {
    await seedPersonalData();
    expect(await clearAfterRestartInLabMode()).toBe(false);
    expect(await db().reports.count()).toBe(1);
  });

  test('a lab PC whose policy is not readable yet at start is still cleared (lab mode was seen before)', async () => {
    await fakeBrowser.storage.managed.set({ labMode: true });
    await rememberLabMode();
    await fakeBrowser.storage.managed.clear();
    await seedPersonalData();
    expect(await clearAfterRestartInLabMode()).toBe(true);
    expect(await db().reports.count()).toBe(0);
    // Lab mode is gone now, so the next start keeps data again.
    await seedPersonalData();
    expect(await clearAfterRestartInLabMode()).toBe(false);
  });

  test('the clean-up runs once per browser session, not at every service-worker wake-up', async () => {
    await fakeBrowser.storage.managed.set({ labMode: true });
    await seedPersonalData();
    expect(await clearOnNewSession()).toBe(true);
    await seedPersonalData();
    expect(await clearOnNewSession()).toBe(false);
    expect(await db().reports.count()).toBe(1);
  });
});
