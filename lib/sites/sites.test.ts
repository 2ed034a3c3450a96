import { describe, expect, test } from 'vitest';
import { hostnameSchema } from '../settings/schema';
import { CHAT_SITE_HOSTS, chatSiteMatches, isChatSiteHost } from './chat-sites';
import { classifySite, SITE_LISTS } from './classify';
import { APP_STORES } from './download-pages';

describe('the site lists are well-formed data', () => {
  const sites = SITE_LISTS.flatMap((l) => l.sites);

  test.each(SITE_LISTS.map((l) => [l.id, l] as const))('%s is sorted by name', (_id, list) => {
    const names = list.sites.map((s) => s.name.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  test('every host is a valid hostname, listed once', () => {
    const hosts = [...sites.flatMap((s) => s.hosts), ...APP_STORES.map((s) => s.host)];
    for (const host of hosts) expect(hostnameSchema.safeParse(host).success, host).toBe(true);
    expect(new Set(hosts).size).toBe(hosts.length);
  });

  test('every site has a host or an app name to find it by, and names are unique', () => {
    for (const s of sites) expect(s.hosts.length + (s.apps?.length ?? 0), s.name).toBeGreaterThan(0);
    expect(new Set(sites.map((s) => s.name)).size).toBe(sites.length);
  });

  test('Indonesian-market names are there', () => {
    const names = sites.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['MiChat', 'Litmatch', 'HTTP Injector', 'KPN Tunnel', 'Psiphon']));
  });

  test('a round trip through JSON keeps the data (it can be shipped and updated as data)', () => {
    expect(JSON.parse(JSON.stringify(SITE_LISTS.map(({ id, sites: s }) => ({ id, sites: s }))))).toEqual(
      SITE_LISTS.map(({ id, sites: s }) => ({ id, sites: s })),
    );
  });
});

describe('classifySite', () => {
  test.each([
    ['https://www.omegle.com/', 'anonymous_chat', 'anonymous-chat', 'medium'],
    ['https://ome.tv/id/', 'anonymous_chat', 'anonymous-chat', 'medium'],
    ['https://ngl.link/someone', 'anonymous_chat', 'anonymous-chat', 'medium'],
    ['https://psiphon.ca/id/download.html', 'vpn_bypass', 'vpn-proxy', 'low'],
    ['https://www.croxyproxy.com/', 'vpn_bypass', 'vpn-proxy', 'low'],
    ['https://play.google.com/store/apps/details?id=free.vpn.unblock.proxy.turbovpn', 'vpn_bypass', 'download', 'low'],
    ['https://play.google.com/store/apps/details?id=com.evozi.injector', 'vpn_bypass', 'download', 'low'],
    ['https://play.google.com/store/search?q=chat%20acak&c=apps', 'anonymous_chat', 'download', 'low'],
    ['https://apkpure.com/id/kpn-tunnel-rev/com.kpntunnel', 'vpn_bypass', 'download', 'low'],
    ['https://michat.en.uptodown.com/android', 'anonymous_chat', 'download', 'low'],
    [
      'https://chromewebstore.google.com/detail/urban-vpn-proxy/eppiocemhmnlbhjplcgkofciiegomcon',
      'vpn_bypass',
      'download',
      'low',
    ],
  ])('%s → %s (%s, %s)', (url, category, list, risk) => {
    expect(classifySite(url)).toMatchObject({ category, list, risk });
  });

  test('a store page is recognised by its title too', () => {
    expect(classifySite('https://apps.apple.com/id/app/x/id1234', 'Litmatch - Chat & Friends')?.name).toBe('Litmatch');
  });

  test.each([
    ['https://www.google.com/search?q=vpn'], // a search is the search rules' business, not a listed site
    ['https://play.google.com/store/apps/details?id=com.kurikulum.matematika'],
    ['https://news.example/vpn-lesson'],
    ['https://notomegle.com/'],
    ['chrome://extensions/'],
    ['not a url'],
  ])('%s → nothing', (url) => {
    expect(classifySite(url)).toBeNull();
  });
});

describe('chat sites', () => {
  test('every adapter host is covered by the chat-sites match patterns', () => {
    const patterns = chatSiteMatches();
    for (const host of Object.values(CHAT_SITE_HOSTS).flat()) expect(patterns).toContain(`*://*.${host}/*`);
  });

  test.each([
    ['web.whatsapp.com', true],
    ['www.instagram.com', true],
    ['m.facebook.com', true],
    ['whatsapp.com', false],
    ['example.com', false],
  ])('%s has a site adapter: %s', (host, expected) => {
    expect(isChatSiteHost(host)).toBe(expected);
  });
});
