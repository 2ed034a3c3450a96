import type { PromptData } from '../messages/types';

const ACTION_RANK: Record<PromptData['action'], number> = { tip: 1, warn: 2 };
const RISK_RANK: Record<PromptData['risk'], number> = { low: 1, medium: 2, high: 3 };

/**
 * Whether the prompt on screen stays when another one arrives: a weaker prompt (a smaller action, or the same action
 * at a lower risk) never replaces a stronger one the child has not answered yet. Findings of one tab arrive in order,
 * but from different sources (a chat's high-risk warning, then the page's or the site list's medium one); an equal or
 * stronger prompt replaces the one on screen, as it says more. The card (`prompt.content`) and the warning page
 * (`background/escalate.ts`) both decide so.
 * @example keepsCurrent({ action: 'warn', risk: 'high' }, { action: 'warn', risk: 'medium' }) // true
 */
export function keepsCurrent(
  current: Pick<PromptData, 'action' | 'risk'>,
  next: Pick<PromptData, 'action' | 'risk'>,
): boolean {
  const rank = (p: typeof current) => ACTION_RANK[p.action] * 10 + RISK_RANK[p.risk];
  return rank(current) > rank(next);
}
