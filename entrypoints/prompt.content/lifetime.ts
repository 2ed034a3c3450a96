import type { ContentScriptContext } from '#imports';
import type { PromptData } from '@/lib/messages/types';

const ACTION_RANK: Record<PromptData['action'], number> = { tip: 1, warn: 2 };
const RISK_RANK: Record<PromptData['risk'], number> = { low: 1, medium: 2, high: 3 };

/**
 * Whether the prompt on screen stays when another one arrives: a weaker prompt (a smaller action, or the same action
 * at a lower risk) never replaces a stronger one the child has not answered yet. Findings of one tab arrive in order,
 * but from different sources (a chat's high-risk warning, then the page's or the site list's medium one); an equal or
 * stronger prompt replaces the one on screen, as it says more.
 * @example keepsCurrent({ action: 'warn', risk: 'high' }, { action: 'warn', risk: 'medium' }) // true
 */
export function keepsCurrent(
  current: Pick<PromptData, 'action' | 'risk'>,
  next: Pick<PromptData, 'action' | 'risk'>,
): boolean {
  const rank = (p: typeof current) => ACTION_RANK[p.action] * 10 + RISK_RANK[p.risk];
  return rank(current) > rank(next);
}

export { extensionAlive } from '@/lib/sites/alive';

/**
 * What `createShadowRootUi` needs of a content-script context: the CSS mode, and a way to hear that the UI must go.
 *
 * Why not WXT's own `ctx`: it invalidates itself when the document receives a CustomEvent named
 * `<extension id>:prompt:wxt:content-script-started` from "a newer copy of the script", and our extension id is
 * public. A page that fires it keeps closing the prompt the moment it appears (tests/fixtures/pages/hostile.html
 * `?attack=invalidate`). The guard keeps its own lifetime for the same reason (guard.content/guard.ts); the prompt
 * does too: it closes when the child or the prompt itself closes it, or when `runtime.id` is gone — nothing a page
 * can send ends it.
 */
export function promptContext(): ContentScriptContext {
  const ctx: Pick<ContentScriptContext, 'options' | 'onInvalidated'> = {
    options: { cssInjectionMode: 'manual' },
    // Every prompt UI is removed by our own `close()`; nothing else invalidates it.
    onInvalidated: () => () => undefined,
  };
  return ctx as ContentScriptContext;
}
