import { CATEGORIES, type Category } from '@/lib/detection/types';
import { HELP_LINES } from '@/lib/guide/help-lines';
import type { LocalService } from '@/lib/settings/schema';
import { fill, type Lang } from '@/locales';
import { guideWords } from '@/locales/guides';
import { useFocusHeading } from './use-focus-heading';

interface Props {
  lang: Lang;
  category?: string;
  localService: LocalService | null;
}

const isCategory = (value: string | undefined): value is Category =>
  value !== undefined && (CATEGORIES as readonly string[]).includes(value);

/** Help-line text with its links: web addresses become links that open in a new tab. */
function HelpText({ text }: { text: string }) {
  const filled = fill(text, HELP_LINES);
  const parts = filled.split(/(https:\/\/[^\s)]+)/);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith('https://') ? (
          <a key={i} href={part} target="_blank" rel="noreferrer">
            {part.replace(/^https:\/\//, '')}
          </a>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </>
  );
}

/** What to do, one step a line, each with its help-line links. */
function HelpSteps({ lines, ordered = false }: { lines: readonly string[]; ordered?: boolean }) {
  const items = lines.map((line) => (
    <li key={line}>
      <HelpText text={line} />
    </li>
  ));
  return ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
}

function HelpList({ lang, localService }: { lang: Lang; localService: LocalService | null }) {
  const g = guideWords[lang];
  const local = localService
    ? fill(g.help.local, {
        name: [localService.name, localService.phone, localService.whatsapp, localService.url]
          .filter(Boolean)
          .join(' · '),
      })
    : g.help.localMissing;
  return (
    <section aria-labelledby="help-title" className="help-lines">
      <h2 id="help-title">{g.helpTitle}</h2>
      <ul>
        <li>
          <HelpText text={g.help.sapa} />
        </li>
        <li>{local}</li>
        <li>
          <HelpText text={g.help.tepsa} />
        </li>
        <li>
          <HelpText text={g.help.takeItDown} />
        </li>
        <li>
          <HelpText text={g.help.iwf} />
        </li>
        <li>
          <HelpText text={g.help.aduanKonten} />
        </li>
        <li>
          <HelpText text={g.help.patroliSiber} />
        </li>
      </ul>
    </section>
  );
}

/** The parent guide: an overview, and one page per kind of risk (linked from every category in the picture). */
export function GuidePage({ lang, category, localService }: Props) {
  const g = guideWords[lang];
  const heading = useFocusHeading<HTMLHeadingElement>(`guide-${category ?? ''}`);

  if (isCategory(category)) {
    const c = g.categories[category];
    return (
      <article className="guide narrow" data-category={category}>
        <p>
          <a href="#/guide">← {g.backToGuide}</a>
        </p>
        <h1 ref={heading} tabIndex={-1}>
          {c.name}
        </h1>
        <section aria-labelledby="means">
          <h2 id="means">{g.meansTitle}</h2>
          <p>{c.means}</p>
        </section>
        <section aria-labelledby="talk">
          <h2 id="talk">{g.talkTitle}</h2>
          <ul>
            {c.talk.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="trouble">
          <h2 id="trouble">{g.troubleTitle}</h2>
          <HelpSteps lines={c.trouble} />
          <h3>{g.commonTroubleTitle}</h3>
          <HelpSteps lines={g.commonTrouble} ordered />
        </section>
        <HelpList lang={lang} localService={localService} />
      </article>
    );
  }

  return (
    <article className="guide narrow">
      <h1 ref={heading} tabIndex={-1}>
        {g.title}
      </h1>
      <p className="lead">{g.intro}</p>
      <p>
        <a href="/cards.html" target="_blank" rel="noreferrer" data-testid="cards-link">
          {g.cardsLink}
        </a>
      </p>
      <section aria-labelledby="principles">
        <h2 id="principles">{g.principlesTitle}</h2>
        <ul>
          {g.principles.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="kinds">
        <h2 id="kinds">{g.categoriesTitle}</h2>
        <ul className="guide-list">
          {CATEGORIES.map((c) => (
            <li key={c}>
              <a href={`#/guide/${c}`}>{g.categories[c].name}</a>
              <span className="hint block">{g.categories[c].means.split('. ')[0]}.</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="common">
        <h2 id="common">{g.troubleTitle}</h2>
        <HelpSteps lines={g.commonTrouble} ordered />
      </section>
      <HelpList lang={lang} localService={localService} />
    </article>
  );
}
