import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { BarChart } from '@/components/parent/bar-chart';
import { db, type PauseRow, type ReportRow, type RiskEvent } from '@/lib/db';
import type { Category } from '@/lib/detection/types';
import { heartbeatItem } from '@/lib/settings/parent-state';
import type { EffectiveSettings } from '@/lib/settings/policy';
import { WEEK_MS } from '@/lib/summary/time';
import { summarizeWeeks, trend } from '@/lib/summary/week';
import { fill, type Lang } from '@/locales';
import { guideWords } from '@/locales/guides';
import { optionsWords } from '@/locales/options';
import { schoolWords } from '@/locales/school';
import { formatDate, formatDateTime, formatDuration } from '../state/format';
import { useStoredValue } from '../state/use-effective';
import { useFocusHeading } from './use-focus-heading';

interface Props {
  lang: Lang;
  effective: EffectiveSettings;
}

/** Snippets shown at most: the newest ones of the last two weeks. */
const SNIPPETS_SHOWN = 20;

/**
 * The weekly picture (issue #7): this week against last week, flags by kind as a chart with the same numbers as a
 * table, the sites, the child's choices, the child's reports and the times protection stopped. Counts only, unless
 * the parent turned on "keep message snippets" (docs/design.md#message-snippets): then the snippets kept with recent
 * flags are listed too. By default no message text is kept, so none is shown.
 *
 * On a shared school computer (lab mode, no PIN) it shows the daily counts and the times protection stopped only:
 * no sites or choices (none are kept there) and never a child's report.
 */
