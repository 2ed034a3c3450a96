import { defineContentScript } from '#imports';
import { startGuard } from './guard';

/**
 * The always-on guard: one small script in every page's top frame (same-origin frames and open shadow roots are
 * watched from here). Lifecycle and budget: `monitor.design.md`.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  // Injected at document_start, which adds nothing to the page's load time; work starts after `load` (guard.ts).
  runAt: 'document_start',
  // Don't announce ourselves to the page with window.postMessage.
  noScriptStartedPostMessage: true,
  main() {
    // WXT's `ctx` is deliberately not used for our lifetime: a page can invalidate it (see guard.ts).
    startGuard();
  },
});
