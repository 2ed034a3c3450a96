import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Lang } from '@/locales';
import { optionsWords } from '@/locales/options';
import { PinForm } from '../pages/pin-form';
import { readGrant, storeGrant } from './pin-status';

type Answer = { ok: boolean; reason?: string };

interface GrantApi {
  token: string | null;
  setToken(token: string | null): void;
  /**
   * Runs a privileged call with the PIN grant, asking for the PIN first when there is none or the background says
   * it expired. Resolves to null when the parent cancels.
   */
  run<T extends Answer>(call: (token: string) => Promise<T>, options?: { fresh?: boolean }): Promise<T | null>;
}

const GrantContext = createContext<GrantApi | null>(null);

export function useGrant(): GrantApi {
  const api = useContext(GrantContext);
  if (!api) throw new Error('useGrant outside GrantProvider');
  return api;
}

export function GrantProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const w = optionsWords[lang].gate;
  const [token, setTokenState] = useState<string | null>(() => readGrant());
  const dialog = useRef<HTMLDialogElement>(null);
  const pending = useRef<((token: string | null) => void) | null>(null);
  const [asking, setAsking] = useState(false);

  const setToken = useCallback((next: string | null) => {
    storeGrant(next);
    setTokenState(next);
  }, []);

  const askPin = useCallback(
    () =>
      new Promise<string | null>((resolve) => {
        pending.current = resolve;
        setAsking(true);
        dialog.current?.showModal();
      }),
    [],
  );

  const finish = useCallback(
    (next: string | null) => {
      if (next) setToken(next);
      setAsking(false);
      dialog.current?.close();
      pending.current?.(next);
      pending.current = null;
    },
    [setToken],
  );

  const run = useCallback(
    async <T extends Answer>(call: (token: string) => Promise<T>, options?: { fresh?: boolean }): Promise<T | null> => {
      // `fresh`: destructive actions ask for the PIN again even inside the ten minutes.
      let current = options?.fresh ? null : readGrant();
      if (!current) current = await askPin();
      if (!current) return null;
      let answer = await call(current);
      if (!answer.ok && answer.reason === 'no-grant') {
        setToken(null);
        current = await askPin();
        if (!current) return null;
        answer = await call(current);
      }
      return answer;
    },
    [askPin, setToken],
  );

  const api = useMemo(() => ({ token, setToken, run }), [token, setToken, run]);
  return (
    <GrantContext.Provider value={api}>
      {children}
      <dialog ref={dialog} className="pin-dialog" aria-labelledby="pin-dialog-title" onCancel={() => finish(null)}>
        <h2 id="pin-dialog-title">{w.dialogTitle}</h2>
        <p>{w.dialogIntro}</p>
        {asking && <PinForm lang={lang} onUnlocked={finish} onCancel={() => finish(null)} autoFocus />}
      </dialog>
    </GrantContext.Provider>
  );
}
