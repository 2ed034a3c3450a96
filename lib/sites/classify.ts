import { hostMatches } from '../policy/hosts';
import { ANONYMOUS_CHAT } from './anonymous-chat';
import { APP_STORES } from './download-pages';
import type { SiteList, SiteMatch } from './types';
import { VPN_PROXY } from './vpn-proxy';

export const SITE_LISTS: readonly SiteList[] = [ANONYMOUS_CHAT, VPN_PROXY];

/** Lower-case words separated by single spaces, padded so `includes(' word ')` matches whole words only. */
export function wordsOf(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

function has(words: string, phrase: string): boolean {
  return words.includes(wordsOf(phrase));
}

function storeWords(url: URL, title: string): string | null {
  const store = APP_STORES.find(
    (s) => hostMatches(url.hostname, s.host) && (s.paths.length === 0 || s.paths.some((p) => url.pathname.includes(p))),
  );
  if (!store) return null;
  let path = `${url.pathname} ${url.search}`;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: use the raw text.
  }
  return wordsOf(`${url.hostname} ${path} ${title}`);
}

/**
 * Whether a page is a listed anonymous-chat or VPN/proxy site, or an app store page for one.
 * @example classifySite('https://www.omegle.com/')?.category // 'anonymous_chat'
 */
export function classifySite(href: string, title = ''): SiteMatch | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  for (const list of SITE_LISTS) {
    const site = list.sites.find((s) => s.hosts.some((h) => hostMatches(url.hostname, h)));
    if (site) return { category: list.category, risk: list.risk, list: list.id, name: site.name };
  }
  const words = storeWords(url, title);
  if (!words) return null;
  for (const list of SITE_LISTS) {
    const site = list.sites.find((s) => [s.name, ...(s.apps ?? [])].some((n) => has(words, n)));
    const name = site?.name ?? list.storeWords.find((w) => has(words, w));
    if (name) return { category: list.category, risk: 'low', list: 'download', name };
  }
  return null;
}
