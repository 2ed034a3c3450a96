import { db } from '@/lib/db';
import type { Category } from '@/lib/detection/types';
import type { SchoolReportFile } from '@/lib/messages/protocol/school';
import { localDay } from '@/lib/school/day';
import { schoolReportCsv, schoolReportTable } from '@/lib/school/report';
import { schoolStatus, type SchoolStatus } from '@/lib/school/status';
import { effectiveSettings, parsePolicy } from '@/lib/settings/policy';
import type { Language } from '@/lib/settings/schema';
import { loadPolicyRaw, loadSettings } from '@/lib/settings/store';
import { adultLang } from '@/locales';
import { categoryWords } from '@/locales/categories';
import { schoolWords } from '@/locales/school';

export async function readSchoolStatus(): Promise<SchoolStatus> {
  const [parent, raw] = await Promise.all([loadSettings(), loadPolicyRaw()]);
  const { policy, problems } = parsePolicy(raw);
  return schoolStatus(policy, effectiveSettings(parent, policy, problems));
}

/** The school report from `dailyCounts`, with column names in `language` (default: the language in force). */
export async function buildSchoolReport(language?: Language, now = Date.now()): Promise<SchoolReportFile> {
  const [parent, raw, rows] = await Promise.all([loadSettings(), loadPolicyRaw(), db().dailyCounts.toArray()]);
  // Column names for the admin: Indonesian where the children's language is Javanese.
  const lang = adultLang(language ?? effectiveSettings(parent, parsePolicy(raw).policy).settings.language);
  const words = schoolWords[lang].report;
  const categories = Object.fromEntries(
    Object.entries(categoryWords[lang]).map(([category, w]) => [category, w.name]),
  ) as Record<Category, string>;
  return {
    filename: `${words.filename}-${localDay(now)}.csv`,
    mimeType: 'text/csv;charset=utf-8',
    csv: `\uFEFF${schoolReportCsv(rows, { date: words.date, total: words.total, categories }, lang === 'id' ? ';' : ',')}`,
    days: schoolReportTable(rows).days.length,
  };
}
