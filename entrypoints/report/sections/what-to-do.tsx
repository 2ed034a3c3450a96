import { useId } from 'react';
import { PLATFORM_IDS, platformForHost } from '@/lib/report/platforms';
import type { Lang } from '@/locales';
import { platformWords, reportWords } from '@/locales/report';

/** Step 3: what to do now, and how to block and report in the app the child was using. */
export function WhatToDo({ lang, host }: { lang: Lang; host: string }) {
  const w = reportWords[lang].todo;
  const platforms = platformWords[lang];
  const here = platformForHost(host);
  const titleId = useId();
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{w.title}</h2>
      <ul className="dont-list">
        {w.donts.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>{w.blockTitle}</h3>
      <div className="platform" data-platform={here}>
        <h4>{platforms[here].name}</h4>
        <ol>
          {platforms[here].steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </div>
      <details>
        <summary>{w.otherApps}</summary>
        {PLATFORM_IDS.filter((id) => id !== here).map((id) => (
          <div className="platform" key={id} data-platform={id}>
            <h4>{platforms[id].name}</h4>
            <ol>
              {platforms[id].steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </div>
        ))}
      </details>
    </section>
  );
}
