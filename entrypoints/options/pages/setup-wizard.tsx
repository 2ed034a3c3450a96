import { useEffect, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { LevelPreview } from '@/components/parent/level-preview';
import { ManagedBadge } from '@/components/parent/managed-badge';
import { sendMessage } from '@/lib/messages/protocol';
import { defaultLevelFor, defaultSafeSearchFor } from '@/lib/settings/defaults';
import { validateTrustedAdult, type FormError, type TrustedAdultInput } from '@/lib/settings/forms';
import { loadSetupDraft, setupDraftItem, type SetupDraft } from '@/lib/settings/parent-state';
import type { EffectiveSettings } from '@/lib/settings/policy';
import type { AgeBand, GuidanceLevel, Language, TrustedAdult } from '@/lib/settings/schema';
import { adultLang, fill } from '@/locales';
import { optionsWords } from '@/locales/options';
import { RadioCards } from '../sections/choices';
import { languageOptions } from '../sections/other';
import { TrustedAdultFields } from '../sections/trusted-adult-fields';
import { useGrant } from '../state/grant';
import { NewPinFields } from './new-pin';
import { useFocusHeading } from './use-focus-heading';

const STEPS = 5;
const AGES: AgeBand[] = ['6-9', '10-12', '13-17'];
const LEVELS: GuidanceLevel[] = ['gentle', 'guided', 'protective'];
const PREVIEW: Record<GuidanceLevel, 'tip' | 'warn' | 'block'> = { gentle: 'tip', guided: 'warn', protective: 'block' };

const EMPTY_ADULT: TrustedAdultInput = { name: '', role: '', whatsapp: '', phone: '', email: '' };

export function initialDraft(effective: EffectiveSettings, uiLanguage: string): SetupDraft {
  const language: Language = effective.locked.has('language')
    ? effective.settings.language
    : uiLanguage.toLowerCase().startsWith('en')
      ? 'en'
      : 'id';
  return {
    step: 0,
    language,
    ageBand: effective.locked.has('ageBand') ? effective.settings.ageBand : null,
    guidanceLevel: effective.locked.has('guidanceLevel') ? effective.settings.guidanceLevel : null,
    safeSearch: null,
    trustedAdult: null,
    adultLater: false,
  };
}

function adultInput(adult: TrustedAdult | null): TrustedAdultInput {
  return adult ? { ...EMPTY_ADULT, ...adult } : EMPTY_ADULT;
}

interface Props {
  effective: EffectiveSettings;
  hasPin: boolean;
  onLanguage(language: Language): void;
  onFinished(): void;
}

/**
 * The first-run wizard (issue #7): language, the child's age, the guidance level with an example of what the child
 * would see, the trusted adult, and the PIN. Every answer is kept as a draft in storage, so closing the tab half-way
 * loses nothing; `setupDone` is saved at the end together with the answers.
 */
export function SetupWizard({ effective, hasPin, onLanguage, onFinished }: Props) {
  const [draft, setDraft] = useState<SetupDraft | null>(null);
  useEffect(() => {
    void loadSetupDraft().then((stored) => {
      setDraft(stored ?? initialDraft(effective, browser.i18n.getUILanguage()));
    });
    // Load once: later changes come from this page.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, []);
  useEffect(() => {
    if (draft) onLanguage(draft.language);
  }, [draft, onLanguage]);
  if (!draft) return null;
  return (
    <WizardSteps draft={draft} setDraft={setDraft} effective={effective} hasPin={hasPin} onFinished={onFinished} />
  );
}

function WizardSteps({
  draft,
  setDraft,
  effective,
  hasPin,
  onFinished,
}: {
  draft: SetupDraft;
  setDraft(d: SetupDraft): void;
  effective: EffectiveSettings;
  hasPin: boolean;
  onFinished(): void;
}) {
  const lang = adultLang(draft.language);
  const w = optionsWords[lang];
  const { locked } = effective;
  const grant = useGrant();
  const heading = useFocusHeading<HTMLHeadingElement>(`step-${draft.step}`);
  const [adult, setAdult] = useState<TrustedAdultInput>(() =>
    locked.has('trustedAdult') ? adultInput(effective.settings.trustedAdult) : (draft.trustedAdult ?? EMPTY_ADULT),
  );
  const [adultErrors, setAdultErrors] = useState<Partial<Record<keyof TrustedAdult, FormError>>>({});
  const [error, setError] = useState<string>();

  const age = draft.ageBand ?? '10-12';
  const level = draft.guidanceLevel ?? defaultLevelFor(age);
  const safeSearch = draft.safeSearch ?? defaultSafeSearchFor(age);

  const update = (patch: Partial<SetupDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    void setupDraftItem.setValue(next);
  };
  const go = (step: number, patch: Partial<SetupDraft> = {}) => update({ ...patch, step });

  const nextFromAdult = (event: FormEvent) => {
    event.preventDefault();
    if (locked.has('trustedAdult')) return go(4);
    const result = validateTrustedAdult(adult);
    if (!result.ok) {
      setAdultErrors(result.errors);
      return;
    }
    setAdultErrors({});
    go(4, { trustedAdult: adult, adultLater: false });
  };

  const finish = async (token: string) => {
    grant.setToken(token);
    const adultResult = draft.adultLater || !draft.trustedAdult ? null : validateTrustedAdult(draft.trustedAdult);
    const result = await sendMessage('saveSettings', {
      token,
      patch: {
        language: draft.language,
        ageBand: age,
        guidanceLevel: level,
        safeSearch,
        youtubeRestricted: safeSearch,
        ...(adultResult?.ok ? { trustedAdult: adultResult.value } : {}),
        setupDone: true,
      },
    });
    if (!result.ok) {
      setError(w.somethingWrong);
      return;
    }
    await setupDraftItem.removeValue();
    onFinished();
  };

  const nav = (onNext?: () => void, nextLabel = w.next) => (
    <div className="buttons wizard-nav">
      {draft.step > 0 && (
        <button type="button" onClick={() => go(draft.step - 1)}>
          {w.back}
        </button>
      )}
      {onNext ? (
        <button type="button" className="primary" onClick={onNext}>
          {nextLabel}
        </button>
      ) : (
        <button type="submit" className="primary">
          {nextLabel}
        </button>
      )}
    </div>
  );

  let body;
  switch (draft.step) {
    case 0:
      body = (
        <>
          <p className="lead">{w.wizard.welcome}</p>
          <RadioCards<Language>
            legend={w.wizard.languageTitle}
            hint={w.wizard.languageHint}
            name="language"
            value={draft.language}
            lang={lang}
            locked={locked.has('language')}
            headingRef={heading}
            options={languageOptions(lang)}
            onChange={(language) => update({ language })}
          />
          {nav(() => go(1))}
        </>
      );
      break;
    case 1:
      body = (
        <>
          <RadioCards<AgeBand>
            legend={w.wizard.ageTitle}
            hint={w.wizard.ageHint}
            name="age"
            value={age}
            lang={lang}
            locked={locked.has('ageBand')}
            headingRef={heading}
            options={AGES.map((a) => ({ value: a, label: w.ages[a].name, description: w.ages[a].summary }))}
            onChange={(ageBand) => update({ ageBand, guidanceLevel: null, safeSearch: null })}
          />
          {nav(() => go(2, { ageBand: age }))}
        </>
      );
      break;
    case 2:
      body = (
        <>
          <RadioCards<GuidanceLevel>
            legend={w.wizard.levelTitle}
            hint={w.wizard.levelHint}
            name="level"
            value={level}
            lang={lang}
            locked={locked.has('guidanceLevel')}
            headingRef={heading}
            options={LEVELS.map((l) => ({
              value: l,
              label: w.levels[l].name,
              description: `${w.levels[l].summary} ${w.levels[l].example}`,
              badge: l === defaultLevelFor(age) ? w.levels.recommended : undefined,
              extra: <LevelPreview kind={PREVIEW[l]} words={w.preview} lang={lang} />,
            }))}
            onChange={(guidanceLevel) => update({ guidanceLevel })}
          />
          <label className="check">
            <input type="checkbox" checked={safeSearch} onChange={(e) => update({ safeSearch: e.target.checked })} />
            <span>
              {w.wizard.safeSearch}
              <span className="hint block">{w.wizard.safeSearchHint}</span>
            </span>
          </label>
          {nav(() => go(3, { guidanceLevel: level, safeSearch }))}
        </>
      );
      break;
    case 3:
      body = (
        <form onSubmit={nextFromAdult} noValidate>
          <h2 ref={heading} tabIndex={-1}>
            {w.wizard.adultTitle}
            {locked.has('trustedAdult') && <ManagedBadge text={w.managed} hint={w.managedHint} />}
          </h2>
          <p className="hint">{w.wizard.adultHint}</p>
          <TrustedAdultFields
            lang={lang}
            value={adult}
            errors={adultErrors}
            disabled={locked.has('trustedAdult')}
            onChange={setAdult}
          />
          <div className="buttons wizard-nav">
            <button type="button" onClick={() => go(2)}>
              {w.back}
            </button>
            {!locked.has('trustedAdult') && (
              <button type="button" onClick={() => go(4, { trustedAdult: null, adultLater: true })}>
                {w.wizard.adultLater}
              </button>
            )}
            <button type="submit" className="primary">
              {w.next}
            </button>
          </div>
        </form>
      );
      break;
    default:
      body = (
        <>
          <h2 ref={heading} tabIndex={-1}>
            {w.wizard.pinTitle}
          </h2>
          <p className="hint">{w.wizard.pinHint}</p>
          {hasPin && grant.token ? (
            <>
              <p className="notice">{w.wizard.pinAlreadySet}</p>
              {nav(() => void finish(grant.token!), w.wizard.finish)}
            </>
          ) : (
            <>
              <NewPinFields lang={lang} submitLabel={w.wizard.finish} onDone={(token) => void finish(token)} />
              <div className="buttons wizard-nav">
                <button type="button" onClick={() => go(3)}>
                  {w.back}
                </button>
              </div>
            </>
          )}
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
        </>
      );
  }

  return (
    <div className="wizard narrow">
      <h1>{w.wizard.title}</h1>
      <p className="progress">
        {fill(w.wizard.progress, { step: Math.min(draft.step, STEPS - 1) + 1, total: STEPS })}
        <progress max={STEPS} value={Math.min(draft.step, STEPS - 1) + 1} aria-hidden="true" />
      </p>
      {body}
    </div>
  );
}
