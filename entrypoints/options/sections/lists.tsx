import { useId, useState, type FormEvent } from 'react';
import { ManagedBadge } from '@/components/parent/managed-badge';
import { CATEGORIES, type Category, type ExtraPhrase } from '@/lib/detection/types';
import { parsePhrase, parseSite, type FormError } from '@/lib/settings/forms';
import type { Settings } from '@/lib/settings/schema';
import type { Lang } from '@/locales';
import { guideWords } from '@/locales/guides';
import { optionsWords } from '@/locales/options';
import { ListEditor } from './list-editor';
import { SaveStatus, Section, useSave } from './section';

interface Props {
  lang: Lang;
  settings: Settings;
  locked: ReadonlySet<keyof Settings>;
}

export function SitesSection({ lang, settings, locked }: Props) {
  const w = optionsWords[lang].settings;
  const o = optionsWords[lang];
  const [allowState, saveAllow] = useSave();
  const [blockState, saveBlock] = useSave();
  const bothLocked = locked.has('allowSites') && locked.has('blockSites');
  const badge = (key: 'allowSites' | 'blockSites') =>
    locked.has(key) && !bothLocked && <ManagedBadge text={o.managed} hint={o.managedHint} />;
  return (
    <Section id="sites" title={w.sitesTitle} lang={lang} locked={bothLocked}>
      <div className="two-col">
        <div data-testid="allow-sites" data-locked={locked.has('allowSites') || undefined}>
          <h3>
            {w.allowTitle}
            {badge('allowSites')}
          </h3>
          <p className="hint">{w.allowHint}</p>
          <ListEditor
            lang={lang}
            label={w.siteLabel}
            placeholder={w.sitePlaceholder}
            empty={w.sitesEmpty}
            items={settings.allowSites}
            locked={locked.has('allowSites')}
            parse={parseSite}
            onSave={(allowSites) => saveAllow({ allowSites })}
          />
          <SaveStatus state={allowState} lang={lang} />
        </div>
        <div data-testid="block-sites" data-locked={locked.has('blockSites') || undefined}>
          <h3>
            {w.blockTitle}
            {badge('blockSites')}
          </h3>
          <p className="hint">{w.blockHint}</p>
          <ListEditor
            lang={lang}
            label={w.siteLabel}
            placeholder={w.sitePlaceholder}
            empty={w.sitesEmpty}
            items={settings.blockSites}
            locked={locked.has('blockSites')}
            parse={parseSite}
            onSave={(blockSites) => saveBlock({ blockSites })}
          />
          <SaveStatus state={blockState} lang={lang} />
        </div>
      </div>
    </Section>
  );
}

type PhraseLang = NonNullable<ExtraPhrase['lang']> | 'any';

export function PhrasesSection({ lang, settings, locked }: Props) {
  const w = optionsWords[lang];
  const names = guideWords[lang].categories;
  const isLocked = locked.has('extraPhrases');
  const id = useId();
  const [phrase, setPhrase] = useState('');
  const [category, setCategory] = useState<Category>('secrecy');
  const [phraseLang, setPhraseLang] = useState<PhraseLang>('any');
  const [error, setError] = useState<FormError>();
  const [state, save] = useSave();
  const phrases = settings.extraPhrases;

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const result = parsePhrase(phrase, phrases, category);
    if (!result.ok) return setError(result.errors.phrase);
    setError(undefined);
    const entry: ExtraPhrase = {
      category,
      phrase: result.value,
      ...(phraseLang === 'any' ? {} : { lang: phraseLang }),
    };
    if (await save({ extraPhrases: [...phrases, entry] })) setPhrase('');
  };
  const remove = (index: number) => void save({ extraPhrases: phrases.filter((_, i) => i !== index) });

  return (
    <Section id="phrases" title={w.settings.phrasesTitle} hint={w.settings.phrasesHint} lang={lang} locked={isLocked}>
      {phrases.length === 0 ? (
        <p className="hint">{w.settings.phrasesEmpty}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{w.settings.phraseLabel}</th>
              <th scope="col">{w.settings.phraseCategory}</th>
              <th scope="col">{w.settings.phraseLang}</th>
              {!isLocked && (
                <th scope="col">
                  <span className="visually-hidden">{w.remove}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {phrases.map((p, i) => (
              <tr key={`${p.category}-${p.phrase}`}>
                <td>{p.phrase}</td>
                <td>{names[p.category].name}</td>
                <td>{w.settings.phraseLangs[p.lang ?? 'any']}</td>
                {!isLocked && (
                  <td>
                    <button
                      type="button"
                      className="link"
                      aria-label={`${w.remove} ${p.phrase}`}
                      onClick={() => remove(i)}
                    >
                      {w.remove}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!isLocked && (
        <form className="add-row phrase-row" onSubmit={(e) => void add(e)} noValidate>
          <div className={`field${error ? ' has-error' : ''}`}>
            <label htmlFor={`${id}-phrase`}>{w.settings.phraseLabel}</label>
            <input
              id={`${id}-phrase`}
              value={phrase}
              maxLength={100}
              aria-invalid={Boolean(error)}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => setPhrase(e.target.value)}
            />
            {error && (
              <p id={`${id}-error`} className="error" role="alert">
                {w.errors[error]}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={`${id}-category`}>{w.settings.phraseCategory}</label>
            <select id={`${id}-category`} value={category} onChange={(e) => setCategory(e.target.value as Category)}>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {names[c].name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-lang`}>{w.settings.phraseLang}</label>
            <select id={`${id}-lang`} value={phraseLang} onChange={(e) => setPhraseLang(e.target.value as PhraseLang)}>
              {(['any', 'id', 'en', 'jv'] as const).map((l) => (
                <option key={l} value={l}>
                  {w.settings.phraseLangs[l]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{w.add}</button>
        </form>
      )}
      <SaveStatus state={state} lang={lang} />
    </Section>
  );
}
