import { storage } from '#imports';
import { browser } from 'wxt/browser';
import { canonicalJson } from '../canonical-json';
import { DEFAULT_SETTINGS } from './defaults';
import { SETTINGS_VERSION, settingsMigrations } from './migrations';
import { PAGE_CONFIG_KEY, pageConfigFrom, type PageConfig } from './page-config';
import { repairSettings } from './repair';
import { effectiveSettings, parsePolicy, type EffectiveSettings } from './policy';
import type { Settings } from './schema';

/** The parent's settings in `storage.local`, versioned (`migrations/`) and repaired per field on every read. */
export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
});

export const pageConfigItem = storage.defineItem<PageConfig | null>(`local:${PAGE_CONFIG_KEY}`, { fallback: null });

/**
 * The settings as the background last wrote them, as canonical JSON (`"null"` once removed). Content scripts can write
 * `storage.local` but not `storage.session`: the background puts back any settings that do not match this seal
 * (`entrypoints/background/seals.ts`). Empty after a browser restart until the background seals what is stored.
 */
export const settingsSealItem = storage.defineItem<string | null>('session:settingsSeal', { fallback: null });

/** Writes the parent's settings (background only): sealed first, so the change is recognised as the background's. */
export async function writeSettings(value: Settings): Promise<void> {
  await settingsSealItem.setValue(canonicalJson(value));
  await settingsItem.setValue(value);
}

/** Removes the parent's settings (background only, wiping all data), sealed as removed. */
export async function removeSettings(): Promise<void> {
  await settingsSealItem.setValue('null');
  await settingsItem.removeValue();
}

export async function loadSettings(): Promise<Settings> {
  return repairSettings(await settingsItem.getValue()).settings;
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = repairSettings({ ...(await loadSettings()), ...patch }).settings;
  await writeSettings(next);
  return next;
}

/** The school's policy from `storage.managed`; an empty policy where the browser has none or can't read it. */
export async function loadPolicyRaw(): Promise<unknown> {
  try {
    return await browser.storage.managed.get(null);
  } catch {
    // Firefox without policies.json, or a browser without managed storage, rejects: no policy.
    return {};
  }
}

/** The settings in force: defaults, then the parent's choices, then the school's policy (which wins). */
export async function loadEffective(): Promise<EffectiveSettings> {
  const [parent, rawPolicy] = await Promise.all([loadSettings(), loadPolicyRaw()]);
  const { policy, problems } = parsePolicy(rawPolicy);
  return effectiveSettings(parent, policy, problems);
}

export async function loadEffectiveSettings(): Promise<Settings> {
  return (await loadEffective()).settings;
}

export async function syncPageConfig(): Promise<PageConfig> {
  const config = pageConfigFrom(await loadEffectiveSettings());
  await pageConfigItem.setValue(config);
  return config;
}
