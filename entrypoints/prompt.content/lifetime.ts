import type { ContentScriptContext } from '#imports';

export { keepsCurrent } from '@/lib/policy/prompt-rank';
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
