import { useEffect, useId, useState } from 'react';
import type { ChildChoice, PromptData } from '@/lib/messages/types';
import { categoryWords } from '@/locales/categories';
import { fill } from '@/locales';
import { promptWords } from '@/locales/prompt';

interface Props {
  data: PromptData;
  onChoice(choice: ChildChoice): void;
}

function useCountdown(seconds: number): number {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    if (left <= 0) return;
    const id = setTimeout(() => setLeft((s) => s - 1), 1000);
    return () => clearTimeout(id);
  }, [left]);
  return left;
}

export function Prompt({ data, onChoice }: Props) {
  const w = promptWords[data.language];
  const cats = categoryWords[data.language];
  const [showWhy, setShowWhy] = useState(false);
  const waitLeft = useCountdown(data.continueDelaySeconds);
  const titleId = useId();
  const whyId = useId();
  const main = data.categories[0]!;
  const isWarn = data.action === 'warn';

  const why = (
    <div id={whyId} className="why" hidden={!showWhy}>
      <ul>
        {data.categories.map((c) => (
          <li key={c}>
            <strong>{cats[c].name}.</strong> {cats[c].why}
          </li>
        ))}
      </ul>
      <p>{w.notYourFault}</p>
    </div>
  );

  const card = (
    <section
      className={`card ${isWarn ? 'warn' : 'tip'}`}
      role={isWarn ? 'alertdialog' : 'status'}
      aria-modal={isWarn ? true : undefined}
      aria-labelledby={titleId}
      lang={data.language}
    >
      <header>
        <span className="badge" aria-hidden="true">
          ♥
        </span>
        <h2 id={titleId}>{isWarn ? w.warnTitle : w.tipTitle}</h2>
        {!isWarn && (
          <button type="button" className="icon" aria-label={w.close} onClick={() => onChoice('dismiss')}>
            ×
          </button>
        )}
      </header>
      <p className="lead">{cats[main].why}</p>
      <button
        type="button"
        className="link"
        aria-expanded={showWhy}
        aria-controls={whyId}
        onClick={() => setShowWhy((v) => !v)}
      >
        {w.why}
      </button>
      {why}
      <div className="actions">
        {isWarn && (
          <button type="button" className="primary" onClick={() => onChoice('back')} autoFocus>
            {w.back}
          </button>
        )}
        <button type="button" className={isWarn ? 'secondary help' : 'primary help'} onClick={() => onChoice('help')}>
          {w.help}
        </button>
        {isWarn && (
          <button type="button" className="quiet" disabled={waitLeft > 0} onClick={() => onChoice('continue')}>
            {waitLeft > 0 ? fill(w.continueIn, { seconds: waitLeft }) : w.continue}
          </button>
        )}
      </div>
    </section>
  );

  return isWarn ? <div className="backdrop">{card}</div> : card;
}
