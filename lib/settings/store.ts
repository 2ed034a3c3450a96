import { storage } from '#imports';
import { DEFAULT_SETTINGS } from './defaults';
import { PAGE_CONFIG_KEY, pageConfigFrom, type PageConfig } from './page-config';
import { repairSettings } from './repair';
import type { Settings } from './schema';

/** The parent's settings in `storage.local`, repaired per field on every read. */
export const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: DEFAULT_SETTINGS });

export const pageConfigItem = storage.defineItem<PageConfig | null>(`local:${PAGE_CONFIG_KEY}`, { fallback: null });

export async function loadSettings(): Promise<Settings> {
  return repairSettings(await settingsItem.getValue()).settings;
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = repairSettings({ ...(await loadSettings()), ...patch }).settings;
  await settingsItem.setValue(next);
  return next;
}

/** The settings in force: defaults, then the parent's choices. */
export async function loadEffectiveSettings(): Promise<Settings> {
  return loadSettings();
}

export async function syncPageConfig(): Promise<PageConfig> {
  const config = pageConfigFrom(await loadEffectiveSettings());
  await pageConfigItem.setValue(config);
  return config;
}
