import { browser } from 'wxt/browser';
import { db } from '@/lib/db';
import type { ImportResult } from '@/lib/messages/protocol/settings';
import { keepsSnippets } from '@/lib/settings/page-config';
import { pinResetAtItem, setupDraftItem } from '@/lib/settings/parent-state';
import { loadEffective, loadSettings, removeSettings, saveSettings } from '@/lib/settings/store';
import type { Settings } from '@/lib/settings/schema';
import {
  makeHistoryFile,
  makeSettingsFile,
  readHistoryFile,
  readSettingsFile,
  type HistoryFile,
  type ImportedHistory,
  type SettingsFile,
} from '@/lib/transfer/files';
import { isQuotaError } from './storage-health';

/** Export, import and wipe for the parent (issue #7 "Data"). Callers have checked the PIN grant already. */

export async function exportSettingsFile(now = Date.now()): Promise<SettingsFile> {
  return makeSettingsFile(await loadSettings(), now);
}

export async function exportHistoryFile(now = Date.now()): Promise<HistoryFile> {
  const database = db();
  const [events, reports, pauses, dailyCounts] = await Promise.all([
    database.events.toArray(),
    database.reports.toArray(),
    database.pauses.toArray(),
    database.dailyCounts.toArray(),
  ]);
  return makeHistoryFile({ events, reports, pauses, dailyCounts }, now);
}

/**
 * Settings from a file replace the parent's, except keys the school manages, a pause in the file, and lab mode
 * (a school setting that only policy turns on).
 */
export async function importSettingsFile(text: string): Promise<ImportResult> {
  const read = readSettingsFile(text);
  if (!read.ok) return { ok: false, reason: 'problems', problems: read.problems };
  const { locked } = await loadEffective();
  const current = await loadSettings();
  const next: Settings = {
    ...read.value,
    pausedUntil: current.pausedUntil,
    labMode: current.labMode,
    setupDone: true,
  };
  let changed = 0;
  for (const key of Object.keys(next) as (keyof Settings)[]) {
    if (locked.has(key)) (next as Record<string, unknown>)[key] = current[key];
    else if (JSON.stringify(next[key]) !== JSON.stringify(current[key])) changed++;
  }
  try {
    await saveSettings(next);
  } catch (error) {
    return notSaved(error);
  }
  return { ok: true, counts: { settings: changed } };
}

const eventKey = (e: { time: number; host: string; kind: string }) => `${e.time}|${e.host}|${e.kind}`;
const reportKey = (r: { createdAt: number; host: string; title: string }) => `${r.createdAt}|${r.host}|${r.title}`;
const pauseKey = (p: { start: number; reason: string }) => `${p.start}|${p.reason}`;

/**
 * History from a file is added to what is here; rows already present (same time and site) are skipped, so
 * importing the same file twice changes nothing. All in one transaction: a failure adds nothing.
 */
export async function importHistoryFile(text: string): Promise<ImportResult> {
  const read = readHistoryFile(text);
  if (!read.ok) return { ok: false, reason: 'problems', problems: read.problems };
  const file = read.value;
  // A file may carry message snippets; they come in only where snippets are kept (never on a lab PC).
  const withSnippets = keepsSnippets((await loadEffective()).settings);
  const database = db();
  const counts = { events: 0, reports: 0, pauses: 0, dailyCounts: 0 };
  try {
    await importRows(database, file, counts, withSnippets);
  } catch (error) {
    // The transaction rolled back: a half-written import leaves nothing behind.
    return notSaved(error);
  }
  return { ok: true, counts };
}

/** The import's one transaction; a failure anywhere in it adds nothing at all. */
async function importRows(
  database: ReturnType<typeof db>,
  file: ImportedHistory,
  counts: Record<'events' | 'reports' | 'pauses' | 'dailyCounts', number>,
  withSnippets: boolean,
): Promise<void> {
  await database.transaction(
    'rw',
    [database.events, database.reports, database.pauses, database.dailyCounts],
    async () => {
      const knownEvents = new Set((await database.events.toArray()).map(eventKey));
      const eventIds = new Map<number, number>();
      for (const { id, snippet, ...event } of file.events) {
        const key = eventKey(event);
        if (knownEvents.has(key)) continue;
        knownEvents.add(key);
        const newId = await database.events.add(withSnippets && snippet ? { ...event, snippet } : event);
        if (id !== undefined) eventIds.set(id, newId);
        counts.events++;
      }
      const knownReports = new Set((await database.reports.toArray()).map(reportKey));
      for (const { id: _id, eventId, ...report } of file.reports) {
        const key = reportKey(report);
        if (knownReports.has(key)) continue;
        knownReports.add(key);
        const mapped = eventId === undefined ? undefined : eventIds.get(eventId);
        await database.reports.add(mapped === undefined ? report : { ...report, eventId: mapped });
        counts.reports++;
      }
      const knownPauses = new Set((await database.pauses.toArray()).map(pauseKey));
      for (const { id: _id, ...pause } of file.pauses) {
        const key = pauseKey(pause);
        if (knownPauses.has(key)) continue;
        knownPauses.add(key);
        await database.pauses.add(pause);
        counts.pauses++;
      }
      for (const row of file.dailyCounts) {
        const existing = await database.dailyCounts.get([row.day, row.category]);
        if (existing && existing.count >= row.count) continue;
        await database.dailyCounts.put(row);
        counts.dailyCounts++;
      }
    },
  );
}

/** A file that was fine but could not be stored: the parent is told, and nothing changed. */
function notSaved(error: unknown): ImportResult {
  return { ok: false, reason: 'problems', problems: [{ code: isQuotaError(error) ? 'storage-full' : 'not-saved' }] };
}

async function clearHistory(): Promise<void> {
  const database = db();
  await database.transaction('rw', [database.events, database.reports, database.pauses, database.dailyCounts], () =>
    Promise.all([
      database.events.clear(),
      database.reports.clear(),
      database.pauses.clear(),
      database.dailyCounts.clear(),
    ]),
  );
}

/** Everything goes: history, reports, settings, the wizard's draft and the PIN. The next visit starts the wizard. */
export async function wipeAllData(): Promise<void> {
  await clearHistory();
  await db().secrets.clear();
  await Promise.all([removeSettings(), setupDraftItem.removeValue(), pinResetAtItem.removeValue()]);
  await browser.storage.session.remove('pinGrants');
}

/** A forgotten PIN: the PIN and the history go, the settings stay, and the dashboard will say when it happened. */
export async function resetForgottenPin(now = Date.now()): Promise<void> {
  await clearHistory();
  await db().secrets.delete('pin');
  await pinResetAtItem.setValue(now);
  await browser.storage.session.remove('pinGrants');
}
