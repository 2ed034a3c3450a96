import { useCallback, useEffect, useState } from 'react';
import { sendMessage } from '@/lib/messages/protocol';
import { pinResetAtItem } from '@/lib/settings/parent-state';
import type { Language } from '@/lib/settings/schema';
import { adultLang, fill, type Lang } from '@/locales';
import { optionsWords } from '@/locales/options';
import { schoolWords } from '@/locales/school';
import { DataPage } from './pages/data';
import { DonePage } from './pages/done';
import { GuidePage } from './pages/guide';
import { HealthNotes } from './pages/health-notes';
import { NewPinPage } from './pages/new-pin';
import { PicturePage } from './pages/picture';
import { PinGate } from './pages/pin-gate';
import { PolicyProblemsNote } from './pages/policy-problems';
import { SchoolPage } from './pages/school';
import { SettingsPage } from './pages/settings';
import { SetupWizard } from './pages/setup-wizard';
import { formatDateTime, formatTime } from './state/format';
import { GrantProvider, useGrant } from './state/grant';
import { usePinStatus } from './state/pin-status';
import { useEffective, useStoredValue } from './state/use-effective';
import { useRoute } from './state/use-route';

type Page = 'school' | 'picture' | 'settings' | 'guide' | 'data';
const PAGES: readonly Page[] = ['picture', 'settings', 'guide', 'data'];
/** A shared school computer has no parent: the school panel first, the counts, the settings in force, the guide. */
const LAB_PAGES: readonly Page[] = ['school', 'picture', 'settings', 'guide'];

/**
 * The parent companion (issue #7). Before setup: the wizard. After: a PIN gate, then the weekly picture, settings,
 * the parent guide and data. The guide is readable without the PIN; everything else needs it. Where a school policy
 * is in force, the school panel (issue #8) is readable without the PIN too: it holds no child's data.
 *
 * On a shared school computer (lab mode) there is no parent: no wizard, no PIN; the school panel, the daily counts,
 * the settings in force (read-only: only the policy changes them) and the guide.
 */
export function App() {
  const effective = useEffective();
  const [wizardLang, setWizardLang] = useState<Language | null>(null);
  const labMode = effective?.settings.labMode ?? false;
  // The parent's and school's pages speak id or en; a child set to Javanese gets Indonesian ones here (issue #14).
  const lang: Lang = adultLang(
    (effective?.settings.setupDone || labMode ? effective?.settings.language : wizardLang) ?? 'id',
  );
  useEffect(() => {
    document.documentElement.lang = lang;
    const role = labMode ? schoolWords[lang].lab.role : optionsWords[lang].appRole;
    document.title = `${optionsWords[lang].appName} — ${role}`;
  }, [lang, labMode]);
  return (
    <GrantProvider lang={lang}>
      <Shell lang={lang} onWizardLanguage={setWizardLang} effective={effective} />
    </GrantProvider>
  );
}

