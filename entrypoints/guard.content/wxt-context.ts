/**
 * Stands in for WXT's `ContentScriptContext` in the guard's bundle (`wxt.config.ts` points WXT's import here). The
 * guard keeps its own lifetime (guard.ts: a page can invalidate WXT's context) and never uses one, so WXT's class —
 * a location watcher and "content script started" events that a page can see and fake — would be 2.9 kB of dead
 * weight in every page and frame. WXT's wrapper only constructs it and hands it to `main`, which ignores it.
 */
export class ContentScriptContext {}
