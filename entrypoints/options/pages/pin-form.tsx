import { useEffect, useState, type FormEvent } from 'react';
import { sendMessage } from '@/lib/messages/protocol';
import { fill, type Lang } from '@/locales';
import { optionsWords } from '@/locales/options';
import { PinField } from '@/components/parent/pin-field';
import { formatWait } from '../state/format';

interface Props {
  lang: Lang;
  onUnlocked(token: string): void;
  onCancel?(): void;
  autoFocus?: boolean;
}

/** Asks for the parent PIN; says plainly when it is wrong, and how long to wait after too many wrong tries. */
export function PinForm({ lang, onUnlocked, onCancel, autoFocus }: Props) {
  const w = optionsWords[lang];
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string>();
  const [lockedUntil, setLockedUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void sendMessage('getPinStatus', undefined).then((s) => {
      if (s.lockedForMs > 0) setLockedUntil(Date.now() + s.lockedForMs);
    });
  }, []);
  useEffect(() => {
    if (lockedUntil <= now) return;
    const id = setTimeout(() => setNow(Date.now()), 1000);
    return () => clearTimeout(id);
  }, [lockedUntil, now]);

  const locked = lockedUntil > now;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || locked) return;
    if (!/^\d{4,8}$/.test(pin)) {
      setError(w.errors['pin-format']);
      return;
    }
    setBusy(true);
    const result = await sendMessage('verifyPin', { pin }).finally(() => setBusy(false));
    setPin('');
    if (result.ok) {
      setError(undefined);
      onUnlocked(result.token);
      return;
    }
    if (result.lockedForMs > 0) setLockedUntil(Date.now() + result.lockedForMs);
    setNow(Date.now());
    setError(result.reason === 'locked' ? undefined : w.gate.wrong);
  };

  return (
    <form className="pin-form" onSubmit={(e) => void submit(e)} noValidate>
      <PinField
        label={w.gate.pin}
        error={error}
        value={pin}
        onChange={setPin}
        autoComplete="off"
        autoFocus={autoFocus}
      />
      {locked && (
        <p className="notice warn" role="status">
          {fill(w.gate.locked, { time: formatWait(lockedUntil - now, lang) })}
        </p>
      )}
      <div className="buttons">
        <button type="submit" className="primary" disabled={busy || locked}>
          {w.gate.unlock}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {w.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
