import type { Adapter } from './types';

// Content scripts of one extension share an isolated world per frame: a global there is ours alone. The page
// cannot read or set it.
const KEY = '__kawanAmanSiteAdapters';
type Slot = readonly Adapter[] | ((adapters: readonly Adapter[]) => void) | undefined;
const globals = globalThis as unknown as Record<typeof KEY, Slot>;

/** Called by the chat-sites script: hands its adapters to the guard, whichever of the two scripts ran first. */
export function provideAdapters(adapters: readonly Adapter[]): void {
  const slot = globals[KEY];
  if (typeof slot === 'function') slot(adapters);
  else globals[KEY] = adapters;
}

/**
 * The site adapters on a chat site. Both scripts are injected at document_start, in no promised order; if the
 * chat-sites script never comes (a browser that did not inject it), the guard goes on without them.
 */
export function receiveAdapters(timeoutMs = 3000): Promise<readonly Adapter[]> {
  const slot = globals[KEY];
  if (Array.isArray(slot)) return Promise.resolve(slot);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve([]), timeoutMs);
    globals[KEY] = (adapters) => {
      clearTimeout(timer);
      globals[KEY] = adapters;
      resolve(adapters);
    };
  });
}
