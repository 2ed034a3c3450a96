import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { makeHistoryFile, makeSettingsFile, readHistoryFile, readSettingsFile } from './files';

const now = Date.UTC(2026, 10, 29);
const settings = {
  ...DEFAULT_SETTINGS,
  guidanceLevel: 'protective' as const,
  blockSites: ['bad.example'],
  setupDone: true,
};
const history = {
  events: [
    {
      id: 4,
      time: now,
      host: 'chat.example',
      kind: 'chat' as const,
      categories: ['secrecy' as const],
      risk: 'low' as const,
      action: 'tip' as const,
    },
  ],
  reports: [
    {
      id: 1,
      createdAt: now,
      updatedAt: now,
      status: 'sent' as const,
      sentTo: 'SAPA 129',
      host: 'chat.example',
      title: 'Chat',
      contact: 'Kak',
      categories: ['secrecy' as const],
      flaggedWords: 'jangan bilang',
      note: '',
      eventId: 4,
    },
  ],
  pauses: [{ id: 2, start: now - 1000, end: now, reason: 'disabled' as const }],
  dailyCounts: [{ day: '2026-11-29', category: 'gifts' as const, count: 2 }],
};

describe('settings files', () => {
  test('round-trip', () => {
    const text = JSON.stringify(makeSettingsFile(settings, now));
    expect(readSettingsFile(text)).toEqual({ ok: true, value: settings });
  });

  test.each([
    ['not JSON', 'hello', [{ code: 'not-json' }]],
    ['another app', JSON.stringify({ app: 'other', kind: 'settings', fileVersion: 1 }), [{ code: 'not-kawan-aman' }]],
    ['a plain array', '[1,2]', [{ code: 'not-kawan-aman' }]],
    [
      'a history file',
      JSON.stringify(makeHistoryFile(history, now)),
      [{ code: 'wrong-kind', expected: 'settings', found: 'history' }],
    ],
    ['a newer file', JSON.stringify({ ...makeSettingsFile(settings, now), fileVersion: 99 }), [{ code: 'too-new' }]],
    [
      'newer settings',
      JSON.stringify({ ...makeSettingsFile(settings, now), settingsVersion: 99 }),
      [{ code: 'too-new' }],
    ],
  ])('%s is refused with a plain reason', (_name, text, problems) => {
    expect(readSettingsFile(text)).toEqual({ ok: false, problems });
  });

  test('each bad field is named, with what is allowed', () => {
    const file = makeSettingsFile(settings, now) as unknown as { settings: Record<string, unknown> };
    file.settings.guidanceLevel = 'nuclear';
    file.settings.retentionDays = 0;
    file.settings.blockSites = ['ok.example', 'not a site'];
    delete file.settings.language;
    file.settings.colour = 'red';
    const result = readSettingsFile(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { code: 'field', path: ['settings', 'language'], issue: 'missing' },
        {
          code: 'field',
          path: ['settings', 'guidanceLevel'],
          issue: 'value',
          options: ['gentle', 'guided', 'protective'],
        },
        { code: 'field', path: ['settings', 'retentionDays'], issue: 'too-small', limit: 1 },
        { code: 'field', path: ['settings', 'blockSites', 1], issue: 'format' },
        { code: 'field', path: ['settings'], issue: 'unknown-key', keys: ['colour'] },
      ]),
    );
  });

  test('too big a file is refused before parsing', () => {
    expect(readSettingsFile(' '.repeat(20_000_001))).toEqual({ ok: false, problems: [{ code: 'too-big' }] });
  });
});

describe('history files', () => {
  test('round-trip keeps every row', () => {
    const result = readHistoryFile(JSON.stringify(makeHistoryFile(history, now)));
    expect(result).toEqual({ ok: true, value: history });
  });

  test('a bad row is named by table and position; nothing is returned', () => {
    const file = makeHistoryFile(history, now) as unknown as { events: Record<string, unknown>[] };
    file.events.push({ time: -5, host: 'x', kind: 'chat', categories: ['made_up'], risk: 'low', action: 'tip' });
    const result = readHistoryFile(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { code: 'field', path: ['events', 1, 'time'], issue: 'too-small', limit: 0 },
        expect.objectContaining({ code: 'field', path: ['events', 1, 'categories', 0], issue: 'value' }),
      ]),
    );
  });

  test('a history file never carries the PIN', () => {
    const text = JSON.stringify({ ...makeHistoryFile(history, now), secrets: [{ key: 'pin' }] });
    const result = readHistoryFile(text);
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'field', issue: 'unknown-key', keys: ['secrets'] }] });
  });
});
