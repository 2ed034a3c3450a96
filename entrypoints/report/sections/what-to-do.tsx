import { useId } from 'react';
import { PLATFORM_IDS, platformForHost } from '@/lib/report/platforms';
import type { ChildLang } from '@/locales';
import { platformWords, reportWords } from '@/locales/report';

/**
 * Step 3: what to do now, and how to block and report in the app the child was using. For 6–9 the app's steps are
 * folded: the four "don'ts" are what a young child needs now; blocking is a job to do with an adult.
 */
export function WhatToDo({ lang, host, young = false }: { lang: ChildLang; host: string; young?: boolean }) {
  const w = reportWords[lang].todo;
  const platforms = platformWords[lang];
  const here = platformForHost(host);
  const titleId = useId();
  const hereSteps = (
    <div className="platform" data-platform={here}>
      <h4>{platforms[here].name}</h4>
      <ol>
        {platforms[here].steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </div>
  );
  const others = PLATFORM_IDS.filter((id) => id !== here).map((id) => (
    <div className="platform" key={id} data-platform={id}>
      <h4>{platforms[id].name}</h4>
      <ol>
        {platforms[id].steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </div>
  ));
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{w.title}</h2>
      <ul className="dont-list">
        {w.donts.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {young ? (
        <details>
          <summary>{w.blockTitle}</summary>
          {hereSteps}
          {others}
        </details>
      ) : (
        <>
          <h3>{w.blockTitle}</h3>
          {hereSteps}
          <details>
            <summary>{w.otherApps}</summary>
            {others}
          </details>
        </>
      )}
    </section>
  );
}
