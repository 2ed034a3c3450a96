import { useId, useState } from 'react';
import { CATEGORIES, type Category } from '@/lib/detection/types';
import type { ReportRow } from '@/lib/db';
import { buildEvidenceText, whatHappened } from '@/lib/report/message';
import { statusText } from '@/lib/report/status';
import type { ReportDetails } from '@/lib/report/types';
import { fill, type ChildLang } from '@/locales';
import { categoryWords } from '@/locales/categories';
import { reportWords } from '@/locales/report';
import { FIELD_MAX } from '../drafts';

interface Props {
  lang: ChildLang;
  details: ReportDetails;
  row: ReportRow | null;
  resumed: boolean;
  labMode: boolean;
  onEdit(patch: Partial<ReportDetails>): void;
  onSave(): void;
  onStartNew(): void;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Epoch ms as the value of an `<input type="datetime-local">`, in local time. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function fromLocalInput(value: string): number | null {
  const ms = new Date(value).getTime();
  return value && Number.isFinite(ms) ? ms : null;
}

function evidenceText(details: ReportDetails, row: ReportRow | null, lang: ChildLang): string {
  return buildEvidenceText(
    { ...details, createdAt: row?.createdAt ?? Date.now(), status: statusText(row ?? { status: 'draft' }, lang) },
    lang,
  );
}

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Step 4: the evidence, filled in from the finding, editable, saved on this computer; never an image. */
export function Evidence({ lang, details, row, resumed, labMode, onEdit, onSave, onStartNew }: Props) {
  const w = reportWords[lang].evidence;
  const cats = categoryWords[lang];
  const id = useId();
  const [shareNote, setShareNote] = useState('');
  // The list of every kind of thing starts folded when Kawan Aman already filled in what happened (issue #14).
  const [listOpen] = useState(details.categories.length === 0);

  const status = !row
    ? w.statusNone
    : row.status === 'sent'
      ? fill(w.statusSent, { to: row.sentTo ?? '' })
      : row.status === 'saved'
        ? w.statusSaved
        : w.statusDraft;

  const toggle = (category: Category, on: boolean) =>
    onEdit({
      categories: on ? [...details.categories, category] : details.categories.filter((c) => c !== category),
    });

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(evidenceText(details, row, lang));
      setShareNote(w.copied);
    } catch {
      setShareNote(w.copyFailed);
    }
  };

  const day = toLocalInput(row?.createdAt ?? Date.now()).slice(0, 10);

  return (
    <section className="card evidence" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{w.title}</h2>
      {resumed && row?.status === 'draft' && (
        <div className="notice" data-testid="resumed">
          <p>{w.resumed}</p>
          <button type="button" className="button secondary" onClick={onStartNew}>
            {w.startNew}
          </button>
        </div>
      )}
      {labMode && <p className="notice">{w.labNote}</p>}
      <p>{w.intro}</p>
      <form
        className="fields"
        onSubmit={(event) => {
          event.preventDefault();
          onSave();
        }}
      >
        {details.categories.length > 0 && (
          <p className="what-happened" data-testid="what-happened">
            <strong>{w.categories}:</strong> {whatHappened(details, lang)}
          </p>
        )}
        <details className="categories-more" open={listOpen}>
          <summary>{w.categoriesChange}</summary>
          <fieldset className="categories">
            <legend>{w.categories}</legend>
            {CATEGORIES.map((category) => (
              <label key={category} className="check">
                <input
                  type="checkbox"
                  name="category"
                  value={category}
                  checked={details.categories.includes(category)}
                  onChange={(event) => toggle(category, event.target.checked)}
                />
                {cats[category].name}
              </label>
            ))}
          </fieldset>
        </details>
        <div className="field">
          <label htmlFor={`${id}-host`}>{w.site}</label>
          <input
            id={`${id}-host`}
            name="host"
            value={details.host}
            maxLength={FIELD_MAX.host}
            autoComplete="off"
            onChange={(event) => onEdit({ host: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-title-field`}>{w.pageTitle}</label>
          <input
            id={`${id}-title-field`}
            name="title"
            value={details.title}
            maxLength={FIELD_MAX.title}
            autoComplete="off"
            onChange={(event) => onEdit({ title: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-contact`}>{w.contact}</label>
          <input
            id={`${id}-contact`}
            name="contact"
            value={details.contact}
            maxLength={FIELD_MAX.contact}
            autoComplete="off"
            onChange={(event) => onEdit({ contact: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-when`}>{w.when}</label>
          <input
            id={`${id}-when`}
            name="when"
            type="datetime-local"
            value={toLocalInput(details.happenedAt)}
            onChange={(event) => {
              const ms = fromLocalInput(event.target.value);
              if (ms !== null) onEdit({ happenedAt: ms });
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-words`}>{w.words}</label>
          <textarea
            id={`${id}-words`}
            name="words"
            rows={2}
            value={details.flaggedWords}
            maxLength={FIELD_MAX.flaggedWords}
            onChange={(event) => onEdit({ flaggedWords: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>{w.note}</label>
          <textarea
            id={`${id}-note`}
            name="note"
            rows={4}
            value={details.note}
            maxLength={FIELD_MAX.note}
            onChange={(event) => onEdit({ note: event.target.value })}
          />
        </div>
        <p className="status" role="status" data-testid="save-status" data-status={row?.status ?? 'none'}>
          {status}
        </p>
        <div className="actions">
          <button type="submit" className="button primary">
            {w.save}
          </button>
          <button type="button" className="button secondary" onClick={() => void copy()}>
            {w.copy}
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() => download(evidenceText(details, row, lang), `${w.fileName}-${day}.txt`)}
          >
            {w.download}
          </button>
          <button type="button" className="button secondary" onClick={() => window.print()}>
            {w.print}
          </button>
        </div>
        <p className="hint">{w.shareHint}</p>
        <p className="note" role="status">
          {shareNote}
        </p>
      </form>
    </section>
  );
}
