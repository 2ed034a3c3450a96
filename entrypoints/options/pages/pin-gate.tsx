import { useState } from 'react';
import { sendMessage } from '@/lib/messages/protocol';
import type { Lang } from '@/locales';
import { optionsWords } from '@/locales/options';
import { schoolWords } from '@/locales/school';
import { PinForm } from './pin-form';

interface Props {
  lang: Lang;
  onUnlocked(token: string): void;
  onReset(): void;
  /** A school policy is in force: offer the school panel, which the admin may read without the PIN. */
  schoolLink?: boolean;
}

/** The door to the parent pages: the PIN, and a plain way out for a forgotten PIN (reset deletes the history). */
export function PinGate({ lang, onUnlocked, onReset, schoolLink }: Props) {
  const w = optionsWords[lang];
  const [resetOpen, setResetOpen] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);

  const reset = async () => {
    setBusy(true);
    const result = await sendMessage('resetForgottenPin', { confirm: 'RESET' }).finally(() => setBusy(false));
    if (result.ok) onReset();
  };

  return (
    <div className="narrow">
      {/* The PIN field takes focus (not the heading): the parent came here to type it. */}
      <h1>{w.gate.title}</h1>
      <p>{w.gate.intro}</p>
      <PinForm lang={lang} onUnlocked={onUnlocked} autoFocus />
      <p>
        <a href="#/guide">{w.gate.guideLink}</a>
      </p>
      {schoolLink && (
        <p>
          <a href="#/school">{schoolWords[lang].panel.gateLink}</a>
        </p>
      )}
      <details className="reset" open={resetOpen} onToggle={(e) => setResetOpen(e.currentTarget.open)}>
        <summary>{w.gate.forgot}</summary>
        <h2>{w.reset.title}</h2>
        <p>{w.reset.body}</p>
        <p className="notice warn">{w.reset.warning}</p>
        <label className="check">
          <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
          {w.reset.confirm}
        </label>
        <div className="buttons">
          <button type="button" className="danger" disabled={!understood || busy} onClick={() => void reset()}>
            {w.reset.button}
          </button>
        </div>
      </details>
    </div>
  );
}
