import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { Field } from '@/components/parent/field';
import { ManagedBadge } from '@/components/parent/managed-badge';
import { sendMessage } from '@/lib/messages/protocol';
import { parseRetentionDays, type FormError } from '@/lib/settings/forms';
import type { Language, Settings } from '@/lib/settings/schema';
import { fill, type Lang } from '@/locales';
import { optionsWords } from '@/locales/options';
import { formatTime, formatWait } from '../state/format';
import { useGrant } from '../state/grant';
import { RadioCards, type CardOption } from './choices';
import { SaveFooter, SaveStatus, Section, useSave } from './section';

interface Props {
  lang: Lang;
  settings: Settings;
  locked: ReadonlySet<keyof Settings>;
}

function Check({
  label,
  badge,
  hint,
  checked,
  disabled,
  onChange,
}: {
  label: string;
  badge?: ReactNode;
  hint?: string;
  checked: boolean;
  disabled?: boolean;
  onChange(value: boolean): void;
}) {
  const id = useId();
  return (
    <div className="check-row">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <div>
        <label htmlFor={id}>{label}</label>
        {badge}
        {hint && (
          <p id={`${id}-hint`} className="hint">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

export function PrivacySection({ lang, settings, locked }: Props) {
  const w = optionsWords[lang];
  const snippetsLocked = locked.has('keepSnippets');
  const daysLocked = locked.has('retentionDays');
  const [snippets, setSnippets] = useState(settings.keepSnippets);
  const [days, setDays] = useState(String(settings.retentionDays));
  useEffect(() => setSnippets(settings.keepSnippets), [settings.keepSnippets]);
  useEffect(() => setDays(String(settings.retentionDays)), [settings.retentionDays]);
  const [error, setError] = useState<FormError>();
  const [state, save] = useSave();
  const bothLocked = snippetsLocked && daysLocked;
  const badge = (isLocked: boolean) =>
    isLocked && !bothLocked ? <ManagedBadge text={w.managed} hint={w.managedHint} /> : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const patch: Partial<Settings> = {};
    if (!snippetsLocked) patch.keepSnippets = snippets;
    if (!daysLocked) {
      const parsed = parseRetentionDays(days);
      if (!parsed.ok) return setError(parsed.errors.days);
      patch.retentionDays = parsed.value;
    }
    setError(undefined);
    void save(patch);
  };
  return (
    <Section id="privacy" title={w.settings.privacyTitle} lang={lang} locked={bothLocked}>
      <form onSubmit={submit} noValidate>
        <Check
          label={w.settings.snippets}
          badge={badge(snippetsLocked)}
          hint={w.settings.snippetsHint}
          checked={snippetsLocked ? settings.keepSnippets : snippets}
          disabled={snippetsLocked}
          onChange={setSnippets}
        />
        <Field
          label={w.settings.retention}
          badge={badge(daysLocked)}
          hint={w.settings.retentionHint}
          error={error ? w.errors[error] : undefined}
        >
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="number"
              inputMode="numeric"
              min={1}
              max={365}
              className="short"
              value={daysLocked ? String(settings.retentionDays) : days}
              disabled={daysLocked}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(e) => setDays(e.target.value)}
            />
          )}
        </Field>
        <SaveFooter locked={bothLocked} state={state} lang={lang} />
      </form>
    </Section>
  );
}

export function SafeSearchSection({ lang, settings }: Props) {
  const w = optionsWords[lang];
  const [safe, setSafe] = useState(settings.safeSearch);
  const [youtube, setYoutube] = useState(settings.youtubeRestricted);
  useEffect(() => setSafe(settings.safeSearch), [settings.safeSearch]);
  useEffect(() => setYoutube(settings.youtubeRestricted), [settings.youtubeRestricted]);
  const [state, save] = useSave();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save({ safeSearch: safe, youtubeRestricted: youtube });
  };
  return (
    <Section id="safe-search" title={w.settings.safeTitle} lang={lang}>
      <form onSubmit={submit}>
        <Check label={w.settings.safeSearch} hint={w.settings.safeSearchHint} checked={safe} onChange={setSafe} />
        <Check label={w.settings.youtube} hint={w.settings.youtubeHint} checked={youtube} onChange={setYoutube} />
        <div className="buttons">
          <button type="submit" className="primary">
            {w.save}
          </button>
        </div>
        <SaveStatus state={state} lang={lang} />
      </form>
    </Section>
  );
}

const PAUSES = ['30', '60', '120', '240'] as const;