export function PicturePage({ lang, effective }: Props) {
  const w = optionsWords[lang];
  const p = w.picture;
  const names = guideWords[lang].categories;
  const heading = useFocusHeading<HTMLHeadingElement>('picture');
  const [now] = useState(() => Date.now());
  const labMode = effective.settings.labMode;
  const events = useLiveQuery(
    () =>
      db()
        .events.where('time')
        .above(now - 2 * WEEK_MS)
        .toArray(),
    [now],
  );
  const dailyCounts = useLiveQuery(() => db().dailyCounts.toArray(), []);
  const reports = useLiveQuery(() => (labMode ? [] : db().reports.orderBy('createdAt').reverse().toArray()), [labMode]);
  const pauses = useLiveQuery(() => db().pauses.orderBy('start').reverse().limit(50).toArray(), []);
  const heartbeat = useStoredValue('heartbeat', () => heartbeatItem.getValue());
  const summary = useMemo(
    () => (events && dailyCounts ? summarizeWeeks(events, dailyCounts, now) : null),
    [events, dailyCounts, now],
  );
  if (!summary || !reports || !pauses) return <p aria-busy="true">{w.loading}</p>;

  const { totals } = summary;
  const direction = trend(totals.thisWeek, totals.lastWeek);
  const diff = Math.abs(totals.thisWeek - totals.lastWeek);
  const shownPauses = pauses.filter((x) => x.start <= now);
  const keepsSnippets = effective.settings.keepSnippets && !labMode;
  const snippets = labMode ? [] : (events ?? []).filter((e) => e.snippet).sort((a, b) => b.time - a.time);

  return (
    <div className="picture">
      <h1 ref={heading} tabIndex={-1}>
        {p.title}
      </h1>
      <p className="lead">{labMode ? schoolWords[lang].lab.pictureNote : keepsSnippets ? p.introSnippets : p.intro}</p>
      {heartbeat?.installedAt && (
        <p className="hint">{fill(p.since, { date: formatDate(heartbeat.installedAt, lang) })}</p>
      )}

      <div className="stats">
        <div className="stat" data-testid="flags-this-week">
          <p className="stat-label">{p.flagsThisWeek}</p>
          <p className="stat-value">{totals.thisWeek}</p>
          <p className="stat-note">
            {direction === 'same' ? p.trendSame : fill(direction === 'up' ? p.trendUp : p.trendDown, { count: diff })}
            {' · '}
            {fill(p.flagsLastWeek, { count: totals.lastWeek })}
          </p>
        </div>
        {!labMode && (
          <div className="stat">
            <p className="stat-label">{p.reportsCount}</p>
            <p className="stat-value">{reports.length}</p>
          </div>
        )}
        <div className="stat">
          <p className="stat-label">{p.pausesCount}</p>
          <p className="stat-value">{shownPauses.length}</p>
        </div>
      </div>

      <section aria-labelledby="chart-title">
        <h2 id="chart-title">{p.chartTitle}</h2>
        {summary.categories.length === 0 ? (
          <p className="notice good">{p.empty}</p>
        ) : (
          <>
            <BarChart
              label={p.chartLabel}
              series={[p.thisWeek, p.lastWeek]}
              groups={summary.categories.map((row) => ({
                key: row.category,
                label: names[row.category].name,
                values: [row.thisWeek, row.lastWeek],
              }))}
            />
            <table className="data" data-testid="category-table">
              <caption className="visually-hidden">{p.chartTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{p.category}</th>
                  <th scope="col">{p.thisWeek}</th>
                  <th scope="col">{p.lastWeek}</th>
                </tr>
              </thead>
              <tbody>
                {summary.categories.map((row) => (
                  <tr key={row.category} data-category={row.category}>
                    <th scope="row">
                      <a href={`#/guide/${row.category}`} title={fill(p.guideFor, { name: names[row.category].name })}>
                        {names[row.category].name}
                      </a>
                    </th>
                    <td>{row.thisWeek}</td>
                    <td>{row.lastWeek}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>

      {/* A shared school computer keeps no sites or choices, and its picture opens without a PIN: no reports. */}
      {!labMode && (
        <>
          <div className="two-col">
            <section aria-labelledby="sites-title">
              <h2 id="sites-title">{p.sitesTitle}</h2>
              {summary.sites.length === 0 ? (
                <p>{p.sitesEmpty}</p>
              ) : (
                <table className="data" data-testid="sites-table">
                  <thead>
                    <tr>
                      <th scope="col">{p.site}</th>
                      <th scope="col">{p.count}</th>
                      <th scope="col">{p.category}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {summary.sites.slice(0, 15).map((site) => (
                      <tr key={site.host}>
                        <th scope="row">{site.host}</th>
                        <td>{site.count}</td>
                        <td>
                          <CategoryLinks categories={site.categories} lang={lang} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>

            <section aria-labelledby="choices-title">
              <h2 id="choices-title">{p.choicesTitle}</h2>
              <dl className="choices" data-testid="choices">
                {(['back', 'help', 'continue', 'dismiss', 'none'] as const).map((choice) => (
                  <div key={choice} data-choice={choice}>
                    <dt>{p.choices[choice]}</dt>
                    <dd>{summary.choices[choice]}</dd>
                  </div>
                ))}
              </dl>
            </section>
          </div>

          {(keepsSnippets || snippets.length > 0) && (
            <section aria-labelledby="snippets-title">
              <h2 id="snippets-title">{p.snippetsTitle}</h2>
              <p className="hint">{p.snippetsIntro}</p>
              {snippets.length === 0 ? (
                <p>{p.snippetsEmpty}</p>
              ) : (
                <SnippetsTable events={snippets.slice(0, SNIPPETS_SHOWN)} lang={lang} />
              )}
            </section>
          )}

          <section aria-labelledby="reports-title">
            <h2 id="reports-title">{p.reportsTitle}</h2>
            <p className="hint">{p.reportsIntro}</p>
            {reports.length === 0 ? <p>{p.reportsEmpty}</p> : <ReportsTable reports={reports} lang={lang} />}
          </section>
        </>
      )}

      <section aria-labelledby="pauses-title">
        <h2 id="pauses-title">{p.pausesTitle}</h2>
        <p className="hint">{p.pausesIntro}</p>
        {shownPauses.length === 0 ? <p>{p.pausesEmpty}</p> : <PausesTable pauses={shownPauses} lang={lang} now={now} />}
      </section>

      <p className="hint keeps">
        {fill(keepsSnippets ? p.keepsSnippets : p.keeps, { days: effective.settings.retentionDays })}
      </p>
    </div>
  );
}

function CategoryLinks({ categories, lang }: { categories: readonly Category[]; lang: Lang }) {
  const names = guideWords[lang].categories;
  return (
    <>
      {categories.map((c, i) => (
        <span key={c}>
          {i > 0 && ', '}
          <a href={`#/guide/${c}`}>{names[c].name}</a>
        </span>
      ))}
    </>
  );
}

function SnippetsTable({ events, lang }: { events: RiskEvent[]; lang: Lang }) {
  const p = optionsWords[lang].picture;
  return (
    <table className="data" data-testid="snippets-table">
      <thead>
        <tr>
          <th scope="col">{p.snippetWhen}</th>
          <th scope="col">{p.snippetWhere}</th>
          <th scope="col">{p.snippetText}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id}>
            <td>{formatDateTime(e.time, lang)}</td>
            <td>
              <span className="host">{e.host}</span> <CategoryLinks categories={e.categories} lang={lang} />
            </td>
            <td>
              <q className="snippet">{e.snippet}</q>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ReportsTable({ reports, lang }: { reports: ReportRow[]; lang: Lang }) {
  const p = optionsWords[lang].picture;
  const status = (r: ReportRow) =>
    r.status === 'sent'
      ? r.sentTo
        ? fill(p.status.sent, { to: r.sentTo })
        : p.status.sentNoTarget
      : p.status[r.status];
  return (
    <table className="data" data-testid="reports-table">
      <thead>
        <tr>
          <th scope="col">{p.reportDate}</th>
          <th scope="col">{p.reportAbout}</th>
          <th scope="col">{p.reportStatus}</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((r) => (
          <tr key={r.id} data-status={r.status}>
            <td>{formatDateTime(r.createdAt, lang)}</td>
            <td>
              {r.host && <span className="host">{r.host}</span>} <CategoryLinks categories={r.categories} lang={lang} />
            </td>
            <td>
              <span className={`status status-${r.status}`}>{status(r)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PausesTable({ pauses, lang, now }: { pauses: PauseRow[]; lang: Lang; now: number }) {
  const p = optionsWords[lang].picture;
  return (
    <table className="data" data-testid="pauses-table">
      <thead>
        <tr>
          <th scope="col">{p.pauseWhen}</th>
          <th scope="col">{p.pauseHowLong}</th>
          <th scope="col">{p.pauseWhy}</th>
        </tr>
      </thead>
      <tbody>
        {pauses.map((pause) => (
          <tr key={pause.id} data-reason={pause.reason}>
            <td>{formatDateTime(pause.start, lang)}</td>
            <td>
              {formatDuration(Math.min(pause.end, now) - pause.start, lang)}
              {pause.end > now && ` ${p.pauseOngoing}`}
            </td>
            <td>{p.reasons[pause.reason]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
