import { Field } from '@/components/parent/field';
import type { FormError, TrustedAdultInput } from '@/lib/settings/forms';
import type { TrustedAdult } from '@/lib/settings/schema';
import type { Lang } from '@/locales';
import { optionsWords } from '@/locales/options';

interface Props {
  lang: Lang;
  value: TrustedAdultInput;
  errors: Partial<Record<keyof TrustedAdult, FormError>>;
  disabled?: boolean;
  onChange(value: TrustedAdultInput): void;
}

const FIELDS: { key: keyof TrustedAdult; type: string; autoComplete: string; inputMode?: 'tel' | 'email' }[] = [
  { key: 'name', type: 'text', autoComplete: 'name' },
  { key: 'role', type: 'text', autoComplete: 'off' },
  { key: 'whatsapp', type: 'tel', autoComplete: 'tel', inputMode: 'tel' },
  { key: 'phone', type: 'tel', autoComplete: 'tel', inputMode: 'tel' },
  { key: 'email', type: 'email', autoComplete: 'email', inputMode: 'email' },
];

/** Name, relation, WhatsApp, phone and email of the trusted adult, with plain errors under each field. */
export function TrustedAdultFields({ lang, value, errors, disabled, onChange }: Props) {
  const w = optionsWords[lang];
  return (
    <div className="field-grid">
      {FIELDS.map(({ key, type, autoComplete, inputMode }) => (
        <Field
          key={key}
          label={key === 'name' ? w.adult.name : `${w.adult[key]} ${w.optional}`}
          error={errors[key] ? w.errors[errors[key]!] : undefined}
        >
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              name={key}
              type={type}
              inputMode={inputMode}
              autoComplete={autoComplete}
              placeholder={key === 'role' ? w.adult.rolePlaceholder : undefined}
              value={value[key]}
              disabled={disabled}
              maxLength={120}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(e) => onChange({ ...value, [key]: e.target.value })}
            />
          )}
        </Field>
      ))}
    </div>
  );
}
