import type { Adapter } from './types';

// Content scripts of one extension share an isolated world per frame: a global there is ours alone. The page
// cannot read or set it.
const KEY = '__kawanAmanSiteAdapters';
const globals = globalThis as unknown as Record<typeof KEY, readonly Adapter[] | undefined>;

/** Called by the chat-sites script: hands its adapters to the guard. */
export function provideAdapters(adapters: readonly Adapter[]): void {
  globals[KEY] = adapters;
}

/**
 * The site adapters the chat-sites script handed over, or none. That script is injected at document_start on the
 * chat sites only (`entrypoints/background/chat-sites.ts`), and the guard starts after the page's load event, so by
 * then they are here, or not coming (a page opened before the background registered the script).
 */
export function siteAdapters(): readonly Adapter[] {
  return globals[KEY] ?? [];
}
