import { db as defaultDb, type KawanAmanDB, type ReportRow } from '@/lib/db';
import { nextStatus } from '@/lib/report/status';
import { multiLine, oneLine } from '@/lib/report/sanitize';
import type { ReportChannel, ReportDetails, ReportSource } from '@/lib/report/types';
import type { Language } from '@/lib/settings/schema';
import { parseStory } from '@/lib/story';

/**
 * The child's reports in the extension's IndexedDB. Only extension pages run this: no web page or content script
 * can reach this database. Every change goes to one row per report (its id is the draft id), so saving or sending
 * twice never makes a second report.
 */

export interface NewReport {
  details: ReportDetails;
  source: ReportSource;
  language: Language;
  eventId?: number;
}

/** Field caps for what is stored; the form enforces the same with `maxLength`. */
export const FIELD_MAX = { host: 253, title: 300, contact: 120, flaggedWords: 1000, note: 2000 } as const;

function clean(details: ReportDetails): ReportDetails {
  const story = parseStory(details.story);
  return {
    host: oneLine(details.host, FIELD_MAX.host),
    title: oneLine(details.title, FIELD_MAX.title),
    contact: oneLine(details.contact, FIELD_MAX.contact),
    categories: [...new Set(details.categories)],
    // The child's own multi-line words are kept as typed, minus control characters.
    flaggedWords: multiLine(details.flaggedWords, FIELD_MAX.flaggedWords),
    note: multiLine(details.note, FIELD_MAX.note),
    happenedAt: Number.isFinite(details.happenedAt) && details.happenedAt > 0 ? details.happenedAt : Date.now(),
    ...(story ? { story } : {}),
  };
}

export async function getReport(id: number, database: KawanAmanDB = defaultDb()): Promise<ReportRow | undefined> {
  return database.reports.get(id);
}

/** The report that started from this prompt or block page, if the child already began one. */
export async function reportForEvent(
  eventId: number,
  database: KawanAmanDB = defaultDb(),
): Promise<ReportRow | undefined> {
  const rows = await database.reports.filter((r) => r.eventId === eventId).toArray();
  return rows.sort((a, b) => a.createdAt - b.createdAt)[0];
}

/** The most recently touched unfinished report, optionally for one site and no older than `maxAgeMs`. */
export async function latestDraft(
  filter: { host?: string; maxAgeMs?: number } = {},
  database: KawanAmanDB = defaultDb(),
  now = Date.now(),
): Promise<ReportRow | undefined> {
  const drafts = await database.reports.where('status').equals('draft').toArray();
  return drafts
    .filter((r) => filter.host === undefined || r.host === filter.host)
    .filter((r) => filter.maxAgeMs === undefined || now - r.updatedAt <= filter.maxAgeMs)
    .sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

/**
 * Creates the draft row, or returns the one that already exists for the same event: two tabs opened from the same
 * prompt share one report. The check and the insert run in one transaction.
 */
export async function createReport(input: NewReport, database: KawanAmanDB = defaultDb()): Promise<ReportRow> {
  return database.transaction('rw', database.reports, async () => {
    if (input.eventId !== undefined) {
      const existing = await reportForEvent(input.eventId, database);
      if (existing) return existing;
    }
    const now = Date.now();
    const row: Omit<ReportRow, 'id'> = {
      ...clean(input.details),
      createdAt: now,
      updatedAt: now,
      status: 'draft',
      source: input.source,
      language: input.language,
      ...(input.eventId !== undefined ? { eventId: input.eventId } : {}),
    };
    const id = await database.reports.add(row as ReportRow);
    return { ...row, id } as ReportRow;
  });
}

export interface Sent {
  sentTo: string;
  via: ReportChannel;
}

/**
 * Saves the child's edits to report `id`. `save` marks it kept, `send` records who it went to; an edit never
 * lowers a status (a sent report stays sent).
 */
export async function updateReport(
  id: number,
  details: ReportDetails,
  action: 'edit' | 'save' | 'send',
  sent?: Sent,
  database: KawanAmanDB = defaultDb(),
): Promise<ReportRow | undefined> {
  return database.transaction('rw', database.reports, async () => {
    const current = await database.reports.get(id);
    if (!current) return undefined;
    const now = Date.now();
    const next: ReportRow = {
      ...current,
      ...clean(details),
      status: nextStatus(current.status, action),
      updatedAt: now,
      ...(action === 'send' && sent ? { sentTo: oneLine(sent.sentTo, 120), sentVia: sent.via, sentAt: now } : {}),
    };
    await database.reports.put(next);
    return next;
  });
}

export async function deleteReport(id: number, database: KawanAmanDB = defaultDb()): Promise<void> {
  await database.reports.delete(id);
}

/** The report's fields the form edits. */
export function detailsOf(row: ReportRow): ReportDetails {
  return {
    host: row.host,
    title: row.title,
    contact: row.contact,
    categories: row.categories,
    flaggedWords: row.flaggedWords,
    note: row.note,
    happenedAt: row.happenedAt ?? row.createdAt,
    ...(row.story ? { story: row.story } : {}),
  };
}
