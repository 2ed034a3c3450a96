import { hostMatches } from '../policy/hosts';

/**
 * The web chats the guard has a site adapter for (`lib/sites/adapters/<id>.ts`), plus `generic`
 * for the long tail. The id travels in `FindingReport.site`, so the report page can show that app's own
 * "block and report" steps.
 */
export const CHAT_SITES = [
  'whatsapp',
  'telegram',
  'instagram',
  'messenger',
  'discord',
  'roblox',
  'tiktok',
  'generic',
] as const;
export type ChatSite = (typeof CHAT_SITES)[number];

/** Where each site adapter runs: these hosts and their subdomains. The one list for adapters and the manifest. */
export const CHAT_SITE_HOSTS: Readonly<Record<Exclude<ChatSite, 'generic'>, readonly string[]>> = {
  whatsapp: ['web.whatsapp.com'],
  telegram: ['web.telegram.org'],
  instagram: ['instagram.com'],
  messenger: ['messenger.com', 'facebook.com'],
  discord: ['discord.com'],
  roblox: ['roblox.com'],
  tiktok: ['tiktok.com'],
};

/** Match patterns for the content script that carries the site adapters (`entrypoints/chat-sites`). */
export function chatSiteMatches(): string[] {
  return Object.values(CHAT_SITE_HOSTS).flatMap((hosts) => hosts.map((h) => `*://*.${h}/*`));
}

/** Whether a host has a site adapter (and so the chat-sites script is injected there too). */
export function isChatSiteHost(host: string): boolean {
  return Object.values(CHAT_SITE_HOSTS).some((hosts) => hosts.some((h) => hostMatches(host, h)));
}
