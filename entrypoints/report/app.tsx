import { useEffect, useMemo } from 'react';
import { buildAdultMessage } from '@/lib/report/message';
import { sapa } from '@/lib/report/directory';
import { reportWords } from '@/locales/report';
import { cardWords } from '@/locales/stories';
import type { ReportParams } from './params';
import { Evidence } from './sections/evidence';
import { MoreHelp } from './sections/more-help';
import { MyReports } from './sections/my-reports';
import { OneTap } from './sections/one-tap';
import { PrintSheet } from './sections/print-sheet';
import { Reassure } from './sections/reassure';
import { WhatToDo } from './sections/what-to-do';
import { useReport } from './use-report';

/**
 * The report page (DESIGN.md §7): reassurance and what happened, the one tap to a trusted adult (or SAPA 129), what
 * to do now, the evidence kept safely, more help, and the child's own reports. For a sextortion finding it leads
 * with what matters most: don't pay, don't send more, it's not your fault, Take It Down, tell an adult now.
 *
 * For a child of 6–9 the page is short (issue #14): the one tap and the four "don'ts" are all there is to read; the
 * evidence, more help and the child's reports are folded, to open together with the adult who helps.
 */
export function App({ params }: { params: ReportParams }) {
  const report = useReport(params);
  const { setup, details, row } = report;
  const lang = setup?.lang ?? 'id';
  const w = reportWords[lang];

  useEffect(() => {
    if (!setup) return;
    document.documentElement.lang = lang;
    document.title = w.pageTitle;
  }, [setup, lang, w]);

  const messages = useMemo(
    () => ({
      adult: setup?.adult ? buildAdultMessage(details, lang, { name: setup.adult.name, kind: 'adult' }) : '',
      sapa: buildAdultMessage(details, lang, { name: sapa().name, kind: 'service' }),
    }),
    [details, lang, setup],
  );

  if (!setup) {
    return (
      <main className="page">
        <p className="loading" role="status">
          {reportWords.id.loading} / {reportWords.en.loading}
        </p>
      </main>
    );
  }

  const sextortion = details.categories.includes('sextortion');
  const young = setup.ageBand === '6-9';
  // What the card said happened, while the child keeps its category ticked.
  const story = details.story && details.categories.includes(details.story.category) ? details.story : undefined;
  const happened = story ? cardWords(lang, setup.ageBand, story).what : undefined;
  const rest = (
    <>
      <Evidence
        lang={lang}
        details={details}
        row={row}
        resumed={report.resumed}
        labMode={setup.labMode}
        onEdit={report.edit}
        onSave={() => void report.save()}
        onStartNew={report.startNew}
      />
      <MoreHelp lang={lang} localService={setup.localService} />
      {!setup.labMode && <MyReports lang={lang} currentId={row?.id} onDeletedCurrent={report.startNew} />}
    </>
  );
  return (
    <>
      <a className="skip" href="#send">
        {w.skipToSend}
      </a>
      <main className="page screen-only" data-testid="report-page">
        <Reassure lang={lang} sextortion={sextortion} happened={happened} />
        <OneTap
          lang={lang}
          adult={setup.adult}
          messages={messages}
          row={row}
          onSent={(option) => void report.markSent(option)}
        />
        <WhatToDo lang={lang} host={details.host} young={young} />
        {young ? (
          <details className="more" data-testid="more">
            <summary>{w.young.more}</summary>
            <p className="hint">{w.young.moreHint}</p>
            {rest}
          </details>
        ) : (
          rest
        )}
      </main>
      <PrintSheet lang={lang} details={details} row={row} />
    </>
  );
}
