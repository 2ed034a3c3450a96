import { useEffect, useState } from 'react';
import { HelpButton } from '@/components/child/help-button';
import { ReadAloudButton } from '@/components/child/read-aloud';
import { TipView, tipText } from '@/components/child/tip-view';
import { CATEGORIES, type Category } from '@/lib/detection/types';
import { sendMessage } from '@/lib/messages/protocol';
import type { ChildStatus } from '@/lib/messages/protocol/child';
import type { Language } from '@/lib/settings/schema';
import { CHILD_LANGS, dateLocale, fill, type ChildLang } from '@/locales';
import { categoryWords } from '@/locales/categories';
import { childWords } from '@/locales/child';
import { languageName, popupWords } from '@/locales/popup';
import { pickTip, tipsFor } from '@/locales/tips';
import { todaysTip } from './today';

function formatUntil(until: number, lang: ChildLang, now = new Date()): string {
  const end = new Date(until);
  const sameDay = end.toDateString() === now.toDateString();
  return new Intl.DateTimeFormat(dateLocale(lang), {
    ...(sameDay ? {} : { weekday: 'long' }),
    hour: '2-digit',
    minute: '2-digit',
  }).format(end);
}

function Status({ status }: { status: ChildStatus }) {
  const w = popupWords[status.language];
  const paused = status.pausedUntil !== null;
  return (
    <section className={`status ${paused ? 'paused' : 'on'}`} aria-labelledby="status-title">
      <span className="status-icon" aria-hidden="true">
        {paused ? '⏸' : '🛡'}
      </span>
      <div>
        <h2 id="status-title">{paused ? w.statusPaused : w.statusOn}</h2>
        <p>
          {paused
            ? fill(w.statusPausedUntil, { time: formatUntil(status.pausedUntil!, status.language) })
            : w.statusOnDetail}
        </p>
        {status.managedBySchool && (
          <p className="school">
            <span aria-hidden="true">🏫 </span>
            <strong>{w.statusSchool}.</strong> {w.statusSchoolDetail}
          </p>
        )}
        {status.labMode && (
          <p className="lab">
            <strong>{w.labTitle}.</strong> {w.labDetail}
          </p>
        )}
      </div>
    </section>
  );
}

function LanguageSwitch({ status, onChange }: { status: ChildStatus; onChange(language: Language): void }) {
  const w = popupWords[status.language];
  return (
    <fieldset className="segmented">
      <legend className="sr-only">{w.languageLabel}</legend>
      {CHILD_LANGS.map((lang) => (
        <label key={lang} className={status.language === lang ? 'selected' : undefined}>
          <input
            type="radio"
            name="language"
            value={lang}
            checked={status.language === lang}
            onChange={() => onChange(lang)}
          />
          <span lang={lang}>{languageName(lang)}</span>
        </label>
      ))}
    </fieldset>
  );
}

function TodaysTip({ status }: { status: ChildStatus }) {
  const lang = status.language;
  const { category, seed } = todaysTip(new Date());
  const tip = pickTip(lang, category, status.ageBand, seed);
  return (
    <section className="panel today" aria-labelledby="today-title">
      <h2 id="today-title">{popupWords[lang].todayTip}</h2>
      <p className="topic">{categoryWords[lang][category].name}</p>
      <TipView tip={tip} lang={lang} />
      <ReadAloudButton lang={lang} text={() => tipText(tip)} />
    </section>
  );
}

function TipsBrowser({ status }: { status: ChildStatus }) {
  const lang = status.language;
  const w = popupWords[lang];
  const [category, setCategory] = useState<Category>('secrecy');
  const [index, setIndex] = useState(0);
  const list = tipsFor(lang, category, status.ageBand);
  const tip = list[Math.min(index, list.length - 1)]!;

  return (
    <section className="panel browser" aria-labelledby="browser-title">
      <h2 id="browser-title">{w.tipsTitle}</h2>
      <div className="controls">
        <label className="field">
          <span>{w.topicLabel}</span>
          <select
            value={category}
            onChange={(event) => {
              setCategory(event.target.value as Category);
              setIndex(0);
            }}
          >
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryWords[lang][c].name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div aria-live="polite">
        <p className="count">{fill(w.tipCount, { n: index + 1, total: list.length })}</p>
        <TipView tip={tip} lang={lang} />
      </div>
      <div className="pager">
        <button
          type="button"
          className="quiet"
          disabled={index === 0}
          onClick={() => setIndex((i) => Math.max(0, i - 1))}
        >
          <span aria-hidden="true">← </span>
          {w.previous}
        </button>
        <button
          type="button"
          className="quiet"
          disabled={index >= list.length - 1}
          onClick={() => setIndex((i) => Math.min(list.length - 1, i + 1))}
        >
          {w.next}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
      <ReadAloudButton lang={lang} text={() => tipText(tip)} />
    </section>
  );
}

function Privacy({ status }: { status: ChildStatus }) {
  const w = popupWords[status.language];
  return (
    <section className="panel privacy" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{status.labMode ? w.privacyTitleLab : w.privacyTitle}</h2>
      {status.labMode ? (
        <p>{w.privacyLab}</p>
      ) : (
        <>
          <h3>{w.privacyKeptTitle}</h3>
          <ul>
            {w.privacyKept.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {status.keepsSnippets && <p className="snippets">{w.privacySnippets}</p>}
        </>
      )}
      <h3>{w.privacyNeverTitle}</h3>
      <ul>
        {w.privacyNever.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {/* A shared school computer clears reports on the next start (lab.ts): say so, not "until you delete them". */}
      <p className="small">{status.labMode ? w.privacyReportsLab : w.privacyReports}</p>
    </section>
  );
}

/** The toolbar popup: is Kawan Aman on, one big help button, today's tip, the tips library, and what is kept. */
export function Popup() {
  const [status, setStatus] = useState<ChildStatus | null>(null);

  useEffect(() => {
    void sendMessage('getChildStatus', undefined).then(setStatus, () => undefined);
  }, []);

  const lang = status?.language ?? 'id';
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  if (!status) {
    return (
      <main className="ka-root popup" aria-busy="true">
        <p className="loading">{popupWords[lang].loading}</p>
      </main>
    );
  }

  const w = popupWords[lang];
  const changeLanguage = (language: Language) => {
    // Switch at once; the background's answer (which may refuse) then has the last word.
    setStatus({ ...status, language });
    void sendMessage('setChildLanguage', { language }).then(
      (next) => setStatus(next ?? status),
      () => setStatus(status),
    );
  };
  const askForHelp = async () => {
    await sendMessage('askForHelp', { from: 'popup' }).catch(() => undefined);
    window.close();
  };

  return (
    <div className="ka-root popup" lang={lang}>
      <header className="top">
        <h1>
          <img src="/icon/32.png" alt="" width="28" height="28" />
          {childWords[lang].brand}
        </h1>
        {status.mayChangeLanguage && <LanguageSwitch status={status} onChange={changeLanguage} />}
      </header>
      <main>
        <Status status={status} />
        <section className="panel help-panel" aria-label={w.helpLead}>
          <p>{w.helpLead}</p>
          <HelpButton lang={lang} big onHelp={() => void askForHelp()} />
        </section>
        <TodaysTip status={status} />
        <TipsBrowser status={status} />
        <Privacy status={status} />
      </main>
    </div>
  );
}
