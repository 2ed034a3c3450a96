import { useCallback, useEffect, useState } from 'react';
import { sendMessage } from '@/lib/messages/protocol';

export interface PinStatus {
  hasPin: boolean;
  lockedForMs: number;
}

export function usePinStatus(): [PinStatus | null, () => Promise<void>] {
  const [status, setStatus] = useState<PinStatus | null>(null);
  const refresh = useCallback(async () => {
    setStatus(await sendMessage('getPinStatus', undefined));
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return [status, refresh];
}

const GRANT_KEY = 'kawanAmanGrant';
/** A little less than the background's ten minutes, so the page asks again before the background refuses. */
const GRANT_MS = 9.5 * 60_000;

/** The PIN grant lives in this tab only (sessionStorage): a reload keeps it, another tab or a closed tab does not. */
export function readGrant(now = Date.now()): string | null {
  try {
    const raw = JSON.parse(sessionStorage.getItem(GRANT_KEY) ?? 'null') as { token?: string; until?: number } | null;
    return raw?.token && typeof raw.until === 'number' && raw.until > now ? raw.token : null;
  } catch {
    return null;
  }
}

export function storeGrant(token: string | null, now = Date.now()): void {
  if (token) sessionStorage.setItem(GRANT_KEY, JSON.stringify({ token, until: now + GRANT_MS }));
  else sessionStorage.removeItem(GRANT_KEY);
}
