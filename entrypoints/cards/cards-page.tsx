import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import childCss from '@/components/child/child.css?inline';
import { CATEGORIES, type Category } from '@/lib/detection/types';
import { sendMessage } from '@/lib/messages/protocol';
import type { ChildStatus } from '@/lib/messages/protocol/child';
import type { PromptData } from '@/lib/messages/types';
import { SIGNALS, STORY_CONTEXTS, type Signal, type Story, type StoryContext } from '@/lib/story';
import { adultLang, CHILD_LANGS, type ChildLang } from '@/locales';
import { cardsWords, signalWords } from '@/locales/cards';
import { categoryWords } from '@/locales/categories';
import { languageName } from '@/locales/popup';
import { cardWords } from '@/locales/stories';
import { AGE_BANDS, type TipAgeBand } from '@/locales/tips';
// The real card, rendered as an example: the same component and styles the child sees over a page.
import { Prompt } from '@/components/child/card/prompt';
import promptCss from '@/components/child/card/card.css?inline';

export interface Choice {
  lang: ChildLang;
  band: TipAgeBand;
  category: Category;
  context: StoryContext;
  signal: Signal | '';
  stranger: boolean;
  action: 'tip' | 'warn';
}

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

/** The choice in the address (`?lang=jv&band=6-9&category=meet_offline&context=chat&action=warn`), for links and tests. */
export function parseChoice(search: string, defaults: Pick<Choice, 'lang' | 'band'>): Choice {
  const p = new URLSearchParams(search);
  const category = pick(p.get('category'), CATEGORIES, 'meet_offline');
  const signals = SIGNALS[category] as readonly Signal[];
  return {
    lang: pick(p.get('lang'), CHILD_LANGS, defaults.lang),
    band: pick(p.get('band'), AGE_BANDS, defaults.band),
    category,
    context: pick(p.get('context'), STORY_CONTEXTS, category === 'oversharing' ? 'typed' : 'chat'),
    signal: pick<Signal | ''>(p.get('signal'), signals, ''),
    stranger: p.get('stranger') === '1',
    action: pick(p.get('action'), ['tip', 'warn'] as const, 'tip'),
  };
}

function storyOfChoice(c: Choice): Story {
  return {
    category: c.category,
    context: c.category === 'oversharing' ? 'typed' : c.context,
    ...(c.signal ? { signal: c.signal } : {}),
    ...(c.stranger ? { stranger: true } : {}),
  };
}

/** The card in its own open shadow root, as in a page, inside a stage that plays the page's window. */
function CardStage({ data, label }: { data: PromptData; label: string }) {
  const hostRef = useRef<HTMLDivElement>(null);
  const [root, setRoot] = useState<ShadowRoot | null>(null);
  useLayoutEffect(() => {
    const host = hostRef.current!;
    setRoot(host.shadowRoot ?? host.attachShadow({ mode: 'open' }));
  }, []);
  const noop = () => undefined;
  return (
    <figure className="stage" data-testid="stage" aria-label={label}>
      <div className="mock-page" aria-hidden="true">
        <span />
        <span />
        <span />
      </div>
      <div ref={hostRef} className="card-host" />
      {root &&
        createPortal(
          <>
            <style>{`${childCss}\n${promptCss}`}</style>
            <div className="ka-root">
              {/* A new key per choice: a fresh card, as the child would get it. */}
              <Prompt key={JSON.stringify(data)} data={data} preview onChoice={noop} onHide={noop} />
            </div>
          </>,
          root,
        )}
    </figure>
  );
}

/**
 * The card gallery (issue #14): for parents and teachers, every card a child may see — each kind of finding, where it
 * happened, in Indonesian, Javanese or English, for each age band — with every line it can say. The end-to-end tests
 * take a screenshot of each card here and check it with axe.
 */
