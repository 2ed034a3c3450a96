import type { Category, Finding, Severity } from './types';

/**
 * What the learned layer says about one text (`model/model.ts` computes it in the background): the categories it
 * finds, and those it is sure are absent. The guard gets this back from the background; the CLI computes it the same
 * way. Plain data, no scores.
 */
export interface ModelOpinion {
  found: readonly { category: Category; severity: Severity }[];
  damp: readonly Category[];
  /**
   * Damping only lowers a medium finding to low, never a low one to weak: set for a search, the child's own few words
   * (three words are too little for the model to be sure: "free vpn tutorial" is not a networking lesson).
   */
  gentle?: boolean;
}

/** The rule id of a model finding: `model:<category>`, stable for the card's words (words engineer, issue #14). */
export const modelRuleId = (category: Category) => `model:${category}`;

/**
 * One decision from both layers (issue #12), for one text:
 * - every rule finding stays, with its explainable span;
 * - a rule finding the model is sure about the opposite of (a look-alike: "pap makanan", a VPN lesson) is lowered a
 *   step — a low one becomes weak (it counts only with other signals; in a search, `gentle`, it stays low) — except
 *   the hard guarantees: a `high` rule finding (sextortion, an explicit request) is never lowered;
 * - a category the model finds and the rules did not find is added as a model finding
 *   (`ruleId: 'model:<category>'`, `layer: 'model'`, no span: the whole text) — but when the rules already found
 *   something, only a category the model is fairly sure of (`medium` or more) is added: a `low` second opinion would
 *   turn a tip into a warning by the "two categories" rule ("jangan bilang ortu ya kalau kita ngobrol" is secrecy,
 *   not also moving to a private chat), and the rules' finding already brings the tip.
 * Scoring (`runtime.ts` `assess`) then treats both alike: several categories together, dangerous pairs, and the
 * education cap of a lesson or a news page.
 * @example combineFindings([], { found: [{ category: 'meet_offline', severity: 'medium' }], damp: [] })
 */
export function combineFindings(rules: readonly Finding[], opinion?: ModelOpinion | null): Finding[] {
  if (!opinion) return rules as Finding[];
  // Written small on purpose: this ships in the 30 KB guard.
  const out = rules.map((f): Finding =>
    f.severity === 'high' || f.weak || !opinion.damp.includes(f.category) || (opinion.gentle && f.severity === 'low')
      ? f
      : { ...f, damped: true, ...(f.severity === 'low' ? { weak: true } : { severity: 'low' }) },
  );
  const ruled = out.some((f) => !f.weak);
  for (const { category, severity } of opinion.found) {
    // What the rules found they explain and rate, with their span; the model adds what they missed.
    if ((!ruled || severity !== 'low') && !out.some((f) => f.category === category && !f.weak)) {
      out.push({ category, ruleId: modelRuleId(category), start: 0, end: 0, severity, layer: 'model' });
    }
  }
  return out;
}
