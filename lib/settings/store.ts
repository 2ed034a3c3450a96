import { storage } from '#imports';
import { browser } from 'wxt/browser';
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

export async function loadSettings(): Promise<Settings> {
  return repairSettings(await settingsItem.getValue()).settings;
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = repairSettings({ ...(await loadSettings()), ...patch }).settings;
  await settingsItem.setValue(next);
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
