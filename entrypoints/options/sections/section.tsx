import { useCallback, useState, type ReactNode } from 'react';
import { ManagedBadge } from '@/components/parent/managed-badge';
import { sendMessage } from '@/lib/messages/protocol';
import type { Settings } from '@/lib/settings/schema';
import type { Lang } from '@/locales';
import { optionsWords } from '@/locales/options';
import { useGrant } from '../state/grant';

export type SaveState = 'saved' | 'skipped' | 'error' | null;

/** Saves a settings patch with the PIN grant (asking for the PIN when needed) and reports how it went. */
export function useSave(): [SaveState, (patch: Partial<Settings>) => Promise<boolean>] {
  const grant = useGrant();
  const [state, setState] = useState<SaveState>(null);
  const save = useCallback(
    async (patch: Partial<Settings>) => {
      setState(null);
      const result = await grant.run((token) => sendMessage('saveSettings', { token, patch }));
      if (!result) return false;
      if (!result.ok) {
        setState('error');
        return false;
      }
      setState(result.skipped.length > 0 ? 'skipped' : 'saved');
      return true;
    },
    [grant],
  );
  return [state, save];
}

export function SaveStatus({ state, lang }: { state: SaveState; lang: Lang }) {
  const w = optionsWords[lang];
  return (
    <p className="save-status" role="status">
      {state === 'saved' ? w.saved : state === 'skipped' ? w.savedSkipped : state === 'error' ? w.somethingWrong : ''}
    </p>
  );
}

/** A settings form's end: its Save button (none while the school manages what it saves) and what happened. */
export function SaveFooter({ locked, state, lang }: { locked: boolean; state: SaveState; lang: Lang }) {
  return (
    <>
      {!locked && (
        <div className="buttons">
          <button type="submit" className="primary">
            {optionsWords[lang].save}
          </button>
        </div>
      )}
      <SaveStatus state={state} lang={lang} />
    </>
  );
}

interface SectionProps {
  id: string;
  title: string;
  hint?: string;
  lang: Lang;
  locked?: boolean;
  children: ReactNode;
}

/** One settings area: a heading, an optional hint, and "Managed by your school" when the school locks it. */
export function Section({ id, title, hint, lang, locked, children }: SectionProps) {
  const w = optionsWords[lang];
  return (
    <section id={id} className="settings-section" aria-labelledby={`${id}-title`} data-locked={locked || undefined}>
      <h2 id={`${id}-title`}>
        {title}
        {locked && <ManagedBadge text={w.managed} hint={w.managedHint} />}
      </h2>
      {hint && <p className="hint">{hint}</p>}
      {children}
    </section>
  );
}
