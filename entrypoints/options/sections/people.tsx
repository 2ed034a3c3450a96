import { useEffect, useState, type FormEvent } from 'react';
import { Field } from '@/components/parent/field';
import { ManagedBadge } from '@/components/parent/managed-badge';
import {
  parseContact,
  validateLocalService,
  validateTrustedAdult,
  type FormError,
  type LocalServiceInput,
  type TrustedAdultInput,
} from '@/lib/settings/forms';
import type { LocalService, Settings, TrustedAdult } from '@/lib/settings/schema';
import type { Lang } from '@/locales';
import { optionsWords } from '@/locales/options';
import { ListEditor } from './list-editor';
import { SaveFooter, SaveStatus, Section, useSave } from './section';
import { TrustedAdultFields } from './trusted-adult-fields';

interface Props {
  lang: Lang;
  settings: Settings;
  locked: ReadonlySet<keyof Settings>;
}

const toInput = <K extends string>(keys: readonly K[], value: Partial<Record<K, string>> | null) =>
  Object.fromEntries(keys.map((k) => [k, value?.[k] ?? ''])) as Record<K, string>;

const ADULT_KEYS = ['name', 'role', 'whatsapp', 'phone', 'email'] as const;
const SERVICE_KEYS = ['name', 'phone', 'whatsapp', 'url'] as const;

export function AdultSection({ lang, settings, locked }: Props) {
  const w = optionsWords[lang];
  const adultLocked = locked.has('trustedAdult');
  const serviceLocked = locked.has('localService');
  const [adult, setAdult] = useState<TrustedAdultInput>(() => toInput(ADULT_KEYS, settings.trustedAdult));
  const [service, setService] = useState<LocalServiceInput>(() => toInput(SERVICE_KEYS, settings.localService));
  useEffect(() => setAdult(toInput(ADULT_KEYS, settings.trustedAdult)), [settings.trustedAdult]);
  useEffect(() => setService(toInput(SERVICE_KEYS, settings.localService)), [settings.localService]);
  const [adultErrors, setAdultErrors] = useState<Partial<Record<keyof TrustedAdult, FormError>>>({});
  const [serviceErrors, setServiceErrors] = useState<Partial<Record<keyof LocalService, FormError>>>({});
  const [state, save] = useSave();
  // The section's heading says it when the school manages both; otherwise each part says it for itself.
  const bothLocked = adultLocked && serviceLocked;
  const badge = <ManagedBadge text={w.managed} hint={w.managedHint} />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const patch: Partial<Settings> = {};
    let ok = true;
    if (!adultLocked) {
      const empty = Object.values(adult).every((v) => v.trim() === '');
      const result = empty ? ({ ok: true, value: null } as const) : validateTrustedAdult(adult);
      if (result.ok) {
        setAdultErrors({});
        patch.trustedAdult = result.value;
      } else {
        setAdultErrors(result.errors);
        ok = false;
      }
    }
    if (!serviceLocked) {
      const result = validateLocalService(service);
      if (result.ok) {
        setServiceErrors({});
        patch.localService = result.value;
      } else {
        setServiceErrors(result.errors);
        ok = false;
      }
    }
    if (ok) void save(patch);
  };

  return (
    <Section id="adult" title={w.settings.adultTitle} hint={w.wizard.adultHint} lang={lang} locked={bothLocked}>
      <form onSubmit={submit} noValidate>
        <fieldset disabled={adultLocked} data-locked={adultLocked || undefined}>
          <legend className="visually-hidden">{w.settings.adultTitle}</legend>
          {adultLocked && !bothLocked && <p className="managed-line">{badge}</p>}
          {!settings.trustedAdult && <p className="hint">{w.adult.none}</p>}
          <TrustedAdultFields
            lang={lang}
            value={adult}
            errors={adultErrors}
            onChange={setAdult}
            disabled={adultLocked}
          />
        </fieldset>
        <fieldset disabled={serviceLocked} data-locked={serviceLocked || undefined}>
          <legend>
            {w.localService.title}
            {serviceLocked && !bothLocked && badge}
          </legend>
          <p className="hint">{w.localService.hint}</p>
          <div className="field-grid">
            {SERVICE_KEYS.map((key) => (
              <Field
                key={key}
                label={key === 'name' ? w.localService.name : `${w.localService[key]} ${w.optional}`}
                error={serviceErrors[key] ? w.errors[serviceErrors[key]!] : undefined}
              >
                {({ id, describedBy, invalid }) => (
                  <input
                    id={id}
                    name={`service-${key}`}
                    type={key === 'url' ? 'url' : key === 'name' ? 'text' : 'tel'}
                    value={service[key]}
                    maxLength={300}
                    aria-describedby={describedBy}
                    aria-invalid={invalid}
                    onChange={(e) => setService({ ...service, [key]: e.target.value })}
                  />
                )}
              </Field>
            ))}
          </div>
        </fieldset>
        <SaveFooter locked={bothLocked} state={state} lang={lang} />
      </form>
    </Section>
  );
}

export function ContactsSection({ lang, settings, locked }: Props) {
  const w = optionsWords[lang];
  const isLocked = locked.has('trustedContacts');
  const [state, save] = useSave();
  return (
    <Section
      id="contacts"
      title={w.settings.contactsTitle}
      hint={w.settings.contactsHint}
      lang={lang}
      locked={isLocked}
    >
      <ListEditor
        lang={lang}
        label={w.settings.contactLabel}
        empty={w.settings.contactsEmpty}
        items={settings.trustedContacts}
        locked={isLocked}
        parse={(text, items) => parseContact(text, items)}
        onSave={(trustedContacts) => save({ trustedContacts })}
      />
      <SaveStatus state={state} lang={lang} />
    </Section>
  );
}
