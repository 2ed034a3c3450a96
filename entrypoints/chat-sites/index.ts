import { defineUnlistedScript } from '#imports';
import { provideAdapters } from '@/lib/sites/adapters/registry';
import { SITE_ADAPTERS } from '@/lib/sites/adapters/sites';

/**
 * The site adapters for WhatsApp Web, Telegram Web, Instagram, Messenger, Discord, Roblox and TikTok. The background
 * registers this script for those sites only (`entrypoints/background/chat-sites.ts`), so every other page gets the
 * guard alone. It hands the adapters to the guard and does nothing else. An unlisted script, not a WXT content
 * script: it needs none of WXT's content-script context (about 3 kB).
 */
export default defineUnlistedScript(() => {
  provideAdapters(SITE_ADAPTERS);
});
