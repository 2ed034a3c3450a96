import { defineRule } from '../define-rule';

export default defineRule({
  id: 'vpn-brand-names',
  category: 'vpn_bypass',
  lang: 'en',
  severity: 'low',
  contexts: ['search', 'page'],
  // Free VPN and proxy apps children use to get around blocks (Psiphon, Turbo VPN, Thunder VPN…). Look-alike: none common; "warp" alone is left out.
  patterns: [
    'psiphon|ultrasurf|tunnelbear|turbovpn|windscribe|hidemyass|hotspotshield|thundervpn|snapvpn|vpnmaster|betternet|hola_vpn|turbo_vpn|thunder_vpn|snap_vpn|vpn_master|hotspot_shield|proton_vpn|x_vpn|super_vpn|secure_vpn|ufo_vpn|opera_vpn|touch_vpn|urban_vpn|vpn_proxy_master|1111_warp',
  ],
  examples: {
    match: ['download psiphon pc', 'turbo vpn apk', 'hotspot shield free'],
    noMatch: ['protonmail login', 'opera browser download'],
  },
});
