import { z } from 'zod';
import type { DailyCountRow, PauseRow, ReportRow, RiskEvent } from '../db';
import { DB_VERSION, upgradeRows } from '../db/versions';
import { migrateSettings, SETTINGS_VERSION } from '../settings/migrations';
import { settingsSchema, type Settings } from '../settings/schema';
import { problemsFromIssues, type TransferProblem } from './problems';
import { HISTORY_TABLES, historyRowSchemas, type HistoryTable } from './rows';

/**
 * Export and import files (issue #7 "Data"). Settings and history are separate files, so a parent can move their
 * choices to another computer without moving what happened. Every file names the app, its kind and the versions
 * it was written with; an import of an older file runs the same migrations as stored data.
 */
export const APP = 'kawan-aman';
export const FILE_VERSION = 1;
/** A history file is read whole into memory; beyond this it is not a Kawan Aman export. */
export const MAX_FILE_CHARS = 20_000_000;

export interface SettingsFile {
  app: typeof APP;
  kind: 'settings';
  fileVersion: number;
  settingsVersion: number;
  exportedAt: string;
  settings: Settings;
}

export interface HistoryData {
  events: RiskEvent[];
  reports: ReportRow[];
  pauses: PauseRow[];
  dailyCounts: DailyCountRow[];
}

export interface HistoryFile extends HistoryData {
  app: typeof APP;
  kind: 'history';
  fileVersion: number;
  dbVersion: number;
  exportedAt: string;
}

export type ReadResult<T> = { ok: true; value: T } | { ok: false; problems: TransferProblem[] };

export function makeSettingsFile(settings: Settings, now: number): SettingsFile {
  return {
    app: APP,
    kind: 'settings',
    fileVersion: FILE_VERSION,
    settingsVersion: SETTINGS_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings,
  };
}

export function makeHistoryFile(data: HistoryData, now: number): HistoryFile {
  return {
    app: APP,
    kind: 'history',
    fileVersion: FILE_VERSION,
    dbVersion: DB_VERSION,
    exportedAt: new Date(now).toISOString(),
    events: data.events,
    reports: data.reports,
    pauses: data.pauses,
    dailyCounts: data.dailyCounts,
  };
}

const version = z.number().int().min(1);
const headerSchema = z.object({
  app: z.literal(APP),
  kind: z.enum(['settings', 'history']),
  fileVersion: version,
});

function readHeader(text: string, expected: 'settings' | 'history'): ReadResult<Record<string, unknown>> {
  if (text.length > MAX_FILE_CHARS) return { ok: false, problems: [{ code: 'too-big' }] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ code: 'not-json' }] };
  }
  const header = headerSchema.safeParse(raw);
  if (!header.success) return { ok: false, problems: [{ code: 'not-kawan-aman' }] };
  if (header.data.kind !== expected) {
    return { ok: false, problems: [{ code: 'wrong-kind', expected, found: header.data.kind }] };
  }
  if (header.data.fileVersion > FILE_VERSION) return { ok: false, problems: [{ code: 'too-new' }] };
  return { ok: true, value: raw as Record<string, unknown> };
}

const settingsFileSchema = z.strictObject({
  app: z.literal(APP),
  kind: z.literal('settings'),
  fileVersion: version,
  settingsVersion: version,
  exportedAt: z.string().max(40),
  settings: z.unknown(),
});

/**
 * Reads an exported settings file. All or nothing: every key must be there and valid, and unknown keys are
 * reported too (a typo in a hand-edited file should not pass silently).
 */
export function readSettingsFile(text: string): ReadResult<Settings> {
  const head = readHeader(text, 'settings');
  if (!head.ok) return head;
  const file = settingsFileSchema.safeParse(head.value, { reportInput: true });
  if (!file.success) return { ok: false, problems: problemsFromIssues(file.error.issues) };
  if (file.data.settingsVersion > SETTINGS_VERSION) return { ok: false, problems: [{ code: 'too-new' }] };
  const migrated = migrateSettings(file.data.settings, file.data.settingsVersion);
  const settings = z.strictObject(settingsSchema.shape).safeParse(migrated, { reportInput: true });
  if (!settings.success) return { ok: false, problems: problemsFromIssues(settings.error.issues, ['settings']) };
  return { ok: true, value: settings.data };
}

const historyFileSchema = z.strictObject({
  app: z.literal(APP),
  kind: z.literal('history'),
  fileVersion: version,
  dbVersion: version,
  exportedAt: z.string().max(40),
  events: z.array(z.record(z.string(), z.unknown())).max(200_000),
  reports: z.array(z.record(z.string(), z.unknown())).max(20_000),
  pauses: z.array(z.record(z.string(), z.unknown())).max(20_000),
  dailyCounts: z.array(z.record(z.string(), z.unknown())).max(100_000),
});

export interface ImportedHistory {
  events: z.infer<(typeof historyRowSchemas)['events']>[];
  reports: z.infer<(typeof historyRowSchemas)['reports']>[];
  pauses: z.infer<(typeof historyRowSchemas)['pauses']>[];
  dailyCounts: z.infer<(typeof historyRowSchemas)['dailyCounts']>[];
}

/** Reads an exported history file, upgrading rows from an older database version first. All or nothing. */
export function readHistoryFile(text: string): ReadResult<ImportedHistory> {
  const head = readHeader(text, 'history');
  if (!head.ok) return head;
  const file = historyFileSchema.safeParse(head.value, { reportInput: true });
  if (!file.success) return { ok: false, problems: problemsFromIssues(file.error.issues) };
  if (file.data.dbVersion > DB_VERSION) return { ok: false, problems: [{ code: 'too-new' }] };
  const out: Partial<Record<HistoryTable, unknown[]>> = {};
  const problems: TransferProblem[] = [];
  for (const table of HISTORY_TABLES) {
    const rows = upgradeRows(file.data.dbVersion, table, file.data[table]);
    const parsed = z.array(historyRowSchemas[table]).safeParse(rows, { reportInput: true });
    if (parsed.success) out[table] = parsed.data;
    else problems.push(...problemsFromIssues(parsed.error.issues, [table]));
  }
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, 20) };
  return { ok: true, value: out as unknown as ImportedHistory };
}
