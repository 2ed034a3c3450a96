import type { ReportRow } from '@/lib/db';
import { sapa } from '@/lib/report/directory';
import { categoryNames, formatWhen } from '@/lib/report/message';
import { statusText } from '@/lib/report/status';
import type { ReportDetails } from '@/lib/report/types';
import { fill, type ChildLang } from '@/locales';
import { reportWords } from '@/locales/report';

/** The printable page: only this shows when the child or a parent prints (the screen parts are hidden). */
export function PrintSheet({ lang, details, row }: { lang: ChildLang; details: ReportDetails; row: ReportRow | null }) {
  const w = reportWords[lang].evidenceText;
  const s = sapa();
  const rows: [string, string][] = [
    [w.created, formatWhen(row?.createdAt ?? Date.now(), lang)],
    [w.status, statusText(row ?? { status: 'draft' }, lang)],
    [w.categories, categoryNames(details.categories, lang)],
    [w.site, details.host],
    [w.pageTitle, details.title],
    [w.contact, details.contact],
    [w.when, formatWhen(details.happenedAt, lang)],
    [w.words, details.flaggedWords],
  ];
  return (
    <article className="print-sheet" data-testid="print-sheet">
      <h1>{w.heading}</h1>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value || w.empty}</dd>
          </div>
        ))}
        <div>
          <dt>{w.note}</dt>
          <dd className="pre">{details.note || w.empty}</dd>
        </div>
      </dl>
      <p>{w.noImages}</p>
      <p>{fill(w.help, { name: s.name, tel: s.tel, whatsapp: s.whatsapp })}</p>
    </article>
  );
}
