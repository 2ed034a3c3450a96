import type { ChildLang } from '../../locales';
import { fill } from '../../locales';
import { reportWords } from '../../locales/report';
import { oneLine } from './sanitize';

export type ReportStatus = 'draft' | 'sent' | 'saved';

/**
 * A report's status in words, for the child's list and the parent's dashboard: "Draf", "Disimpan",
 * "Terkirim ke Ibu Sari (WhatsApp)".
 */
export function statusText(row: { status: ReportStatus; sentTo?: string }, lang: ChildLang): string {
  const w = reportWords[lang].status;
  if (row.status === 'sent') return fill(w.sent, { to: oneLine(row.sentTo ?? '', 120) || '?' });
  return w[row.status];
}

/**
 * The status after an action; a report that was sent stays "sent" when it is saved or edited again, because that
 * is what a parent needs to know.
 */
export function nextStatus(current: ReportStatus | undefined, action: 'edit' | 'save' | 'send'): ReportStatus {
  if (action === 'send' || current === 'sent') return 'sent';
  if (action === 'save' || current === 'saved') return 'saved';
  return 'draft';
}
