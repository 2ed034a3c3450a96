import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { db } from '@/lib/db';
import { categoryNames, formatWhen } from '@/lib/report/message';
import { statusText } from '@/lib/report/status';
import type { ChildLang } from '@/locales';
import { reportWords } from '@/locales/report';
import { deleteReport } from '../drafts';
import { draftSearch } from '../params';

interface Props {
  lang: ChildLang;
  currentId?: number;
  onDeletedCurrent(): void;
}

/** The child's own reports with their status; not shown on a shared school computer. */
export function MyReports({ lang, currentId, onDeletedCurrent }: Props) {
  const w = reportWords[lang].list;
  const titleId = useId();
  const rows = useLiveQuery(() => db().reports.orderBy('createdAt').reverse().toArray(), []);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [note, setNote] = useState('');

  const remove = async (id: number) => {
    await deleteReport(id);
    setConfirming(null);
    setNote(w.deleted);
    if (id === currentId) onDeletedCurrent();
  };

  return (
    <section className="card" aria-labelledby={titleId} data-testid="my-reports">
      <h2 id={titleId}>{w.title}</h2>
      {rows && rows.length === 0 && <p>{w.empty}</p>}
      <ul className="reports">
        {rows?.map((row) => (
          <li
            key={row.id}
            data-report-id={row.id}
            data-status={row.status}
            aria-current={row.id === currentId ? 'true' : undefined}
          >
            <p className="report-head">
              <strong>{row.host || w.unknownSite}</strong>
              {row.contact && <> · {row.contact}</>}
              {row.id === currentId && <span className="tag"> ({w.current})</span>}
            </p>
            <p className="report-meta">
              {formatWhen(row.createdAt, lang)}
              {row.categories.length > 0 && <> · {categoryNames(row.categories, lang)}</>}
            </p>
            <p className="report-status" data-testid="report-status">
              {statusText(row, lang)}
            </p>
            {confirming === row.id ? (
              <div className="confirm" role="group" aria-label={w.confirmDelete}>
                <p>{w.confirmDelete}</p>
                <button type="button" className="button danger" onClick={() => void remove(row.id)}>
                  {w.confirmYes}
                </button>
                <button type="button" className="button secondary" onClick={() => setConfirming(null)} autoFocus>
                  {w.cancel}
                </button>
              </div>
            ) : (
              <p className="report-actions">
                {row.id !== currentId && (
                  <a className="button secondary" href={draftSearch(row.id, row.source ?? 'page')}>
                    {w.open}
                  </a>
                )}
                <button type="button" className="button secondary" onClick={() => setConfirming(row.id)}>
                  {w.delete}
                </button>
              </p>
            )}
          </li>
        ))}
      </ul>
      <p className="note" role="status">
        {note}
      </p>
    </section>
  );
}
