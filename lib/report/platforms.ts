import { hostInList } from '../policy/hosts';

/**
 * The chat apps Kawan Aman has site adapters for, by hostname. Their "block and report" steps, in child words,
 * are in `locales/report.ts` (`platformWords`) under the same id; `other` covers every other site.
 */
export const PLATFORMS = [
  { id: 'whatsapp', hosts: ['whatsapp.com'] },
  { id: 'telegram', hosts: ['telegram.org'] },
  { id: 'instagram', hosts: ['instagram.com'] },
  { id: 'messenger', hosts: ['messenger.com', 'facebook.com'] },
  { id: 'discord', hosts: ['discord.com'] },
  { id: 'roblox', hosts: ['roblox.com'] },
  { id: 'tiktok', hosts: ['tiktok.com'] },
] as const;

export type PlatformId = (typeof PLATFORMS)[number]['id'] | 'other';

export const PLATFORM_IDS: readonly PlatformId[] = [...PLATFORMS.map((p) => p.id), 'other'];

/** The platform a hostname belongs to (subdomains included), or `other`. */
export function platformForHost(host: string): PlatformId {
  const found = PLATFORMS.find((p) => hostInList(host, p.hosts));
  return found ? found.id : 'other';
}
