/**
 * Versions of the stored settings object (`local:settings`, WXT `storage.defineItem` with `version` and
 * `migrations`), and of the settings inside an exported file. To change the shape of settings:
 *
 * 1. bump `SETTINGS_VERSION`, add `v<N-1>-to-v<N>.ts` with a pure, typed function and register it below;
 * 2. add `examples/v<N>.ts`, a snapshot of settings as version N stores them;
 * 3. `migrations.test.ts` walks every example up to the newest version and checks the result is valid.
 * After migrating, settings are still repaired per field (`repair.ts`), so an unexpected value never throws.
 */
export const SETTINGS_VERSION = 1;

export type SettingsMigration = (value: unknown) => unknown;

/** `settingsMigrations[n]` turns a version n-1 value into a version n value. */
export const settingsMigrations: Record<number, SettingsMigration> = {};

/** Runs every migration after `fromVersion`; values from a newer version are returned as they are. */
export function migrateSettings(value: unknown, fromVersion: number): unknown {
  let out = value;
  for (let v = fromVersion + 1; v <= SETTINGS_VERSION; v++) out = settingsMigrations[v]?.(out) ?? out;
  return out;
}
