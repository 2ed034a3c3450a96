import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '@/lib/db';
import { CATEGORIES } from '@/lib/detection/types';
import { sendMessage } from '@/lib/messages/protocol';
import { schoolReportTable, type DailyCount } from '@/lib/school/report';
import type { SchoolStatus } from '@/lib/school/status';
import { POLICY_KEYS, type Policy, type PolicyKey } from '@/lib/settings/policy';
import type { Settings } from '@/lib/settings/schema';
import { dayNoon } from '@/lib/summary/time';
import { fill, type Lang } from '@/locales';
import { categoryWords } from '@/locales/categories';
import { optionsWords } from '@/locales/options';
import { schoolWords } from '@/locales/school';
import { downloadText } from '../state/download';
import { formatDate } from '../state/format';
import { useSchoolStatus } from '../state/school-status';
import { ProblemList } from './policy-problems';
import { useFocusHeading } from './use-focus-heading';

/** How many items of a list (sites, phrases) the panel shows before "and N more". */
const LIST_PREVIEW = 12;
const RECENT_DAYS = 14;

function listText(items: readonly string[], lang: Lang): string {
  const v = schoolWords[lang].values;
  if (items.length === 0) return v.none;
  const shown = items.slice(0, LIST_PREVIEW).join(', ');
  return items.length > LIST_PREVIEW ? `${shown} ${fill(v.more, { n: items.length - LIST_PREVIEW })}` : shown;
}

/**
 * A policy value in the admin's words: "Lindungi", "Bu Sari (Guru BK) · WhatsApp +62 …", "Diminta merahasiakan:
 * Peringatan". Names come from the same words as the settings page, so the admin sees what the parent would.
 */
export function policyValueText<K extends PolicyKey>(key: K, value: NonNullable<Policy[K]>, lang: Lang): string {
  const o = optionsWords[lang];
  const v = schoolWords[lang].values;
  const join = (parts: (string | undefined)[]) => parts.filter(Boolean).join(' · ');
  switch (key) {
    case 'guidanceLevel':
      return o.levels[value as Settings['guidanceLevel']].name;
    case 'ageBand':
      return o.ages[value as Settings['ageBand']].name;
    case 'language':
      return value === 'id' ? 'Bahasa Indonesia' : 'English';
    case 'labMode':
    case 'keepSnippets':
      return value ? v.on : v.off;
    case 'retentionDays':
      return fill(v.days, { n: value as number });
    case 'trustedAdult': {
      const a = value as NonNullable<Settings['trustedAdult']>;
      const who = a.role ? `${a.name} (${a.role})` : a.name;
      return join([
        who,
        a.whatsapp && `${o.adult.whatsapp} ${a.whatsapp}`,
        a.phone && `${o.adult.phone} ${a.phone}`,
        a.email,
      ]);
    }
    case 'localService': {
      const s = value as NonNullable<Settings['localService']>;
      return join([
        s.name,
        s.phone && `${o.localService.phone} ${s.phone}`,
        s.whatsapp && `${o.localService.whatsapp} ${s.whatsapp}`,
        s.url,
      ]);
    }
    case 'categoryActions': {
      const actions = value as Settings['categoryActions'];
      const set = CATEGORIES.filter((c) => actions[c] !== undefined);
      if (set.length === 0) return v.none;
      return set.map((c) => `${categoryWords[lang][c].name}: ${o.actions[actions[c]!]}`).join('; ');
    }
    case 'allowSites':
    case 'blockSites':
      return listText(value as string[], lang);
    case 'extraPhrases':
      return listText(
        (value as Settings['extraPhrases']).map(
          (p) =>
            `“${p.phrase}” (${categoryWords[lang][p.category].name}, ${p.lang ? o.settings.phraseLangs[p.lang] : v.anyLanguage})`,
        ),
        lang,
      );
    default:
      return JSON.stringify(value);
  }
}

interface PanelProps {
  lang: Lang;
  status: SchoolStatus;
  counts: readonly DailyCount[];
  /** Asks the background for the CSV and saves it; resolves to the file name, or null when it failed. */
  onDownload(): Promise<string | null>;
}

/**
 * The school panel for the IT admin and the counsellor (guru BK): the policy in force, what it locks, the keys that
 * were ignored and why, and the school report (per-day counts, no names, no sites) as CSV.
 */
