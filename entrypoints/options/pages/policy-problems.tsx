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
      <ul>
        {problems.map((p) => (
          <li key={p.key} data-key={p.key}>
            <code>{p.key}</code>: {s.codes[p.code]}
            {(p.code === 'invalid-value' || p.code === 'phrase-skipped') &&
              ` ${fill(s.panel.detail, { detail: p.message })}`}
          </li>
        ))}
      </ul>
      <p>
        <a href="#/school">{s.panel.noteLink}</a>
      </p>
    </section>
  );
}
