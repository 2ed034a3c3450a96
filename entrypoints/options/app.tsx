import { useCallback, useEffect, useState } from 'react';
import { sendMessage } from '@/lib/messages/protocol';
import { pinResetAtItem } from '@/lib/settings/parent-state';
import type { Language } from '@/lib/settings/schema';
import { fill, type Lang } from '@/locales';
import { optionsWords } from '@/locales/options';
import { DataPage } from './pages/data';
import { DonePage } from './pages/done';
import { GuidePage } from './pages/guide';
import { NewPinPage } from './pages/new-pin';
import { PicturePage } from './pages/picture';
import { PinGate } from './pages/pin-gate';
import { PolicyProblemsNote } from './pages/policy-problems';
import { SettingsPage } from './pages/settings';
import { SetupWizard } from './pages/setup-wizard';
import { formatDateTime, formatTime } from './state/format';
import { GrantProvider, useGrant } from './state/grant';
import { usePinStatus } from './state/pin-status';
import { useEffective, useStoredValue } from './state/use-effective';
import { useRoute } from './state/use-route';

const PAGES = ['picture', 'settings', 'guide', 'data'] as const;

/**
 * The parent companion (issue #7). Before setup: the wizard. After: a PIN gate, then the weekly picture, settings,
 * the parent guide and data. The guide is readable without the PIN; everything else needs it.
 */
export function App() {
  const effective = useEffective();
  const [wizardLang, setWizardLang] = useState<Language | null>(null);
  const lang: Lang = (effective?.settings.setupDone ? effective.settings.language : wizardLang) ?? 'id';
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${optionsWords[lang].appName} — ${optionsWords[lang].appRole}`;
  }, [lang]);
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
  const page = route[0] ?? 'picture';
  const unlocked = Boolean(grant.token);
  const unlock = (token: string) => {
    grant.setToken(token);
    void refreshPin();
  };

  let content;
  let showNav = false;
  if (page === 'guide' && !(settings.setupDone && pin.hasPin && unlocked)) {
    content = <GuidePage lang={lang} category={route[1]} localService={settings.localService} />;
  } else if (!settings.setupDone) {
    content =
      pin.hasPin && !unlocked ? (
        <PinGate lang={lang} onUnlocked={unlock} onReset={() => void refreshPin()} />
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
    content = <PinGate lang={lang} onUnlocked={unlock} onReset={() => void refreshPin()} />;
  } else {
    showNav = true;
    if (page === 'setup') content = <DonePage lang={lang} settings={settings} />;
    else if (page === 'settings') content = <SettingsPage lang={lang} effective={effective} />;
    else if (page === 'guide')
      content = <GuidePage lang={lang} category={route[1]} localService={settings.localService} />;
    else if (page === 'data') content = <DataPage lang={lang} />;
    else content = <PicturePage lang={lang} effective={effective} />;
  }

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
            <span className="role">{w.appRole}</span>
          </span>
        </div>
        {showNav && (
          <nav aria-label={w.nav.label}>
            <ul>
              {PAGES.map((p) => (
                <li key={p}>
                  <a
                    href={`#/${p}`}
                    aria-current={
                      p === page || (p === 'picture' && !PAGES.includes(page as never)) ? 'page' : undefined
                    }
                  >
                    {w.nav[p]}
                  </a>
                </li>
              ))}
              <li>
                <button type="button" className="link" onClick={() => grant.setToken(null)}>
                  {w.nav.lock}
                </button>
              </li>
            </ul>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {/* For the school admin, on every screen: it names policy keys, nothing about the child. */}
        <PolicyProblemsNote problems={effective.problems} lang={lang} />
        {showNav && <Banners lang={lang} effective={effective} />}
        {content}
      </main>
    </>
  );
}

/** Notes that belong on every parent page: a running pause and a PIN reset. */
function Banners({ lang, effective }: { lang: Lang; effective: NonNullable<ReturnType<typeof useEffective>> }) {
  const w = optionsWords[lang];
  const grant = useGrant();
  const pinResetAt = useStoredValue('pinResetAt', () => pinResetAtItem.getValue());
  const { settings, locked } = effective;
  const paused = settings.pausedUntil !== null && settings.pausedUntil > Date.now();
  return (
    <>
      {paused && (
        <div className="notice warn" role="status">
          <p>{fill(w.pausedBanner, { time: formatTime(settings.pausedUntil!, lang) })}</p>
          {!locked.has('pausedUntil') && (
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
      {typeof pinResetAt === 'number' && (
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
