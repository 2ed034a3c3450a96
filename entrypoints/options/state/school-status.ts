import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messages/protocol';
import type { SchoolStatus } from '@/lib/school/status';

/** The school policy status from the background (`getSchoolStatus`), fresh again whenever the policy or settings change. */
export function useSchoolStatus(): SchoolStatus | null {
  const [status, setStatus] = useState<SchoolStatus | null>(null);
  useEffect(() => {
    let alive = true;
    const load = () =>
      void sendMessage('getSchoolStatus', undefined).then((value) => {
        if (alive) setStatus(value);
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
  return status;
}
