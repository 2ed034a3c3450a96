import { directoryEntry } from '@/lib/report/directory';
import type { ChildLang } from '@/locales';
import { reportWords } from '@/locales/report';

/**
 * Step 1: you did the right thing, and what happened as the card told it. For a threat (sextortion), the most
 * urgent advice comes first.
 */
export function Reassure({ lang, sextortion, happened }: { lang: ChildLang; sextortion: boolean; happened?: string }) {
  const w = reportWords[lang];
  const what = happened && (
    <p className="happened" data-testid="happened">
      <strong>{w.happened}:</strong> {happened}
    </p>
  );
  if (sextortion) {
    const takeItDown = directoryEntry('takeitdown').channels[0];
    return (
      <header className="hero urgent" data-testid="sextortion-lead">
        <h1>{w.sextortion.title}</h1>
        {what}
        <ul className="big-list">
          {w.sextortion.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p>
          {w.sextortion.takeItDown}{' '}
          {takeItDown?.kind === 'web' && (
            <a href={takeItDown.url} target="_blank" rel="noopener noreferrer">
              {w.sextortion.takeItDownLink} <span className="sr-only">{w.help.newTab}</span>
            </a>
          )}
        </p>
        <p className="calm">{w.reassure.lines.slice(1).join(' ')}</p>
      </header>
    );
  }
  return (
    <header className="hero">
      <h1>{w.reassure.title}</h1>
      {what}
      <ul className="big-list">
        {w.reassure.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </header>
  );
}
