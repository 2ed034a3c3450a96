import type { SiteList } from './types';

/**
 * VPN apps and web proxies: children use them to open sites their school or Internet Positif blocks, and to hide
 * where they go. A visit is `low` (a gentle tip that explains the risk: strangers, nobody able to help).
 * Includes the Indonesian-market "inject" tunnel apps shared for free internet quota and for opening blocked
 * sites (AnonyTun, HA Tunnel, HTTP Custom, HTTP Injector, KPN Tunnel, NapsternetV, V2RayNG), known by app name.
 * Sorted by name; `lib/sites/sites.test.ts` keeps the data well-formed. Add a site by adding a line.
 */
export const VPN_PROXY: SiteList = {
  id: 'vpn-proxy',
  category: 'vpn_bypass',
  risk: 'low',
  sites: [
    { name: '1.1.1.1 WARP', hosts: ['one.one.one.one', '1.1.1.1'], apps: ['onedotonedotone', 'cloudflare warp'] },
    { name: 'AnonyTun', hosts: [], apps: ['anonytun'] },
    { name: 'Betternet', hosts: ['betternet.co'] },
    { name: 'BlockAway', hosts: ['blockaway.net'] },
    { name: 'Browsec', hosts: ['browsec.com'] },
    { name: 'CroxyProxy', hosts: ['croxyproxy.com'] },
    { name: 'CyberGhost', hosts: ['cyberghostvpn.com'] },
    { name: 'ExpressVPN', hosts: ['expressvpn.com'] },
    { name: 'HA Tunnel', hosts: [], apps: ['ha tunnel'] },
    { name: 'hide.me', hosts: ['hide.me'] },
    { name: 'Hidester', hosts: ['hidester.com'] },
    { name: 'HMA VPN', hosts: ['hidemyass.com'] },
    { name: 'Hola', hosts: ['hola.org'] },
    { name: 'Hotspot Shield', hosts: ['hotspotshield.com'], apps: ['hotspotshield'] },
    { name: 'HTTP Custom', hosts: [], apps: ['http custom', 'httpcustom'] },
    { name: 'HTTP Injector', hosts: [], apps: ['http injector', 'evozi injector'] },
    { name: 'KPN Tunnel', hosts: [], apps: ['kpn tunnel', 'kpntunnel'] },
    { name: 'KProxy', hosts: ['kproxy.com'] },
    { name: 'NapsternetV', hosts: [], apps: ['napsternetv'] },
    { name: 'NordVPN', hosts: ['nordvpn.com'] },
    { name: 'Private Internet Access', hosts: ['privateinternetaccess.com'] },
    { name: 'Proton VPN', hosts: ['protonvpn.com'] },
    { name: 'Proxyium', hosts: ['proxyium.com'] },
    { name: 'ProxySite', hosts: ['proxysite.com'] },
    { name: 'Psiphon', hosts: ['psiphon.ca', 'psiphon3.com'], apps: ['psiphon', 'psiphon3'] },
    { name: 'SetupVPN', hosts: ['setupvpn.com'] },
    { name: 'Surfshark', hosts: ['surfshark.com'] },
    { name: 'Thunder VPN', hosts: [], apps: ['thunder vpn'] },
    { name: 'Tor Browser', hosts: ['torproject.org'], apps: ['tor browser', 'torbrowser', 'orbot'] },
    { name: 'Touch VPN', hosts: ['touchvpn.net'] },
    { name: 'TunnelBear', hosts: ['tunnelbear.com'] },
    { name: 'Turbo VPN', hosts: [], apps: ['turbo vpn', 'turbovpn'] },
    { name: 'Urban VPN', hosts: ['urban-vpn.com'] },
    { name: 'V2RayNG', hosts: [], apps: ['v2rayng'] },
    { name: 'VPN Gate', hosts: ['vpngate.net'] },
    { name: 'VPNBook', hosts: ['vpnbook.com'] },
    { name: 'Windscribe', hosts: ['windscribe.com'] },
    { name: 'X-VPN', hosts: ['xvpn.io'] },
    { name: 'ZenMate', hosts: ['zenmate.com'] },
  ],
  storeWords: ['vpn', 'proxy', 'unblock', 'unblocker', 'buka blokir', 'anti blokir', 'injector'],
};
