import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db';
import { CATEGORIES } from '@/lib/detection/types';
import { registerSchoolHandlers } from '../handlers/school';

type Handler = (message: { data: unknown; sender: unknown }) => Promise<unknown>;
const handlers = new Map<string, Handler>();
vi.mock('@/lib/messages/protocol', () => ({
  onMessage: (type: string, handler: Handler) => handlers.set(type, handler),
}));

const page = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });
const contentScript = () => ({ id: fakeBrowser.runtime.id, url: 'https://chat.example/', tab: { id: 4 }, frameId: 0 });

function call(type: string, data: unknown, sender: unknown): Promise<unknown> {
  return handlers.get(type)!({ data, sender });
}

beforeEach(async () => {
  handlers.clear();
  registerSchoolHandlers();
  await db().dailyCounts.clear();
});

describe('school messages', () => {
  test('the status reports what applies, what is locked and which keys were ignored', async () => {
    await fakeBrowser.storage.managed.set({
      guidanceLevel: 'protective',
      trustedAdult: { name: 'Bu Sari', role: 'Guru BK' },
      labMode: true,
      ageBand: 'toddler',
    });
    expect(await call('getSchoolStatus', undefined, page())).toMatchObject({
      managed: true,
      labMode: true,
      policy: { guidanceLevel: 'protective', trustedAdult: { name: 'Bu Sari', role: 'Guru BK' }, labMode: true },
      locked: ['guidanceLevel', 'keepSnippets', 'labMode', 'trustedAdult'],
      problems: [{ key: 'ageBand' }],
    });
  });

  test('a content script learns nothing', async () => {
    await fakeBrowser.storage.managed.set({ trustedAdult: { name: 'Bu Sari' } });
    expect(await call('getSchoolStatus', undefined, contentScript())).toBeNull();
    expect(await call('exportSchoolReport', {}, contentScript())).toBeNull();
  });

  test('the report is a CSV of daily counts in the language in force, with a BOM and a dated file name', async () => {
    await db().dailyCounts.bulkPut([
      { day: '2026-03-02', category: 'secrecy', count: 2 },
      { day: '2026-03-03', category: 'gifts', count: 1 },
    ]);
    const file = (await call('exportSchoolReport', {}, page())) as { filename: string; csv: string; days: number };
    expect(file.filename).toMatch(/^laporan-sekolah-kawan-aman-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.days).toBe(2);
    expect(file.csv.startsWith('\uFEFFTanggal;Diminta merahasiakan;')).toBe(true);
    const english = (await call('exportSchoolReport', { language: 'en' }, page())) as { csv: string };
    const lines = english.csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]!.split(',')).toHaveLength(CATEGORIES.length + 2);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['2026-03-02', '2026-03-03']);
  });

  test('a malformed request is dropped', async () => {
    expect(await call('exportSchoolReport', { language: 'fr' }, page())).toBeNull();
    expect(await call('exportSchoolReport', { language: 'en', extra: 1 }, page())).toBeNull();
  });
});
