import { useState, type FormEvent } from 'react';
import { sendMessage } from '@/lib/messages/protocol';
import type { Lang } from '@/locales';
import { optionsWords } from '@/locales/options';
import { PinField } from '@/components/parent/pin-field';
import { useFocusHeading } from './use-focus-heading';

/** Two PIN fields that must match; used by the wizard and after a PIN reset. */
export function NewPinFields({
  lang,
  submitLabel,
  onDone,
}: {
  lang: Lang;
  submitLabel: string;
  onDone(token: string): void;
}) {
  const w = optionsWords[lang];
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<{ pin?: string; again?: string }>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{4,8}$/.test(pin)) return setErrors({ pin: w.errors['pin-format'] });
    if (pin !== again) return setErrors({ again: w.errors['pin-mismatch'] });
    setErrors({});
    setBusy(true);
    const result = await sendMessage('setPin', { pin }).finally(() => setBusy(false));
    if (result.ok) onDone(result.token);
    else setErrors({ pin: w.somethingWrong });
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <PinField label={w.wizard.pin} error={errors.pin} value={pin} onChange={setPin} autoComplete="new-password" />
      <PinField
        label={w.wizard.pinAgain}
        error={errors.again}
        value={again}
        onChange={setAgain}
        autoComplete="new-password"
      />
      <div className="buttons">
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

/** After a forgotten-PIN reset (or a PIN wiped some other way) with setup already done: make a new PIN. */
export function NewPinPage({ lang, onDone }: { lang: Lang; onDone(token: string): void }) {
  const w = optionsWords[lang];
  const heading = useFocusHeading<HTMLHeadingElement>('new-pin');
  return (
    <div className="narrow">
      <h1 ref={heading} tabIndex={-1}>
        {w.newPin.title}
      </h1>
      <p>{w.newPin.intro}</p>
      <NewPinFields lang={lang} submitLabel={w.save} onDone={onDone} />
    </div>
  );
}
