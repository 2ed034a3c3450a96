import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { KawanAmanDB } from '@/lib/db';
import type { ReportDetails } from '@/lib/report/types';
import { createReport, deleteReport, latestDraft, reportForEvent, updateReport } from '../drafts';
import { fromLocalInput, toLocalInput } from '../sections/evidence';
import { draftSearch, parseParams } from '../params';

let database: KawanAmanDB;
beforeEach(() => {
  database = new KawanAmanDB(`test-${crypto.randomUUID()}`);
});
afterEach(() => database.delete());

const details: ReportDetails = {
  host: 'chat.example',
  title: 'Obrolan',
  contact: 'Kak Rani',
  categories: ['secrecy'],
  flaggedWords: 'jangan bilang ortu',
  note: '',
  happenedAt: 1_700_000_000_000,
};

describe('the child’s reports', () => {
  test('one report per event, even when two tabs start it at once', async () => {
    const [a, b] = await Promise.all([
      createReport({ details, source: 'prompt', language: 'id', eventId: 7 }, database),
      createReport({ details, source: 'prompt', language: 'id', eventId: 7 }, database),
    ]);
    expect(a.id).toBe(b.id);
    expect(await database.reports.count()).toBe(1);
    expect((await reportForEvent(7, database))?.id).toBe(a.id);
  });

  test('saving and sending again update the same row; a sent report stays sent', async () => {
    const row = await createReport({ details, source: 'popup', language: 'en' }, database);
    expect(row).toMatchObject({ status: 'draft', source: 'popup', language: 'en', host: 'chat.example' });
    await updateReport(row.id, { ...details, note: 'first' }, 'save', undefined, database);
    await updateReport(row.id, details, 'save', undefined, database);
    expect(await database.reports.get(row.id)).toMatchObject({ status: 'saved' });
    const sent = await updateReport(row.id, details, 'send', { sentTo: 'Mum (WhatsApp)', via: 'whatsapp' }, database);
    expect(sent).toMatchObject({
      status: 'sent',
      sentTo: 'Mum (WhatsApp)',
      sentVia: 'whatsapp',
      sentAt: expect.any(Number),
    });
    await updateReport(row.id, { ...details, note: 'later' }, 'edit', undefined, database);
    expect(await database.reports.get(row.id)).toMatchObject({ status: 'sent', note: 'later' });
    expect(await database.reports.count()).toBe(1);
  });

  test('what is stored is cleaned and capped', async () => {
    const row = await createReport(
      {
        details: {
          ...details,
          contact: 'Kak\u202E Rani\n',
          title: 't'.repeat(1000),
          categories: ['secrecy', 'secrecy'],
          happenedAt: Number.NaN,
        },
        source: 'page',
        language: 'id',
      },
      database,
    );
    expect(row.contact).toBe('Kak Rani');
    expect(row.title).toHaveLength(300);
    expect(row.categories).toEqual(['secrecy']);
    expect(row.happenedAt).toEqual(expect.any(Number));
  });

  test('an unknown report is not created by an update', async () => {
    expect(await updateReport(12345, details, 'save', undefined, database)).toBeUndefined();
    expect(await database.reports.count()).toBe(0);
  });

  test('the latest unfinished report, by site and age', async () => {
    const old = await createReport({ details, source: 'menu', language: 'id' }, database);
    await database.reports.update(old.id, { updatedAt: 1000 });
    const other = await createReport(
      { details: { ...details, host: 'other.example' }, source: 'menu', language: 'id' },
      database,
    );
    const done = await createReport({ details, source: 'menu', language: 'id' }, database);
    await updateReport(done.id, details, 'save', undefined, database);
    expect((await latestDraft({}, database))?.id).toBe(other.id);
    expect((await latestDraft({ host: 'chat.example' }, database))?.id).toBe(old.id);
    expect(await latestDraft({ host: 'chat.example', maxAgeMs: 60_000 }, database)).toBeUndefined();
    await deleteReport(other.id, database);
    expect((await latestDraft({}, database))?.id).toBe(old.id);
  });
});

describe('report page URLs', () => {
  test.each([
    ['?event=12', { source: 'prompt', eventId: 12, fresh: false }],
    ['?from=blocked&event=3', { source: 'blocked', eventId: 3 }],
    ['?from=popup', { source: 'popup', eventId: undefined }],
    ['?from=menu&tab=44', { source: 'menu', tabId: 44 }],
    ['?draft=5&from=menu', { source: 'menu', draftId: 5 }],
    ['?from=popup&new=1', { source: 'popup', fresh: true }],
    ['', { source: 'page' }],
    [
      '?from=evil&event=-1&tab=1e9&draft=abc',
      { source: 'page', eventId: undefined, tabId: undefined, draftId: undefined },
    ],
  ])('%s', (search, expected) => {
    expect(parseParams(search)).toMatchObject(expected);
  });

  test('the page’s own URL once a report exists', () => {
    expect(draftSearch(9, 'prompt')).toBe('?draft=9&from=prompt');
  });

  test('date and time fields round-trip in local time', () => {
    const ms = new Date(2026, 4, 12, 14, 3).getTime();
    expect(toLocalInput(ms)).toBe('2026-05-12T14:03');
    expect(fromLocalInput('2026-05-12T14:03')).toBe(ms);
    expect(fromLocalInput('')).toBeNull();
  });
});
