import { beforeEach, describe, expect, test } from 'vitest';
import { db } from '@/lib/db';
import type { ReportContext } from '@/lib/report/types';
import { createReport } from '../drafts';
import { parseParams } from '../params';
import { detailsFromContext, findStartRow } from '../use-report';

const context: ReportContext = {
  host: 'chat.example',
  title: 'Obrolan',
  contact: 'Kak Rani',
  categories: ['secrecy'],
  matched: ['jangan bilang ortu', 'jangan bilang ortu', 'pap'],
  time: 1_700_000_000_000,
};

beforeEach(async () => {
  await db().reports.clear();
});

async function draft(host: string, eventId?: number) {
  return createReport(
    { details: detailsFromContext({ ...context, host }), source: 'popup', language: 'id', eventId },
    db(),
  );
}

describe('which report the page opens', () => {
  test('the finding fills the form: flagged words once each, the time it happened', () => {
    expect(detailsFromContext(context)).toEqual({
      host: 'chat.example',
      title: 'Obrolan',
      contact: 'Kak Rani',
      categories: ['secrecy'],
      flaggedWords: 'jangan bilang ortu, pap',
      note: '',
      happenedAt: 1_700_000_000_000,
    });
    expect(detailsFromContext(null, 5)).toMatchObject({ host: '', categories: [], happenedAt: 5 });
  });

  test('a prompt’s help button reopens the report of that event, and only that one', async () => {
    const mine = await draft('chat.example', 7);
    await draft('other.example');
    expect((await findStartRow(parseParams('?event=7'), context, false))?.id).toBe(mine.id);
    expect(await findStartRow(parseParams('?event=8'), context, false)).toBeUndefined();
  });

  test('"Get help" in the popup continues the latest unfinished report', async () => {
    await draft('a.example');
    const latest = await draft('b.example');
    await db().reports.update(latest.id, { updatedAt: Date.now() + 1000 });
    expect((await findStartRow(parseParams('?from=popup'), null, false))?.id).toBe(latest.id);
    expect(await findStartRow(parseParams('?from=popup&new=1'), null, false)).toBeUndefined();
  });

  test('the right-click menu continues an unfinished report of the same site only', async () => {
    const same = await draft('chat.example');
    await draft('other.example');
    expect((await findStartRow(parseParams('?from=menu&tab=3'), context, false))?.id).toBe(same.id);
    expect(
      await findStartRow(parseParams('?from=menu&tab=3'), { ...context, host: 'new.example' }, false),
    ).toBeUndefined();
  });

  test('on a shared school computer another child’s unfinished report is never reopened unasked', async () => {
    const other = await draft('chat.example');
    expect(await findStartRow(parseParams('?from=popup'), null, true)).toBeUndefined();
    expect(await findStartRow(parseParams('?from=menu&tab=3'), context, true)).toBeUndefined();
    expect((await findStartRow(parseParams(`?draft=${other.id}`), null, true))?.id).toBe(other.id);
  });
});