function Shell({
  lang,
  effective,
  onWizardLanguage,
}: {
  lang: Lang;
  effective: ReturnType<typeof useEffective>;
  onWizardLanguage(language: Language): void;
}) {
  const w = optionsWords[lang];
  const [route, navigate] = useRoute();
  const [pin, refreshPin] = usePinStatus();
  const grant = useGrant();
  const wizardLanguage = useCallback((l: Language) => onWizardLanguage(l), [onWizardLanguage]);

  if (!effective || !pin) {
    return (
      <main id="main" className="loading" aria-busy="true">
        <p>{w.loading}</p>
      </main>
    );
  }
  const { settings } = effective;
  const labMode = settings.labMode;
  // Any school policy, even one whose every key was wrong: the admin needs the panel to see why.
  const hasPolicy = effective.locked.size > 0 || effective.problems.length > 0;
  const page = route[0] ?? (labMode ? 'school' : 'picture');
  const unlocked = Boolean(grant.token);
  const unlock = (token: string) => {
    grant.setToken(token);
    void refreshPin();
  };
  const parentPages = settings.setupDone && pin.hasPin && unlocked;

  let content;
  let navPages: readonly Page[] = [];
  // The school panel lists the policy's problems itself; every other screen carries the note.
  const onSchoolPage = labMode ? !['picture', 'settings', 'guide'].includes(page) : page === 'school' && hasPolicy;
  if (labMode) {
    navPages = LAB_PAGES;
    if (page === 'picture') content = <PicturePage lang={lang} effective={effective} />;
    else if (page === 'settings') content = <SettingsPage lang={lang} effective={effective} readOnly />;
    else if (page === 'guide')
      content = <GuidePage lang={lang} category={route[1]} localService={settings.localService} />;
    else content = <SchoolPage lang={lang} />;
  } else if (page === 'guide' && !parentPages) {
    content = <GuidePage lang={lang} category={route[1]} localService={settings.localService} />;
  } else if (page === 'school' && hasPolicy && !parentPages) {
    content = <SchoolPage lang={lang} />;
  } else if (!settings.setupDone) {
    content =
      pin.hasPin && !unlocked ? (
        <PinGate lang={lang} onUnlocked={unlock} onReset={() => void refreshPin()} schoolLink={hasPolicy} />
      ) : (
        <SetupWizard
          effective={effective}
          hasPin={pin.hasPin}
          onLanguage={wizardLanguage}
          onFinished={() => {
            void refreshPin();
            navigate('setup/done');
          }}
        />
      );
  } else if (!pin.hasPin) {
    content = <NewPinPage lang={lang} onDone={unlock} />;
  } else if (!unlocked) {
    content = <PinGate lang={lang} onUnlocked={unlock} onReset={() => void refreshPin()} schoolLink={hasPolicy} />;
  } else {
    navPages = hasPolicy ? [...PAGES, 'school'] : PAGES;
    if (page === 'setup') content = <DonePage lang={lang} effective={effective} />;
    else if (page === 'settings') content = <SettingsPage lang={lang} effective={effective} />;
    else if (page === 'guide')
      content = <GuidePage lang={lang} category={route[1]} localService={settings.localService} />;
    else if (page === 'data') content = <DataPage lang={lang} />;
    else if (page === 'school' && hasPolicy) content = <SchoolPage lang={lang} />;
    else content = <PicturePage lang={lang} effective={effective} />;
  }
  const current = navPages.includes(page as Page) ? page : navPages[0];
  const navLabel = (p: Page) => (p === 'school' ? schoolWords[lang].panel.nav : w.nav[p]);

  return (
    <>
      <a
        className="skip"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {w.skipToContent}
      </a>
      <header className="top">
        <div className="brand">
          <span className="logo" aria-hidden="true">
            ♥
          </span>
          <span>
            <strong>{w.appName}</strong>
            <span className="role">{labMode ? schoolWords[lang].lab.role : w.appRole}</span>
          </span>
        </div>
        {navPages.length > 0 && (
          <nav aria-label={w.nav.label}>
            <ul>
              {navPages.map((p) => (
                <li key={p}>
                  <a href={`#/${p}`} aria-current={p === current ? 'page' : undefined}>
                    {navLabel(p)}
                  </a>
                </li>
              ))}
              {!labMode && (
                <li>
                  <button type="button" className="link" onClick={() => grant.setToken(null)}>
                    {w.nav.lock}
                  </button>
                </li>
              )}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {/* For the school admin, on every screen: it names policy keys, nothing about the child. */}
        {!onSchoolPage && <PolicyProblemsNote problems={effective.problems} lang={lang} />}
        {navPages.length > 0 && <Banners lang={lang} effective={effective} readOnly={labMode} />}
        {content}
      </main>
    </>
  );
}

/**
 * Notes that belong on every parent page: trouble with stored data, a running pause and a PIN reset. Read-only on a
 * shared school computer.
 */
function Banners({
  lang,
  effective,
  readOnly,
}: {
  lang: Lang;
  effective: NonNullable<ReturnType<typeof useEffective>>;
  readOnly: boolean;
}) {
  const w = optionsWords[lang];
  const grant = useGrant();
  const pinResetAt = useStoredValue('pinResetAt', () => pinResetAtItem.getValue());
  const { settings, locked } = effective;
  const paused = settings.pausedUntil !== null && settings.pausedUntil > Date.now();
  return (
    <>
      <HealthNotes lang={lang} readOnly={readOnly} />
      {paused && (
        <div className="notice warn" role="status">
          <p>{fill(w.pausedBanner, { time: formatTime(settings.pausedUntil!, lang) })}</p>
          {!locked.has('pausedUntil') && !readOnly && (
            <button
              type="button"
              onClick={() =>
                void grant.run((token) => sendMessage('saveSettings', { token, patch: { pausedUntil: null } }))
              }
            >
              {w.resumeNow}
            </button>
          )}
        </div>
      )}
      {typeof pinResetAt === 'number' && !readOnly && (
        <div className="notice warn" role="status">
          <p>{fill(w.pinResetBanner, { time: formatDateTime(pinResetAt, lang) })}</p>
          <button
            type="button"
            onClick={() =>
              // Dismissing needs the PIN too, so the note cannot be hidden by whoever reset it.
              void grant.run((token) => sendMessage('dismissPinResetNote', { token }))
            }
          >
            {w.dismiss}
          </button>
        </div>
      )}
    </>
  );
}
