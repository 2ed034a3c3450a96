/**
 * WXT's content-script wrapper announces each start with a CustomEvent on `document`
 * (`<extension id>:prompt:wxt:content-script-started`, `wxt/utils/content-script-context`) before `main` runs. Any
 * page can listen for that name (our extension id is public): it would learn that a card is about to show, before
 * anything is on screen — an oracle (issue #15). The card has its own lifetime (`lifetime.ts`) and needs the event
 * for nothing, so this world's `document.dispatchEvent` drops it. Only this isolated world's `document` is patched;
 * the page's own is untouched. Imported first, so it runs before the wrapper builds its context.
 * TODO [2027-06-01]: drop this when WXT can skip the started event for runtime-registered scripts.
 */
const STARTED = 'wxt:content-script-started';

if (typeof document !== 'undefined') {
  const dispatch = document.dispatchEvent.bind(document);
  document.dispatchEvent = (event: Event): boolean => (event.type.endsWith(STARTED) ? true : dispatch(event));
}
