import { useId, useState, type FormEvent } from 'react';
import type { FormError, FormResult } from '@/lib/settings/forms';
import type { Lang } from '@/locales';
import { optionsWords } from '@/locales/options';

interface Props {
  lang: Lang;
  label: string;
  empty: string;
  placeholder?: string;
  items: readonly string[];
  locked?: boolean;
  parse(text: string, items: readonly string[]): FormResult<string, string>;
  /** Saves the whole new list; resolves to false when it was not saved (e.g. the PIN dialog was cancelled). */
  onSave(items: string[]): Promise<boolean>;
}

/** A list of short texts (sites, contacts) with an add field that validates as you add, and a remove per item. */
export function ListEditor({ lang, label, empty, placeholder, items, locked, parse, onSave }: Props) {
  const w = optionsWords[lang];
  const inputId = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<FormError>();

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const result = parse(text, items);
    if (!result.ok) {
      setError(Object.values(result.errors)[0]);
      return;
    }
    setError(undefined);
    if (await onSave([...items, result.value])) setText('');
  };

  return (
    <div className="list-editor">
      {items.length === 0 ? (
        <p className="hint">{empty}</p>
      ) : (
        <ul className="chips" aria-label={label}>
          {items.map((item) => (
            <li key={item}>
              <span>{item}</span>
              {!locked && (
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={`${w.remove} ${item}`}
                  onClick={() => void onSave(items.filter((i) => i !== item))}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!locked && (
        <form className="add-row" onSubmit={(e) => void add(e)} noValidate>
          <div className={`field${error ? ' has-error' : ''}`}>
            <label htmlFor={inputId}>{label}</label>
            <input
              id={inputId}
              value={text}
              placeholder={placeholder}
              maxLength={300}
              aria-invalid={Boolean(error)}
              aria-describedby={error ? `${inputId}-error` : undefined}
              onChange={(e) => setText(e.target.value)}
            />
            {error && (
              <p id={`${inputId}-error`} className="error" role="alert">
                {w.errors[error]}
              </p>
            )}
          </div>
          <button type="submit">{w.add}</button>
        </form>
      )}
    </div>
  );
}
