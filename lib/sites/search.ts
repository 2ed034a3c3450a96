/**
 * Search engines whose result pages carry the query in the URL (docs/design.md#where-it-looks): host pattern, the path
 * of a results page, and the query parameter. Google has a domain per country (google.co.id, google.com.sg…).
 */
const ENGINES: readonly [host: RegExp, path: RegExp, param: string][] = [
  [/(^|\.)google\.(com|co)(\.[a-z]{2})?$|(^|\.)google\.[a-z]{2}$/, /^\/search/, 'q'],
  [/(^|\.)bing\.com$/, /\/search/, 'q'],
  [/(^|\.)duckduckgo\.com$/, /^\/(html\/?|lite\/?)?$/, 'q'],
  [/(^|\.)youtube\.com$/, /^\/results/, 'search_query'],
  [/(^|\.)tiktok\.com$/, /^\/search/, 'q'],
];

/**
 * The search query on a results page of Google, Bing, DuckDuckGo, YouTube or TikTok, trimmed to 300 characters;
 * `null` anywhere else.
 * @example searchQuery(new URL('https://www.google.co.id/search?q=vpn+gratis')) // 'vpn gratis'
 */
export function searchQuery(url: URL): string | null {
  const engine = ENGINES.find(([host, path]) => host.test(url.hostname) && path.test(url.pathname));
  const q = engine && url.searchParams.get(engine[2])?.replace(/\s+/g, ' ').trim();
  return q ? q.slice(0, 300) : null;
}
