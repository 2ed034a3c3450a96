import { expect, test } from 'vitest';
import { repairSettings } from '../repair';
import { settingsSchema } from '../schema';
import { migrateSettings, SETTINGS_VERSION, settingsMigrations } from './index';

const examples = import.meta.glob<{ default: unknown }>('./examples/v*.ts', { eager: true });

test('every settings version has an example snapshot, and every later version a migration', () => {
  for (let v = 1; v <= SETTINGS_VERSION; v++) {
    expect(examples[`./examples/v${v}.ts`], `examples/v${v}.ts`).toBeDefined();
    if (v > 1) expect(settingsMigrations[v], `migration to v${v}`).toBeTypeOf('function');
  }
  expect(
    Object.keys(settingsMigrations)
      .map(Number)
      .every((v) => v > 1 && v <= SETTINGS_VERSION),
  ).toBe(true);
});

test.each(Object.entries(examples))('%s migrates to valid current settings without losing a field', (file, mod) => {
  const version = Number(/v(\d+)\.ts$/.exec(file)![1]);
  const migrated = migrateSettings(mod.default, version);
  expect(settingsSchema.safeParse(migrated).success).toBe(true);
  expect(repairSettings(migrated).invalid).toEqual([]);
});
