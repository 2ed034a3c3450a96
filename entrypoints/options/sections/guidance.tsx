import { useEffect, useState, type FormEvent } from 'react';
import { LevelPreview } from '@/components/parent/level-preview';
import { CATEGORIES } from '@/lib/detection/types';
import { defaultLevelFor } from '@/lib/settings/defaults';
import type { AgeBand, CategoryAction, CategoryActions, GuidanceLevel, Settings } from '@/lib/settings/schema';
import type { Lang } from '@/locales';
import { guideWords } from '@/locales/guides';
import { optionsWords } from '@/locales/options';
import { RadioCards } from './choices';
import { SaveFooter, Section, useSave } from './section';

interface Props {
  lang: Lang;
  settings: Settings;
  locked: ReadonlySet<keyof Settings>;
}

const LEVELS: GuidanceLevel[] = ['gentle', 'guided', 'protective'];
const AGES: AgeBand[] = ['6-9', '10-12', '13-17'];
const PREVIEW: Record<GuidanceLevel, 'tip' | 'warn' | 'block'> = { gentle: 'tip', guided: 'warn', protective: 'block' };

export function LevelSection({ lang, settings, locked }: Props) {
  const w = optionsWords[lang];
  const isLocked = locked.has('guidanceLevel');
  const [level, setLevel] = useState(settings.guidanceLevel);
  useEffect(() => setLevel(settings.guidanceLevel), [settings.guidanceLevel]);
  const [state, save] = useSave();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save({ guidanceLevel: level });
  };
  return (
    <Section id="level" title={w.settings.levelTitle} lang={lang} locked={isLocked}>
      <form onSubmit={submit}>
        <RadioCards<GuidanceLevel>
          legend={w.settings.levelTitle}
          legendHidden
          name="guidanceLevel"
          value={isLocked ? settings.guidanceLevel : level}
          lang={lang}
          locked={isLocked}
          options={LEVELS.map((l) => ({
            value: l,
            label: w.levels[l].name,
            description: `${w.levels[l].summary} ${w.levels[l].example}`,
            badge: l === defaultLevelFor(settings.ageBand) ? w.levels.recommended : undefined,
            extra: <LevelPreview kind={PREVIEW[l]} words={w.preview} lang={lang} />,
          }))}
          onChange={setLevel}
        />
        <SaveFooter locked={isLocked} state={state} lang={lang} />
      </form>
    </Section>
  );
}

export function AgeSection({ lang, settings, locked }: Props) {
  const w = optionsWords[lang];
  const isLocked = locked.has('ageBand');
  const [age, setAge] = useState(settings.ageBand);
  useEffect(() => setAge(settings.ageBand), [settings.ageBand]);
  const [state, save] = useSave();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save({ ageBand: age });
  };
  return (
    <Section id="age" title={w.settings.ageTitle} hint={w.settings.ageHint} lang={lang} locked={isLocked}>
      <form onSubmit={submit}>
        <RadioCards<AgeBand>
          legend={w.settings.ageTitle}
          legendHidden
          name="ageBand"
          value={isLocked ? settings.ageBand : age}
          lang={lang}
          locked={isLocked}
          options={AGES.map((a) => ({ value: a, label: w.ages[a].name, description: w.ages[a].summary }))}
          onChange={setAge}
        />
        <SaveFooter locked={isLocked} state={state} lang={lang} />
      </form>
    </Section>
  );
}

type Choice = CategoryAction | 'default';

export function CategoriesSection({ lang, settings, locked }: Props) {
  const w = optionsWords[lang];
  const names = guideWords[lang].categories;
  const isLocked = locked.has('categoryActions');
  const [actions, setActions] = useState<CategoryActions>(settings.categoryActions);
  useEffect(() => setActions(settings.categoryActions), [settings.categoryActions]);
  const [state, save] = useSave();
  const shown = isLocked ? settings.categoryActions : actions;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save({ categoryActions: actions });
  };
  const choose = (category: (typeof CATEGORIES)[number], choice: Choice) => {
    const next = { ...actions };
    if (choice === 'default') delete next[category];
    else next[category] = choice;
    setActions(next);
  };
  return (
    <Section
      id="categories"
      title={w.settings.categoriesTitle}
      hint={w.settings.categoriesHint}
      lang={lang}
      locked={isLocked}
    >
      <form onSubmit={submit}>
        <table className="data categories">
          <thead>
            <tr>
              <th scope="col">{w.picture.category}</th>
              <th scope="col">{w.settings.categoriesTitle}</th>
            </tr>
          </thead>
          <tbody>
            {CATEGORIES.map((category) => (
              <tr key={category}>
                <th scope="row">
                  <label htmlFor={`action-${category}`}>{names[category].name}</label>{' '}
                  <a
                    href={`#/guide/${category}`}
                    className="small"
                    aria-label={`${w.settings.categoryGuide} ${names[category].name}`}
                  >
                    {w.settings.categoryGuide}
                  </a>
                </th>
                <td>
                  <select
                    id={`action-${category}`}
                    value={shown[category] ?? 'default'}
                    disabled={isLocked}
                    onChange={(e) => choose(category, e.target.value as Choice)}
                  >
                    {(['default', 'off', 'tip', 'warn', 'block'] as const).map((choice) => (
                      <option key={choice} value={choice}>
                        {w.actions[choice]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <SaveFooter locked={isLocked} state={state} lang={lang} />
      </form>
    </Section>
  );
}
