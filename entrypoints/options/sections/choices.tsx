import { useId, type ReactNode, type Ref } from 'react';
import { ManagedBadge } from '@/components/parent/managed-badge';
import type { Lang } from '@/locales';
import { optionsWords } from '@/locales/options';
import { useReadOnly } from './read-only';

export interface CardOption<T extends string> {
  value: T;
  label: string;
  description?: string;
  extra?: ReactNode;
  badge?: string;
}

interface Props<T extends string> {
  legend: string;
  hint?: string;
  name: string;
  value: T;
  options: CardOption<T>[];
  onChange(value: T): void;
  locked?: boolean;
  lang: Lang;
  /** Show the legend as the step's heading (the wizard) rather than as a plain legend. */
  headingRef?: Ref<HTMLHeadingElement>;
  /** The section's heading already says it: keep the legend for screen readers only. */
  legendHidden?: boolean;
}

/**
 * A group of radio cards. The radio and its name are the label; the description is tied to the radio with
 * aria-describedby, so screen readers hear a short name first. Clicking anywhere on the card chooses it.
 */
export function RadioCards<T extends string>(props: Props<T>) {
  const { legend, hint, name, value, options, onChange, locked, lang, headingRef, legendHidden } = props;
  const w = optionsWords[lang];
  const base = useId();
  const readOnly = useReadOnly();
  const disabled = locked || readOnly;
  return (
    <fieldset className="radio-cards" disabled={disabled}>
      <legend>
        {headingRef ? (
          <h2 ref={headingRef} tabIndex={-1}>
            {legend}
          </h2>
        ) : (
          <span className={legendHidden ? 'visually-hidden' : 'legend-text'}>{legend}</span>
        )}
        {locked && !legendHidden && <ManagedBadge text={w.managed} hint={w.managedHint} />}
      </legend>
      {hint && <p className="hint">{hint}</p>}
      <div className="cards">
        {options.map((option) => {
          const descId = `${base}-${option.value}`;
          return (
            // The card forwards mouse clicks to its radio; the radio itself is the keyboard control.
            <div
              key={option.value}
              className={`card${option.value === value ? ' selected' : ''}`}
              onClick={() => !disabled && onChange(option.value)}
            >
              <label className="card-head">
                <input
                  type="radio"
                  name={name}
                  value={option.value}
                  checked={option.value === value}
                  onChange={() => onChange(option.value)}
                  aria-describedby={option.description ? descId : undefined}
                />
                <span className="card-label">{option.label}</span>
                {option.badge && <span className="tag">{option.badge}</span>}
              </label>
              {option.description && (
                <p id={descId} className="card-text">
                  {option.description}
                </p>
              )}
              {option.extra}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
