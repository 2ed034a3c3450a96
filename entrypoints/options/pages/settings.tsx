import type { EffectiveSettings } from '@/lib/settings/policy';
import type { Lang } from '@/locales';
import { optionsWords } from '@/locales/options';
import { schoolWords } from '@/locales/school';
import { AgeSection, CategoriesSection, LevelSection } from '../sections/guidance';
import { PhrasesSection, SitesSection } from '../sections/lists';
import { LanguageSection, PauseSection, PinSection, PrivacySection, SafeSearchSection } from '../sections/other';
import { AdultSection, ContactsSection } from '../sections/people';
import { ReadOnlyContext } from '../sections/read-only';
import { useFocusHeading } from './use-focus-heading';

/**
 * Every parent setting, one section each, each saved on its own with the PIN (issue #7 "Guidance"). `readOnly` (a
 * shared school computer): the same sections show the settings in force, and nothing can be changed or saved.
 */
export function SettingsPage({
  lang,
  effective,
  readOnly = false,
}: {
  lang: Lang;
  effective: EffectiveSettings;
  readOnly?: boolean;
}) {
  const w = optionsWords[lang];
  const s = w.settings;
  const heading = useFocusHeading<HTMLHeadingElement>('settings');
  const props = { lang, settings: effective.settings, locked: effective.locked };
  const toc: [string, string][] = [
    ['level', s.levelTitle],
    ['age', s.ageTitle],
    ['categories', s.categoriesTitle],
    ['adult', s.adultTitle],
    ['contacts', s.contactsTitle],
    ['sites', s.sitesTitle],
    ['phrases', s.phrasesTitle],
    ['privacy', s.privacyTitle],
    ['safe-search', s.safeTitle],
    // Pausing is a parent's action; on a shared school computer a running pause shows as a banner.
    ...(readOnly ? [] : [['pause', s.pauseTitle] as [string, string]]),
    ['language', s.languageTitle],
    ...(readOnly ? [] : [['pin', s.pinTitle] as [string, string]]),
  ];
  const sections = (
    <>
      <LevelSection {...props} />
      <AgeSection {...props} />
      <CategoriesSection {...props} />
      <AdultSection {...props} />
      <ContactsSection {...props} />
      <SitesSection {...props} />
      <PhrasesSection {...props} />
      <PrivacySection {...props} />
      <SafeSearchSection {...props} />
      {!readOnly && <PauseSection {...props} />}
      <LanguageSection {...props} />
    </>
  );
  return (
    <div className="settings">
      <h1 ref={heading} tabIndex={-1}>
        {s.title}
      </h1>
      {readOnly && (
        <p className="notice" data-testid="settings-read-only">
          {schoolWords[lang].lab.settingsNote}
        </p>
      )}
      <nav aria-label={s.title} className="toc">
        <ul>
          {toc.map(([id, title]) => (
            <li key={id}>
              <a
                href={`#/settings`}
                onClick={(e) => {
                  e.preventDefault();
                  const target = document.getElementById(`${id}-title`);
                  target?.setAttribute('tabindex', '-1');
                  target?.focus();
                }}
              >
                {title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {readOnly ? (
        // A disabled fieldset disables every control inside; the buttons and add rows are hidden by CSS.
        <ReadOnlyContext.Provider value>
          <fieldset disabled className="read-only">
            <legend className="visually-hidden">{schoolWords[lang].lab.role}</legend>
            {sections}
          </fieldset>
        </ReadOnlyContext.Provider>
      ) : (
        <>
          {sections}
          <PinSection lang={lang} />
        </>
      )}
    </div>
  );
}
