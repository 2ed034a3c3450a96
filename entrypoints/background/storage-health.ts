import { repairSettings } from '@/lib/settings/repair';
import { settingsRepairItem, storageTroubleItem, type StorageTrouble } from '@/lib/settings/health';
import type { Settings } from '@/lib/settings/schema';
import { settingsItem, writeSettings } from '@/lib/settings/store';
import { settingsTampered } from './seals';

/**
 * Keeps Kawan Aman working when its storage lets it down, and tells the parent (options page, `health-notes.tsx`):
 *
 * - a database write that fails — the storage quota is full (`QuotaExceededError`), or the database cannot be opened
 *   at all (a downgrade left a newer schema behind, a damaged profile) — is caught: the child still gets the tip or
 *   warning, only its record is missing, and the parent sees since when and how many;
 * - a damaged settings object is repaired field by field (`lib/settings/repair.ts`), written back once, and the
 *   parent is told which settings went back to their default.
 */

/** Dexie wraps IndexedDB errors (`Dexie.QuotaExceededError`, or an `AbortError` whose `inner` is the cause). */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const { name, message } = e as { name?: unknown; message?: unknown };
    if (name === 'QuotaExceededError') return true;
    if (typeof message === 'string' && /quota ?exceeded/i.test(message)) return true;
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

/** Notes one failed write for the parent. Never throws: the note itself may not fit either. */
export async function recordWriteFailure(error: unknown, now = Date.now()): Promise<void> {
  try {
    const before = await storageTroubleItem.getValue();
    const reason: StorageTrouble['reason'] = isQuotaError(error) || before?.reason === 'full' ? 'full' : 'failed';
    await storageTroubleItem.setValue({
      since: before?.since ?? now,
      last: now,
      lost: (before?.lost ?? 0) + 1,
      reason,
    });
  } catch {
    // storage.local is full too: the write is lost, the child's protection is not.
  }
}

/**
 * Runs a database write; when it fails, notes it for the parent and resolves to `undefined` instead of rejecting, so
 * the caller goes on (a prompt still shows without its event row).
 */
export async function tryWrite<T>(write: () => Promise<T>): Promise<T | undefined> {
  try {
    return await write();
  } catch (error) {
    await recordWriteFailure(error);
    return undefined;
  }
}

/**
 * Repairs a damaged settings object in storage: valid fields stay, each damaged one goes back to its default, the
 * result is written back (so every reader sees the same) and the parent is told which ones. Returns the repaired keys.
 */
export async function repairStoredSettings(now = Date.now()): Promise<(keyof Settings)[] | 'all'> {
  // Settings some other script wrote are not repaired into the background's own: seals.ts puts them back instead.
  if (await settingsTampered()) return [];
  const raw = await settingsItem.getValue();
  const whole = raw === null || typeof raw !== 'object' || Array.isArray(raw);
  const { settings, invalid } = repairSettings(raw);
  if (!whole && invalid.length === 0) return [];
  const keys = whole ? 'all' : invalid;
  await writeSettings(settings);
  await settingsRepairItem.setValue({ at: now, keys });
  return keys;
}
