import type { PolicyProblem } from '@/lib/settings/policy';
import type { Lang } from '@/locales';
import { optionsWords } from '@/locales/options';

/**
 * For the school admin: policy keys that could not be used (`loadEffective().problems`). Shown on every parent page
 * while the policy has problems; the valid keys still apply.
 */
export function PolicyProblemsNote({ problems, lang }: { problems: readonly PolicyProblem[]; lang: Lang }) {
  const w = optionsWords[lang].policyProblems;
  if (problems.length === 0) return null;
  return (
    <section className="notice admin" aria-labelledby="policy-problems" data-testid="policy-problems">
      <h2 id="policy-problems">{w.title}</h2>
      <p>{w.intro}</p>
      <ul>
        {problems.map((p) => (
          <li key={p.key}>
            <code>{p.key}</code>: {p.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
