import { onMessage } from '@/lib/messages/protocol';
import { schemas } from '@/lib/messages/schemas';
import { buildSchoolReport, readSchoolStatus } from '../school';
import { classifySender } from '../sender';

/** School status and report: our own pages only; a content script gets nothing (the status names the counsellor). */
export function registerSchoolHandlers(): void {
  onMessage('getSchoolStatus', async ({ sender }) => {
    if (classifySender(sender)?.kind !== 'extension') return null;
    return readSchoolStatus();
  });

  onMessage('exportSchoolReport', async ({ data, sender }) => {
    if (classifySender(sender)?.kind !== 'extension') return null;
    const parsed = schemas.exportSchoolReport.safeParse(data);
    if (!parsed.success) return null;
    return buildSchoolReport(parsed.data.language);
  });
}
