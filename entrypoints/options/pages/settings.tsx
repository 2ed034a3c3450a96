import type { EffectiveSettings } from '@/lib/settings/policy';
import type { Lang } from '@/locales';
import { optionsWords } from '@/locales/options';
import { AgeSection, CategoriesSection, LevelSection } from '../sections/guidance';
import { PhrasesSection, SitesSection } from '../sections/lists';
import { LanguageSection, PauseSection, PinSection, PrivacySection, SafeSearchSection } from '../sections/other';
import { AdultSection, ContactsSection } from '../sections/people';
import { useFocusHeading } from './use-focus-heading';

/** Every parent setting, one section each, each saved on its own with the PIN (issue #7 "Guidance"). */
export function SettingsPage({ lang, effective }: { lang: Lang; effective: EffectiveSettings }) {
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
    ['pause', s.pauseTitle],
    ['language', s.languageTitle],
    ['pin', s.pinTitle],
  ];
  return (
    <div className="settings">
      <h1 ref={heading} tabIndex={-1}>
        {s.title}
      </h1>
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
      <LevelSection {...props} />
      <AgeSection {...props} />
      <CategoriesSection {...props} />
      <AdultSection {...props} />
      <ContactsSection {...props} />
      <SitesSection {...props} />
      <PhrasesSection {...props} />
      <PrivacySection {...props} />
      <SafeSearchSection {...props} />
      <PauseSection {...props} />
      <LanguageSection {...props} />
      <PinSection lang={lang} />
    </div>
  );
}
