import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db';
import { schemas } from '@/lib/messages/schemas';
import type { FindingReport } from '@/lib/messages/types';
import { pageConfigFrom } from '@/lib/settings/page-config';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { saveSettings } from '@/lib/settings/store';
import { makeHistoryFile } from '@/lib/transfer/files';
import { handleFindings } from '../findings';
import { exportHistoryFile, importHistoryFile } from '../parent-data';
import * as prompt from '../prompt';
import { forgetSnippetsUnlessKept, purgeOldHistory, registerRetention } from '../retention';

// "Keep message snippets" (docs/design.md#message-snippets): off by default, never in lab mode, at most 200 characters.
const SNIPPET = 'kemarin seru banget mainnya, tapi jangan bilang ortu ya, ini rahasia kita berdua';
const from = { kind: 'content', tabId: 4, frameId: 0, host: 'chat.example', url: 'https://chat.example/' } as const;
const chat = (over: Partial<FindingReport> = {}): FindingReport => ({
  kind: 'chat',
  risk: 'low',
  categories: ['secrecy'],
  ruleIds: ['keep-secret-from-parents'],
  scope: `chat.example/generic/${Math.random()}`,
  matched: ['jangan bilang ortu'],
  snippet: SNIPPET,
  ...over,
});
const snippets = async () => (await db().events.toArray()).map((e) => e.snippet);

beforeEach(async () => {
  vi.spyOn(prompt, 'showPrompt').mockResolvedValue(undefined);
  await db().events.clear();
});

describe('the page config tells the guard', () => {
  test.each([
    [false, false, false],
    [true, false, true],
    [true, true, false],
  ])('keepSnippets %s, labMode %s: snippets %s', (keepSnippets, labMode, kept) => {
    expect(pageConfigFrom({ ...DEFAULT_SETTINGS, keepSnippets, labMode }).keepSnippets).toBe(kept);
  });
});

describe('a snippet in a finding', () => {
  test('is capped, and only comes with a chat message or page text', () => {
    const parse = (r: FindingReport) => schemas.reportFindings.safeParse(r).success;
    expect(parse(chat())).toBe(true);
    expect(parse(chat({ kind: 'page' }))).toBe(true);
    expect(parse(chat({ snippet: 'x'.repeat(201) }))).toBe(false);
    expect(parse(chat({ kind: 'typed', matched: [] }))).toBe(false);
    expect(parse(chat({ kind: 'search' }))).toBe(false);
  });

  test('is stored only while the parent keeps snippets', async () => {
    await handleFindings(chat(), from);
    await saveSettings({ keepSnippets: true });
    await handleFindings(chat(), from);
    expect(await snippets()).toEqual([undefined, SNIPPET]);
  });

  test('is never stored on a lab PC, whatever the parent chose before', async () => {
    await saveSettings({ keepSnippets: true });
    await fakeBrowser.storage.managed.set({ labMode: true });
    await handleFindings(chat(), from);
    // Lab mode keeps daily counts only: no event row, so no snippet anywhere.
    expect(await db().events.count()).toBe(0);
    expect(JSON.stringify(await db().dailyCounts.toArray())).not.toContain('rahasia');
  });
});

describe('kept snippets', () => {
  const event = (snippet?: string) => ({
    time: Date.now(),
    host: 'chat.example',
    kind: 'chat' as const,
    categories: ['secrecy' as const],
    risk: 'low' as const,
    action: 'tip' as const,
    ...(snippet ? { snippet } : {}),
  });

  test('go when the parent turns them off; the events stay', async () => {
    await saveSettings({ keepSnippets: true });
    await db().events.bulkAdd([event(SNIPPET), event()]);
    expect(await forgetSnippetsUnlessKept()).toBe(0);
    registerRetention();
    await saveSettings({ keepSnippets: false });
    await vi.waitFor(async () => expect(await snippets()).toEqual([undefined, undefined]));
    expect(await db().events.count()).toBe(2);
  });

  test('go when a school makes this a lab PC, and with the daily purge', async () => {
    await saveSettings({ keepSnippets: true });
    await db().events.add(event(SNIPPET));
    await fakeBrowser.storage.managed.set({ labMode: true });
    expect(await purgeOldHistory()).toMatchObject({ snippets: 1 });
    expect(await snippets()).toEqual([undefined]);
  });

  test('are exported with their events, and imported only where snippets are kept', async () => {
    await saveSettings({ keepSnippets: true });
    await db().events.add(event(SNIPPET));
    const file = JSON.stringify(await exportHistoryFile());
    expect(file).toContain(SNIPPET);

    await db().events.clear();
    expect(await importHistoryFile(file)).toMatchObject({ ok: true, counts: { events: 1 } });
    expect(await snippets()).toEqual([SNIPPET]);

    await db().events.clear();
    await saveSettings({ keepSnippets: false });
    expect(await importHistoryFile(file)).toMatchObject({ ok: true, counts: { events: 1 } });
    expect(await snippets()).toEqual([undefined]);
  });

  test('a history file with a snippet over 200 characters is refused', async () => {
    const file = makeHistoryFile(
      { events: [{ id: 1, ...event('x'.repeat(201)) }], reports: [], pauses: [], dailyCounts: [] },
      Date.now(),
    );
    expect(await importHistoryFile(JSON.stringify(file))).toMatchObject({ ok: false, reason: 'problems' });
  });
});
