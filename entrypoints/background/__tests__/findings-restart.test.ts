import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db';
import type { FindingReport, PromptData } from '@/lib/messages/types';

/**
 * An MV3 service worker can stop between any two steps (docs/design.md#the-service-worker-may-stop-at-any-time). Here
 * it stops after the event was written and before the prompt was on screen: a fresh copy of the background modules
 * (what a restart gives) then gets the same finding again, as the guard sends it with the next risky line. The child
 * must see the prompt, and the parent's history must hold the finding once.
 */

const from = { kind: 'content', tabId: 4, frameId: 0, host: 'chat.example', url: 'https://chat.example/' } as const;
const finding: FindingReport = {
  kind: 'chat',
  risk: 'medium',
  categories: ['secrecy'],
  ruleIds: ['keep-secret-from-parents'],
  scope: 'chat.example/room',
  matched: ['jangan bilang ortu'],
};

/** A fresh background (module state gone, storage kept), whose prompt step fails `failures` times first. */
async function restartedBackground(failures = 0) {
  vi.resetModules();
  const prompt = await import('../prompt');
  const shown: PromptData[] = [];
  let left = failures;
  vi.spyOn(prompt, 'showPrompt').mockImplementation(async (_tab, data) => {
    if (left-- > 0) throw new Error('The service worker stopped before the prompt was shown');
    shown.push(data);
  });
  const { handleFindings } = await import('../findings');
  return { handleFindings, shown };
}

beforeEach(async () => {
  await db().events.clear();
  await db().dailyCounts.clear();
});

describe('the worker stops between recording a finding and showing it', () => {
  test('the next report of it shows the prompt with the event already written: nothing lost, nothing twice', async () => {
    const first = await restartedBackground(1);
    await expect(first.handleFindings(finding, from)).rejects.toThrow();
    expect(first.shown).toEqual([]);
    const [event] = await db().events.toArray();
    expect(event).toMatchObject({ categories: ['secrecy'], action: 'warn' });

    const second = await restartedBackground();
    await second.handleFindings(finding, from);
    expect(second.shown).toEqual([expect.objectContaining({ promptId: String(event!.id), action: 'warn' })]);
    expect(await db().events.count()).toBe(1);
    // The child's answer to it is taken (the prompt was remembered for this tab).
    expect((await fakeBrowser.storage.session.get('prompts:4'))['prompts:4']).toEqual([String(event!.id)]);

    // Once the card says the child could see it, it is not shown or recorded again.
    const { promptSeen } = await import('../findings');
    await promptSeen(from.tabId, String(event!.id));
    await second.handleFindings(finding, from);
    expect(second.shown).toHaveLength(1);
    expect(await db().events.count()).toBe(1);
  });

  test('a card nobody could see never counts as shown: the next report shows it again, with the same event', async () => {
    const background = await restartedBackground();
    await background.handleFindings(finding, from);
    const [event] = await db().events.toArray();
    // The page hid the card: it never said it was seen. The chat goes on with the same finding.
    await background.handleFindings(finding, from);
    expect(background.shown.map((d) => d.promptId)).toEqual([String(event!.id), String(event!.id)]);
    expect(await db().events.count()).toBe(1);
    // A content script in another tab can't say it was seen for this one.
    const { promptSeen } = await import('../findings');
    await promptSeen(99, String(event!.id));
    await background.handleFindings(finding, from);
    expect(background.shown).toHaveLength(3);
    await promptSeen(from.tabId, String(event!.id));
    await background.handleFindings(finding, from);
    expect(background.shown).toHaveLength(3);
    expect(await db().events.count()).toBe(1);
  });

  test('a different finding in the meantime is its own event', async () => {
    const first = await restartedBackground(1);
    await expect(first.handleFindings(finding, from)).rejects.toThrow();
    const second = await restartedBackground();
    await second.handleFindings({ ...finding, categories: ['gifts'], ruleIds: ['offer-game-currency'] }, from);
    expect(await db().events.count()).toBe(2);
    expect(second.shown).toHaveLength(1);
  });

  test('lab mode: the day’s count is not raised twice', async () => {
    await fakeBrowser.storage.managed.set({ labMode: true });
    const first = await restartedBackground(1);
    await expect(first.handleFindings(finding, from)).rejects.toThrow();
    const second = await restartedBackground();
    await second.handleFindings(finding, from);
    expect(second.shown).toEqual([expect.objectContaining({ promptId: expect.stringMatching(/^lab:/) })]);
    expect((await db().dailyCounts.toArray()).map((r) => [r.category, r.count])).toEqual([['secrecy', 1]]);
    expect(await db().events.count()).toBe(0);
  });

  test('closing the tab forgets it, with what was shown there', async () => {
    const first = await restartedBackground(1);
    await expect(first.handleFindings(finding, from)).rejects.toThrow();
    const { forgetTab } = await import('../findings');
    await forgetTab(from.tabId);
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).filter((k) => k.startsWith('shown:4'))).toEqual([]);
  });
});
