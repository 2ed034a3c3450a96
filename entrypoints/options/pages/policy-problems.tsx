import type { PolicyProblem } from '@/lib/settings/policy';
import { fill, type Lang } from '@/locales';
import { optionsWords } from '@/locales/options';
import { schoolWords } from '@/locales/school';

/**
 * For the school admin: policy keys that could not be used (`loadEffective().problems`). Shown on every parent page
 * while the policy has problems (the school panel lists them itself); the valid keys still apply.
 */
export function PolicyProblemsNote({ problems, lang }: { problems: readonly PolicyProblem[]; lang: Lang }) {
  const w = optionsWords[lang].policyProblems;
  const s = schoolWords[lang];
  if (problems.length === 0) return null;
  return (
    <section className="notice admin" aria-labelledby="policy-problems" data-testid="policy-problems">
      <h2 id="policy-problems">{w.title}</h2>
      <p>{w.intro}</p>
      <ProblemList items={problems} lang={lang} />
      <p>
        <a href="#/school">{s.panel.noteLink}</a>
      </p>
    </section>
  );
}

/** Policy problems or warnings in the admin's language, each with its technical detail where there is one. */
export function ProblemList({ items, lang, testId }: { items: readonly PolicyProblem[]; lang: Lang; testId?: string }) {
  const s = schoolWords[lang];
  return (
    <ul data-testid={testId}>
      {items.map((p) => (
        <li key={`${p.key}-${p.code}`} data-key={p.key}>
          <code>{p.key}</code>: {s.codes[p.code]}
          {(p.code === 'invalid-value' || p.code === 'phrase-skipped') && (
            <>
              {' '}
              <span className="hint">{fill(s.panel.detail, { detail: p.message })}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