export function SchoolPanel({ lang, status, counts, onDownload }: PanelProps) {
  const s = schoolWords[lang];
  const o = optionsWords[lang];
  const heading = useFocusHeading<HTMLHeadingElement>('school');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // In the order of docs/school-guide.md#the-kawan-aman-keys and the sample policy files, so the admin finds them as
  // written.
  const keys = POLICY_KEYS.filter((key) => status.policy[key] !== undefined);
  const hasPolicy = status.managed || status.problems.length > 0;
  const table = schoolReportTable(counts);
  const recent = table.days
    .map((day, i) => ({ day, total: table.totals[i]!, counts: table.counts[i]! }))
    .reverse()
    .slice(0, RECENT_DAYS);
  const dayText = (day: string) => formatDate(dayNoon(day), lang);
  const fieldName = (key: string) => (o.fields as Record<string, string>)[key] ?? key;

  const download = async () => {
    setMessage(null);
    const file = await onDownload();
    setMessage(file ? { ok: true, text: fill(s.report.downloaded, { file }) } : { ok: false, text: s.report.failed });
  };

  return (
    <div className="school" data-testid="school-panel">
      <h1 ref={heading} tabIndex={-1}>
        {s.panel.title}
      </h1>
      <p className="lead">{s.panel.intro}</p>

      {!hasPolicy ? (
        <p className="notice">{s.panel.noPolicy}</p>
      ) : (
        <div className="notice" data-testid="school-mode">
          {status.managed && <p>{s.panel.managed}</p>}
          {status.labMode && (
            <p>
              <strong>{s.status.labMode}</strong> {s.status.labModeDetail}
            </p>
          )}
        </div>
      )}

      {hasPolicy && (
        <section aria-labelledby="school-problems-title">
          <h2 id="school-problems-title">{s.status.problemsTitle}</h2>
          {status.problems.length === 0 ? (
            <p className="notice good">{s.status.noProblems}</p>
          ) : (
            <div className="notice bad">
              <p>{s.status.problemsHint}</p>
              <ProblemList items={status.problems} lang={lang} testId="school-problems" />
            </div>
          )}
          {status.warnings.length > 0 && (
            <div className="notice warn">
              <h3>{s.status.warningsTitle}</h3>
              <ProblemList items={status.warnings} lang={lang} testId="school-warnings" />
            </div>
          )}
          <p className="hint">{s.status.checkBrowser}</p>
        </section>
      )}

      {keys.length > 0 && (
        <section aria-labelledby="school-policy-title">
          <h2 id="school-policy-title">{s.panel.inForceTitle}</h2>
          <table className="data" data-testid="school-policy">
            <caption className="visually-hidden">{s.panel.inForceCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{s.panel.setting}</th>
                <th scope="col">{s.panel.key}</th>
                <th scope="col">{s.panel.value}</th>
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => (
                <tr key={key} data-key={key}>
                  <th scope="row">{fieldName(key)}</th>
                  <td>
                    <code>{key}</code>
                  </td>
                  <td>{policyValueText(key, status.policy[key]!, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {status.locked.length > 0 && (
        <section aria-labelledby="school-locked-title">
          <h2 id="school-locked-title">{s.panel.lockedTitle}</h2>
          <p className="hint">{s.panel.lockedHint}</p>
          <ul className="chips" data-testid="school-locked">
            {status.locked.map((key) => (
              <li key={key} data-key={key}>
                <span>
                  {fieldName(key)}
                  {!keys.includes(key as PolicyKey) && ` (${s.panel.byLabMode})`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="school-report-title" data-testid="school-report">
        <h2 id="school-report-title">{s.report.title}</h2>
        <p className="hint">{s.report.exportHint}</p>
        {!status.labMode && <p className="hint">{s.report.labOnly}</p>}
        {table.days.length === 0 ? (
          <p>{s.report.empty}</p>
        ) : table.days.length === 1 ? (
          <p>{fill(s.report.recordedOne, { from: dayText(table.days[0]!) })}</p>
        ) : (
          <p>
            {fill(s.report.recorded, {
              n: table.days.length,
              from: dayText(table.days[0]!),
              to: dayText(table.days[table.days.length - 1]!),
            })}
          </p>
        )}
        <div className="buttons">
          <button type="button" className="primary" onClick={() => void download()}>
            {s.report.exportButton}
          </button>
        </div>
        <div aria-live="polite" className="live">
          {message && (
            <p className={`notice ${message.ok ? 'good' : 'bad'}`} data-testid="school-report-message">
              {message.text}
            </p>
          )}
        </div>
        {recent.length > 0 && (
          <>
            <h3>{s.report.recentTitle}</h3>
            <table className="data" data-testid="school-days">
              <caption className="visually-hidden">{s.report.recentCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.report.date}</th>
                  <th scope="col">{s.report.total}</th>
                  <th scope="col">{s.report.kinds}</th>
                </tr>
              </thead>
              <tbody>
                {recent.map((row) => (
                  <tr key={row.day} data-day={row.day}>
                    <th scope="row">{dayText(row.day)}</th>
                    <td>{row.total}</td>
                    <td>
                      {CATEGORIES.filter((_, j) => row.counts[j]! > 0)
                        .map((c) => `${categoryWords[lang][c].name} ${row.counts[CATEGORIES.indexOf(c)]}`)
                        .join(' · ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </div>
  );
}

/** The school panel with its data: the status from the background, the daily counts live from the database. */
export function SchoolPage({ lang }: { lang: Lang }) {
  const w = optionsWords[lang];
  const status = useSchoolStatus();
  const counts = useLiveQuery(() => db().dailyCounts.toArray(), []);
  if (!status || !counts) return <p aria-busy="true">{w.loading}</p>;
  const onDownload = async () => {
    const file = await sendMessage('exportSchoolReport', { language: lang }).catch(() => null);
    if (!file) return null;
    downloadText(file.filename, file.csv, file.mimeType);
    return file.filename;
  };
  return <SchoolPanel lang={lang} status={status} counts={counts} onDownload={onDownload} />;
}
