import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { EffectiveSettings } from '@/lib/settings/policy';
import { loadEffective } from '@/lib/settings/store';

/** The settings in force (parent ⊕ school), kept fresh when storage or the school policy changes. */
export function useEffective(): EffectiveSettings | null {
  const [effective, setEffective] = useState<EffectiveSettings | null>(null);
  useEffect(() => {
    let alive = true;
    const load = () =>
      void loadEffective().then((value) => {
        if (alive) setEffective(value);
      });
    load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if ((area === 'local' && 'settings' in changes) || area === 'managed') load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return effective;
}

/** One `storage.local` value, kept fresh. */
export function useStoredValue<T>(key: string, read: () => Promise<T>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let alive = true;
    const load = () =>
      void read().then((v) => {
        if (alive) setValue(v);
      });
    load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && key in changes) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
    // `read` is a module function; the key decides what to watch.
  }, [key]);
  return value;
}
