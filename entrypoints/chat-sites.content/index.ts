import { defineContentScript } from '#imports';
import { chatSiteMatches } from '@/lib/sites/chat-sites';
import { provideAdapters } from '../guard.content/adapters/registry';
import { SITE_ADAPTERS } from '../guard.content/adapters/sites';

/**
 * The site adapters for WhatsApp Web, Telegram Web, Instagram, Messenger, Discord, Roblox and TikTok, injected
 * only on those sites. It hands them to the guard (which runs on every page) and does nothing else; keeping them
 * here keeps the guard small on every other page.
 */
export default defineContentScript({
  matches: chatSiteMatches(),
  // Like the guard: document_start costs the page's load nothing.
  runAt: 'document_start',
  noScriptStartedPostMessage: true,
  main() {
    provideAdapters(SITE_ADAPTERS);
  },
});
