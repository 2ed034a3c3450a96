import type { SchoolStatus } from '../../school/status';
import type { Language } from '../../settings/schema';

/** The school report, ready to save: the page only wraps it in a Blob and names the file. */
export interface SchoolReportFile {
  /** e.g. `laporan-sekolah-kawan-aman-2026-03-02.csv` */
  filename: string;
  mimeType: 'text/csv;charset=utf-8';
  /** UTF-8 with a byte-order mark (so Excel reads it as UTF-8), CRLF line ends. */
  csv: string;
  /** Number of day rows (0: nothing recorded yet). */
  days: number;
}

/**
 * Extension pages only (the options page's school panel). Content scripts get `null`: the status names the counsellor
 * and the report is for the school.
 */
export interface SchoolProtocol {
  /** The school policy in force, the settings it locks and the keys it had to ignore. */
  getSchoolStatus(): SchoolStatus | null;
  /**
   * The per-day category counts as CSV. `language` picks the column names and the delimiter (`;` for Indonesian,
   * which Excel on Indonesian Windows splits on; `,` for English); default: the language in force.
   */
  exportSchoolReport(data: { language?: Language }): SchoolReportFile | null;
}
