import { Field } from './field';

interface Props {
  label: string;
  error?: string;
  value: string;
  /** Called with digits only, at most eight. */
  onChange(digits: string): void;
  /** `new-password` where a PIN is being chosen, so password managers offer to keep it; `off` where it is checked. */
  autoComplete: 'new-password' | 'off';
  autoFocus?: boolean;
}

/** A parent PIN field: hidden digits, a number pad on touch screens, 4–8 digits. */
export function PinField({ label, error, value, onChange, autoComplete, autoFocus }: Props) {
  return (
    <Field label={label} error={error}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="password"
          inputMode="numeric"
          autoComplete={autoComplete}
          maxLength={8}
          value={value}
          onChange={(e) => onChange(e.target.value.replace(/\D/g, '').slice(0, 8))}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          autoFocus={autoFocus}
        />
      )}
    </Field>
  );
}
