import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/** Which storage changes make a value stale: `local` keys, and whether the school policy (`managed`) counts. */
export interface Staleness {
  local: readonly string[];
  managed?: boolean;
}

/**
 * A value read once and read again whenever the storage it depends on changes (the parent saved, the school policy
 * changed, the background wrote a record). The one load-and-resubscribe hook of the options page.
 * @example const settings = useFresh(loadEffective, { local: ['settings'], managed: true });
 */
export function useFresh<T>(read: () => Promise<T>, stale: Staleness): T | undefined {
  const [value, setValue] = useState<T>();
  const keys = stale.local.join('\n');
  const managed = stale.managed === true;
  useEffect(() => {
    let alive = true;
    const load = () =>
      void read().then((v) => {
        if (alive) setValue(v);
      });
    load();
    const watched = keys.split('\n');
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if ((area === 'local' && watched.some((k) => k in changes)) || (managed && area === 'managed')) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
    // `read` is a module-level function; what is watched decides when to read again.
  }, [keys, managed]);
  return value;
}
