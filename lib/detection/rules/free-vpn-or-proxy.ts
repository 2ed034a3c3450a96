import { defineRule } from '../define-rule';

export default defineRule({
  id: 'free-vpn-or-proxy',
  category: 'vpn_bypass',
  lang: 'id',
  severity: 'low',
  contexts: ['search', 'page'],
  // Free VPNs and proxies, the usual way around blocks. Look-alikes: a lesson on configuring a VPN, "what is a VPN".
  patterns: [
    'vpn|proxy gratis',
    'gratis vpn|proxy',
    'vpn|proxy *1 unlimited|tanpa_batas|tanpa_daftar|anti_blokir',
    'download|unduh|install *1 vpn|proxy',
    'web proxy',
    'proxy online|gratis',
    'ganti dns *3 blokir|buka',
  ],
  examples: {
    match: ['vpn gratis', 'download vpn', 'proxy gratis buka situs', 'Turbo VPN - VPN Gratis Tanpa Batas'],
    noMatch: ['cara setting vpn mikrotik', 'apa itu vpn dan bahayanya'],
  },
});
