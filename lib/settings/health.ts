import { storage } from '#imports';
import type { Settings } from './schema';

/**
 * What went wrong with stored data, kept for the parent's options page (DESIGN.md §9: bad input gets a clear message
 * or is ignored safely). Written by the background only; none of it is secret or names the child.
 */

/**
 * The extension's database refused a write (the computer's disk or the browser's storage quota is full, or the
 * database could not be opened). Kawan Aman keeps guiding the child; only the record of it is missing.
 */
export interface StorageTrouble {
  /** When the first write failed since the parent last dismissed the note (epoch ms). */
  since: number;
  /** When the latest write failed. */
  last: number;
  /** How many records could not be written. */
  lost: number;
  /** `full`: the storage quota was exceeded; `failed`: any other database error. */
  reason: 'full' | 'failed';
}

export const storageTroubleItem = storage.defineItem<StorageTrouble | null>('local:storageTrouble', {
  fallback: null,
});

/** Stored settings that were damaged and went back to their default, one field at a time (`repair.ts`). */
export interface SettingsRepair {
  at: number;
  /** The repaired settings; `all` when the stored value was not a settings object at all. */
  keys: (keyof Settings)[] | 'all';
}

export const settingsRepairItem = storage.defineItem<SettingsRepair | null>('local:settingsRepaired', {
  fallback: null,
});

/**
 * Something other than Kawan Aman's own pages changed its settings, the page config or the detection rules in
 * storage (a browser add-on or a program with access to the browser profile); the background put them back.
 */
export interface SettingsGuarded {
  /** When it last happened (epoch ms). */
  at: number;
  /** How many times since the parent last dismissed the note. */
  count: number;
}

export const settingsGuardedItem = storage.defineItem<SettingsGuarded | null>('local:settingsGuarded', {
  fallback: null,
});

/** The notes a parent can dismiss (with the PIN) once read. */
export const HEALTH_NOTES = ['storageTrouble', 'settingsRepaired', 'settingsGuarded', 'modelTrouble'] as const;
export type HealthNote = (typeof HEALTH_NOTES)[number];

/**
 * The learned layer's file (issue #12) could not be used: missing, cut short, or not the file this version shipped.
 * The rules keep guarding alone; the options page says so once (one note until the parent dismisses it).
 */
export interface ModelTrouble {
  at: number;
  problem: 'missing' | 'truncated' | 'tampered' | 'format';
}

export const modelTroubleItem = storage.defineItem<ModelTrouble | null>('local:modelTrouble', { fallback: null });
