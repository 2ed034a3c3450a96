import { browser } from 'wxt/browser';
import { chatSiteMatches } from '@/lib/sites/chat-sites';

const ID = 'chat-sites';

/**
 * Registers the chat-sites script (the site adapters) for the chat sites only, at document_start like the guard.
 * Checked at every service-worker start, so an update or a browser that does not keep registrations gets it back.
 */
export async function registerChatSitesScript(): Promise<void> {
  const script = { id: ID, js: ['chat-sites.js'], matches: chatSiteMatches(), runAt: 'document_start' as const };
  const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [ID] });
  if (!registered) await browser.scripting.registerContentScripts([script]);
  else if (JSON.stringify(registered.matches) !== JSON.stringify(script.matches)) {
    await browser.scripting.updateContentScripts([script]);
  }
}