export function PauseSection({ lang, settings }: Props) {
  const w = optionsWords[lang];
  const id = useId();
  const [minutes, setMinutes] = useState<(typeof PAUSES)[number]>('60');
  const [state, save] = useSave();
  const paused = settings.pausedUntil !== null && settings.pausedUntil > Date.now();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save({ pausedUntil: Date.now() + Number(minutes) * 60_000 });
  };
  return (
    <Section id="pause" title={w.settings.pauseTitle} hint={w.settings.pauseHint} lang={lang}>
      {paused ? (
        <div className="action-row">
          <p>{fill(w.pausedBanner, { time: formatTime(settings.pausedUntil!, lang) })}</p>
          <button type="button" className="primary" onClick={() => void save({ pausedUntil: null })}>
            {w.resumeNow}
          </button>
        </div>
      ) : (
        <form className="add-row" onSubmit={submit}>
          <p>{w.settings.notPaused}</p>
          <div className="field">
            <label htmlFor={id}>{w.settings.pauseFor}</label>
            <select id={id} value={minutes} onChange={(e) => setMinutes(e.target.value as (typeof PAUSES)[number])}>
              {PAUSES.map((m) => (
                <option key={m} value={m}>
                  {w.settings.pauseOptions[m]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{w.settings.pauseStart}</button>
        </form>
      )}
      <SaveStatus state={state} lang={lang} />
    </Section>
  );
}

/** The languages a parent can choose: the parent pages follow id or en; Javanese is the child's (issue #14). */
export function languageOptions(lang: Lang): CardOption<Language>[] {
  const w = optionsWords[lang].settings;
  return [
    { value: 'id', label: 'Bahasa Indonesia' },
    { value: 'en', label: 'English' },
    { value: 'jv', label: w.languageJv, description: w.languageJvHint },
  ];
}

export function LanguageSection({ lang, settings, locked }: Props) {
  const w = optionsWords[lang];
  const languageLocked = locked.has('language');
  const [language, setLanguage] = useState<Language>(settings.language);
  const [childMay, setChildMay] = useState(settings.childMayChangeLanguage);
  useEffect(() => setLanguage(settings.language), [settings.language]);
  useEffect(() => setChildMay(settings.childMayChangeLanguage), [settings.childMayChangeLanguage]);
  const [state, save] = useSave();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save({ ...(languageLocked ? {} : { language }), childMayChangeLanguage: childMay });
  };
  return (
    <Section id="language" title={w.settings.languageTitle} lang={lang}>
      <form onSubmit={submit}>
        <RadioCards<Language>
          legend={w.settings.language}
          name="settings-language"
          value={languageLocked ? settings.language : language}
          lang={lang}
          locked={languageLocked}
          options={languageOptions(lang)}
          onChange={setLanguage}
        />
        <Check label={w.settings.childLanguage} checked={childMay} onChange={setChildMay} />
        <div className="buttons">
          <button type="submit" className="primary">
            {w.save}
          </button>
        </div>
        <SaveStatus state={state} lang={lang} />
      </form>
    </Section>
  );
}

export function PinSection({ lang }: { lang: Lang }) {
  const w = optionsWords[lang];
  const grant = useGrant();
  const [current, setCurrent] = useState('');
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<{ current?: string; pin?: string; again?: string }>({});
  const [done, setDone] = useState(false);
  const digits = (v: string) => v.replace(/\D/g, '').slice(0, 8);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    if (!/^\d{4,8}$/.test(current)) return setErrors({ current: w.errors['pin-format'] });
    if (!/^\d{4,8}$/.test(pin)) return setErrors({ pin: w.errors['pin-format'] });
    if (pin !== again) return setErrors({ again: w.errors['pin-mismatch'] });
    const result = await sendMessage('setPin', { pin, currentPin: current });
    setCurrent('');
    if (!result.ok) {
      const locked = result.lockedForMs > 0 ? fill(w.gate.locked, { time: formatWait(result.lockedForMs, lang) }) : '';
      return setErrors({ current: [w.settings.pinWrong, locked].filter(Boolean).join(' ') });
    }
    setErrors({});
    setPin('');
    setAgain('');
    grant.setToken(result.token);
    setDone(true);
  };

  const input =
    (value: string, set: (v: string) => void, autoComplete: string) =>
    ({ id, describedBy, invalid }: { id: string; describedBy: string | undefined; invalid: boolean }) => (
      <input
        id={id}
        type="password"
        inputMode="numeric"
        autoComplete={autoComplete}
        className="short"
        value={value}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        onChange={(e) => set(digits(e.target.value))}
      />
    );

  return (
    <Section id="pin" title={w.settings.pinTitle} lang={lang}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field label={w.settings.currentPin} error={errors.current}>
          {input(current, setCurrent, 'current-password')}
        </Field>
        <Field label={w.settings.newPin} error={errors.pin}>
          {input(pin, setPin, 'new-password')}
        </Field>
        <Field label={w.settings.newPinAgain} error={errors.again}>
          {input(again, setAgain, 'new-password')}
        </Field>
        <div className="buttons">
          <button type="submit" className="primary">
            {w.settings.changePin}
          </button>
        </div>
        <p className="save-status" role="status">
          {done ? w.settings.pinChanged : ''}
        </p>
      </form>
    </Section>
  );
}
