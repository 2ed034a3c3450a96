import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { historyRowSchemas } from '../transfer/rows';
import { declareVersions, KawanAmanDB } from './index';
import { DB_STEPS, DB_VERSION, upgradeRows } from './versions';

/**
 * The migration harness: for every version the database ever had, store that version's example rows with that
 * version's schema, then open the database as the current code does and check every row arrived as the upgrade
 * steps say, and is a valid current row. Adding version N needs only a step in `versions.ts` and `examples/vN.ts`.
 */
const examples = import.meta.glob<{ default: Record<string, Record<string, unknown>[]> }>('./examples/v*.ts', {
  eager: true,
});
const exampleFor = (version: number) => examples[`./examples/v${version}.ts`]?.default;

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

describe.each(DB_STEPS.map((s) => s.version))('from database version %i', (version) => {
  test('every example row survives the upgrade to the newest version', async () => {
    const example = exampleFor(version);
    expect(example, `lib/db/examples/v${version}.ts`).toBeDefined();
    const name = `migration-test-v${version}-${crypto.randomUUID()}`;
    names.push(name);

    const old = new Dexie(name);
    declareVersions(
      old,
      DB_STEPS.filter((s) => s.version <= version),
    );
    await old.open();
    for (const [table, rows] of Object.entries(example!)) await old.table(table).bulkAdd(rows);
    old.close();

    const current = new KawanAmanDB(name);
    await current.open();
    expect(current.verno).toBe(DB_VERSION);
    for (const [table, rows] of Object.entries(example!)) {
      const stored = await current.table(table).toArray();
      // Compare as sets: a table is read in key order, which need not be the example's order.
      const sorted = (list: unknown[]) => list.map((r) => JSON.stringify(r)).sort();
      expect(sorted(stored), table).toEqual(sorted(upgradeRows(version, table, rows)));
      const schema = historyRowSchemas[table as keyof typeof historyRowSchemas];
      if (schema)
        for (const row of stored) expect(schema.safeParse(row).success, `${table} ${JSON.stringify(row)}`).toBe(true);
    }
    current.close();
  });
});

test('versions only grow, one step at a time', () => {
  expect(DB_STEPS.map((s) => s.version)).toEqual(DB_STEPS.map((_, i) => i + 1));
});

test('the newest schema still has every table the app uses', async () => {
  const name = `schema-${crypto.randomUUID()}`;
  names.push(name);
  const current = new KawanAmanDB(name);
  await current.open();
  expect(current.tables.map((t) => t.name).sort()).toEqual(['dailyCounts', 'events', 'pauses', 'reports', 'secrets']);
  current.close();
});

test('the harness itself: a step’s row upgrade runs when an old database opens', async () => {
  const name = `harness-${crypto.randomUUID()}`;
  names.push(name);
  const v1 = DB_STEPS[0]!;
  const v2 = {
    version: 2,
    stores: { pauses: '++id, start, reason' },
    upgrade: {
      pauses: (row: Record<string, unknown>) => ({
        ...row,
        reason: row.reason === 'unknown' ? 'disabled' : row.reason,
      }),
    },
  };
  const old = new Dexie(name);
  declareVersions(old, [v1]);
  await old.open();
  await old.table('pauses').bulkAdd([
    { start: 1, end: 2, reason: 'unknown' },
    { start: 3, end: 4, reason: 'parent-paused' },
  ]);
  old.close();
  const next = new Dexie(name);
  declareVersions(next, [v1, v2]);
  await next.open();
  expect((await next.table('pauses').toArray()).map((p) => p.reason)).toEqual(['disabled', 'parent-paused']);
  expect(await next.table('pauses').where('reason').equals('disabled').count()).toBe(1);
  next.close();
});
