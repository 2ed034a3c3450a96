import { defineContentScript } from '#imports';
import { startGuard } from './guard';

/**
 * The always-on guard: one small script in every page and frame (a same-origin frame is read by its page's guard; a
 * cross-origin frame reads itself once it looks like a chat). Lifecycle and budget: `monitor.design.md`.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  // Chat widgets live in frames (support chats, embedded rooms); tiny, hidden and text-box-less frames leave at once.
  allFrames: true,
  // Injected at document_start, which adds nothing to the page's load time; work starts after `load` (guard.ts).
  runAt: 'document_start',
  main() {
    // WXT's context is not used (a page can invalidate it, see guard.ts), nor bundled: wxt.config.ts swaps it for an
    // empty stand-in, which announces nothing to the page.
    startGuard();
  },
});
