import { browser } from 'wxt/browser';

/**
 * Whether Kawan Aman is still installed and enabled: after an update, a disable or a removal, the scripts left in
 * open pages lose `runtime.id`. The one lifetime signal the page scripts (the guard, the card) trust: WXT's
 * `ContentScriptContext` invalidates itself on a `<extension id>:<script>:wxt:content-script-started` event that any
 * page can send (our extension id is public: school policies name it).
 */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}
