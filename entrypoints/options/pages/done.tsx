import { ManagedBadge } from '@/components/parent/managed-badge';
import type { EffectiveSettings } from '@/lib/settings/policy';
import type { Settings } from '@/lib/settings/schema';
import type { Lang } from '@/locales';
import { optionsWords } from '@/locales/options';
import { languageOptions } from '../sections/other';
import { useFocusHeading } from './use-focus-heading';

/** The wizard's last page: what was chosen, and what to do next (including telling the child). */
export function DonePage({ lang, effective }: { lang: Lang; effective: EffectiveSettings }) {
  const w = optionsWords[lang];
  const { settings, locked } = effective;
  // What the school set is not the parent's choice: say so next to it, as on the settings page.
  const managed = (key: keyof Settings) => locked.has(key) && <ManagedBadge text={w.managed} hint={w.managedHint} />;
  const heading = useFocusHeading<HTMLHeadingElement>('done');
  const adult = settings.trustedAdult;
  return (
    <div className="narrow done">
      <h1 ref={heading} tabIndex={-1}>
        {w.wizard.doneTitle}
      </h1>
      <p className="lead">{w.wizard.doneBody}</p>
      <h2>{w.wizard.doneSummary}</h2>
      <dl className="summary">
        <div>
          <dt>{w.fields.language}</dt>
          <dd>
            {languageOptions(lang).find((o) => o.value === settings.language)?.label}
            {managed('language')}
          </dd>
        </div>
        <div>
          <dt>{w.fields.ageBand}</dt>
          <dd>
            {w.ages[settings.ageBand].name}
            {managed('ageBand')}
          </dd>
        </div>
        <div>
          <dt>{w.fields.guidanceLevel}</dt>
          <dd>
            {w.levels[settings.guidanceLevel].name}
            {managed('guidanceLevel')}
          </dd>
        </div>
        <div>
          <dt>{w.fields.safeSearch}</dt>
          <dd>{settings.safeSearch ? '✓' : '—'}</dd>
        </div>
        <div>
          <dt>{w.fields.trustedAdult}</dt>
          <dd>
            {adult ? [adult.name, adult.role].filter(Boolean).join(', ') : w.adult.none}
            {managed('trustedAdult')}
          </dd>
        </div>
      </dl>
      <p className="notice">{w.wizard.tellChild}</p>
      <div className="buttons">
        <a className="button primary" href="#/picture">
          {w.wizard.openPicture}
        </a>
        <a className="button" href="#/settings">
          {w.wizard.openSettings}
        </a>
      </div>
    </div>
  );
}
