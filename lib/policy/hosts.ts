/** True when `host` is `site` or one of its subdomains (`m.example.com` matches `example.com`). */
export function hostMatches(host: string, site: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const s = site.toLowerCase().replace(/\.$/, '');
  return h === s || h.endsWith(`.${s}`);
}

export function hostInList(host: string, sites: readonly string[]): boolean {
  return sites.some((site) => hostMatches(host, site));
}
