import type { EffectiveSettings } from '@/lib/settings/policy';
import { loadEffective } from '@/lib/settings/store';
import { useFresh } from './use-fresh';

/** The settings in force (parent ⊕ school), kept fresh when storage or the school policy changes. */
export function useEffective(): EffectiveSettings | null {
  return useFresh(loadEffective, { local: ['settings'], managed: true }) ?? null;
}

/** One `storage.local` value, kept fresh. */
export function useStoredValue<T>(key: string, read: () => Promise<T>): T | undefined {
  return useFresh(read, { local: [key] });
}