export function CardsPage({ search }: { search: string }) {
  const [status, setStatus] = useState<ChildStatus | null>(null);
  const [choice, setChoice] = useState<Choice | null>(null);
  const id = useId();

  useEffect(() => {
    void sendMessage('getChildStatus', undefined)
      .catch(() => null)
      .then((s) => {
        setStatus(s);
        setChoice(parseChoice(search, { lang: s?.language ?? 'id', band: s?.ageBand ?? '10-12' }));
      });
  }, [search]);

  const lang = adultLang(status?.language ?? 'id');
  const w = cardsWords[lang];

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = w.pageTitle;
  }, [lang, w.pageTitle]);

  const update = (patch: Partial<Choice>) =>
    setChoice((c) => {
      if (!c) return c;
      const next = { ...c, ...patch };
      if (patch.category && !(SIGNALS[patch.category] as readonly string[]).includes(next.signal)) next.signal = '';
      const params = new URLSearchParams({
        lang: next.lang,
        band: next.band,
        category: next.category,
        context: next.context,
        action: next.action,
        ...(next.signal ? { signal: next.signal } : {}),
        ...(next.stranger ? { stranger: '1' } : {}),
      });
      history.replaceState(null, '', `?${params.toString()}`);
      return next;
    });

  const data = useMemo<PromptData | null>(
    () =>
      choice && {
        promptId: 'example',
        action: choice.action,
        risk: choice.action === 'warn' ? 'medium' : 'low',
        categories: [choice.category],
        language: choice.lang,
        ageBand: choice.band,
        helpFirst: false,
        continueDelaySeconds: 0,
        story: storyOfChoice(choice),
      },
    [choice],
  );

  if (!choice || !data) return <main className="cards-page" aria-busy="true" />;

  const signals = SIGNALS[choice.category] as readonly Signal[];
  const lines = STORY_CONTEXTS.flatMap((context) =>
    ['' as const, ...signals].map((signal) => {
      const story = storyOfChoice({ ...choice, context, signal });
      return { key: `${context}.${signal}`, context, signal, words: cardWords(choice.lang, choice.band, story) };
    }),
  ).filter((row, i, all) => all.findIndex((r) => r.words.what === row.words.what) === i);

  return (
    <main className="cards-page" data-testid="cards-page">
      <h1>{w.title}</h1>
      <p className="lead">{w.intro}</p>
      <form className="controls" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{w.language}</span>
          <select value={choice.lang} onChange={(e) => update({ lang: e.target.value as ChildLang })}>
            {CHILD_LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {languageName(l)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{w.ageBand}</span>
          <select value={choice.band} onChange={(e) => update({ band: e.target.value as TipAgeBand })}>
            {AGE_BANDS.map((b) => (
              <option key={b} value={b}>
                {w.ages[b]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{w.category}</span>
          <select value={choice.category} onChange={(e) => update({ category: e.target.value as Category })}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryWords[lang][c].name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{w.context}</span>
          <select
            value={choice.category === 'oversharing' ? 'typed' : choice.context}
            disabled={choice.category === 'oversharing'}
            onChange={(e) => update({ context: e.target.value as StoryContext })}
          >
            {STORY_CONTEXTS.map((c) => (
              <option key={c} value={c}>
                {w.contexts[c]}
              </option>
            ))}
          </select>
        </label>
        {signals.length > 0 && (
          <label>
            <span>{w.signal}</span>
            <select value={choice.signal} onChange={(e) => update({ signal: e.target.value as Signal | '' })}>
              <option value="">{w.signalNone}</option>
              {signals.map((s) => (
                <option key={s} value={s}>
                  {signalWords[lang][s]}
                </option>
              ))}
            </select>
          </label>
        )}
        <fieldset>
          <legend>{w.action}</legend>
          {(['tip', 'warn'] as const).map((a) => (
            <label key={a} className="inline">
              <input
                type="radio"
                name={`${id}-action`}
                value={a}
                checked={choice.action === a}
                onChange={() => update({ action: a })}
              />
              {w.actions[a]}
            </label>
          ))}
        </fieldset>
        <label className="inline">
          <input type="checkbox" checked={choice.stranger} onChange={(e) => update({ stranger: e.target.checked })} />
          {w.stranger}
        </label>
      </form>
      <CardStage data={data} label={w.example} />
      <section aria-labelledby={`${id}-lines`}>
        <h2 id={`${id}-lines`}>{w.allLines}</h2>
        <table className="lines" lang={choice.lang}>
          <thead>
            <tr>
              <th scope="col" lang={lang}>
                {w.context}
              </th>
              <th scope="col" lang={lang}>
                {w.what}
              </th>
              <th scope="col" lang={lang}>
                {w.why}
              </th>
              <th scope="col" lang={lang}>
                {w.todo}
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((row) => (
              <tr key={row.key}>
                <th scope="row" lang={lang}>
                  {w.contexts[row.context]}
                  {row.signal && ` · ${signalWords[lang][row.signal]}`}
                </th>
                <td>{row.words.what}</td>
                <td>{row.words.why}</td>
                <td>{row.words.todo}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}
