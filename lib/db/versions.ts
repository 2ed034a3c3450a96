/**
 * Every version of the extension's IndexedDB schema, oldest first. Stored data must survive upgrades
 * (docs/development.md#changing-stored-data-safely), so versions are only ever added, never edited:
 *
 * 1. add a step here with the next number, the tables whose index string changes, and a pure `upgrade` function
 *    per table whose rows change shape (return `undefined` to drop a row);
 * 2. add `examples/v<N>.ts`: example rows as that version stored them;
 * 3. `migrations.test.ts` then opens every earlier version with its example rows and upgrades it to the newest
 *    (nothing else to write; it also fails when a version has no example file).
 */
export type RowUpgrade = (row: Record<string, unknown>) => Record<string, unknown> | undefined;

export interface DbStep {
  version: number;
  /** Dexie store definitions for this version (only the tables that change after version 1; null deletes one). */
  stores: Record<string, string | null>;
  /** Pure per-table row changes from the previous version. */
  upgrade?: Record<string, RowUpgrade>;
}

export const DB_STEPS: readonly DbStep[] = [
  {
    version: 1,
    stores: {
      events: '++id, time, host',
      reports: '++id, createdAt, status',
      pauses: '++id, start',
      dailyCounts: '[day+category], day',
      secrets: 'key',
    },
  },
];

export const DB_VERSION = DB_STEPS[DB_STEPS.length - 1]!.version;

/** The rows an upgrade from `fromVersion` to the newest version makes of `rows` (what the test expects). */
export function upgradeRows(
  fromVersion: number,
  table: string,
  rows: readonly Record<string, unknown>[],
): Record<string, unknown>[] {
  let out = rows.map((r) => ({ ...r }));
  for (const step of DB_STEPS) {
    if (step.version <= fromVersion) continue;
    const fn = step.upgrade?.[table];
    if (!fn) continue;
    out = out.map(fn).filter((r): r is Record<string, unknown> => r !== undefined);
  }
  return out;
}
