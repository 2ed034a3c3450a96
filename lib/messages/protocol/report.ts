import type { ReportContext } from '../../report/types';

/**
 * Extension pages only (the report page): what can be filled in for the child. A content script gets no answer.
 * Reports themselves are written by the report page into IndexedDB, which no web page or content script reaches.
 */
export interface ReportProtocol {
  /**
   * The details of the finding behind `event` (kept only in `storage.session`), else of the tab the child
   * right-clicked (`tab`). `null` when nothing is known.
   */
  getReportContext(data: { event?: number; tab?: number }): ReportContext | null;
}
