import type { ChildLang } from '@/locales';
import { childWords } from '@/locales/child';

/** The three lines every tip and card tells: what happened, why it matters, one thing to do now. */
export interface TipLines {
  what: string;
  why: string;
  todo: string;
}

/** A tip in its three parts, each labelled: what is happening, why it matters, what to do now. */
export function TipView({ tip, lang, headingLevel = 3 }: { tip: TipLines; lang: ChildLang; headingLevel?: 3 | 4 }) {
  const w = childWords[lang];
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="tip-view" lang={lang}>
      <H className="tip-part">{w.tipWhat}</H>
      <p>{tip.what}</p>
      <H className="tip-part">{w.tipWhy}</H>
      <p>{tip.why}</p>
      <H className="tip-part">{w.tipTodo}</H>
      <p className="todo">{tip.todo}</p>
    </div>
  );
}

/** The words of a tip as one text, for reading aloud. */
export function tipText(tip: TipLines): string {
  return `${tip.what} ${tip.why} ${tip.todo}`;
}
