import type { Browser } from 'wxt/browser';
import { onMessage } from '@/lib/messages/protocol';
import { schemas } from '@/lib/messages/schemas';
import type { ReportContext } from '@/lib/report/types';
import { reportContextFor } from '../report-context';
import { classifySender } from '../sender';

/** Our own pages only, with a valid payload; anything else gets `null` and learns nothing. */
export async function answerReportContext(
  data: unknown,
  sender: Browser.runtime.MessageSender | undefined,
): Promise<ReportContext | null> {
  if (classifySender(sender)?.kind !== 'extension') return null;
  const parsed = schemas.getReportContext.safeParse(data);
  if (!parsed.success) return null;
  return reportContextFor(parsed.data);
}

/**
 * The report area answers our own pages only: a content script (and so a hostile page) can neither read what
 * was found nor touch a report. Reports are written by the report page itself, in the extension's IndexedDB.
 */
export function registerReportHandlers(): void {
  onMessage('getReportContext', ({ data, sender }) => answerReportContext(data, sender));
}
