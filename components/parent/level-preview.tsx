export interface PreviewWords {
  label: string;
  tipTitle: string;
  tipText: string;
  warnTitle: string;
  warnText: string;
  blockTitle: string;
  blockText: string;
  help: string;
  back: string;
  continue: string;
}

interface Props {
  kind: 'tip' | 'warn' | 'block';
  words: PreviewWords;
  lang: string;
}

/**
 * A small static picture of what the child would see: the tip card, the warning card or the block page. Not
 * interactive (its buttons are drawings), so it is hidden from the tab order and named as an example.
 */
export function LevelPreview({ kind, words, lang }: Props) {
  const title = kind === 'tip' ? words.tipTitle : kind === 'warn' ? words.warnTitle : words.blockTitle;
  const text = kind === 'tip' ? words.tipText : kind === 'warn' ? words.warnText : words.blockText;
  return (
    <div className={`preview preview-${kind}`} role="group" aria-label={words.label} lang={lang}>
      <div className="preview-card">
        <p className="preview-title">
          <span aria-hidden="true">♥ </span>
          {title}
        </p>
        <p className="preview-text">{text}</p>
        <p className="preview-buttons" aria-hidden="true">
          {kind === 'warn' && <span className="pv-btn pv-primary">{words.back}</span>}
          <span className={`pv-btn ${kind === 'warn' ? 'pv-secondary' : 'pv-primary'}`}>{words.help}</span>
          {kind === 'warn' && <span className="pv-btn pv-quiet">{words.continue}</span>}
        </p>
      </div>
    </div>
  );
}
