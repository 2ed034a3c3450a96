import { childWords } from '@/locales/child';
import type { Lang } from '@/locales';
import type { Tip, TipLang } from '@/locales/tips';

/** A tip in its three parts, each labelled: what is happening, why it matters, what to do now. */
export function TipView({
  tip,
  lang,
  tipLang,
  headingLevel = 3,
}: {
  tip: Tip;
  lang: Lang;
  tipLang?: TipLang;
  headingLevel?: 3 | 4;
}) {
  const w = childWords[lang];
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="tip-view" lang={tipLang === 'jv' ? 'jv' : (tipLang ?? lang)}>
      <H className="tip-part" lang={lang}>
        {w.tipWhat}
      </H>
      <p>{tip.what}</p>
      <H className="tip-part" lang={lang}>
        {w.tipWhy}
      </H>
      <p>{tip.why}</p>
      <H className="tip-part" lang={lang}>
        {w.tipTodo}
      </H>
      <p className="todo">{tip.todo}</p>
    </div>
  );
}

/** The words of a tip as one text, for reading aloud. */
export function tipText(tip: Tip): string {
  return `${tip.what} ${tip.why} ${tip.todo}`;
}
