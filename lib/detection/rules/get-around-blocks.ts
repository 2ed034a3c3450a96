import { defineRule } from '../define-rule';

export default defineRule({
  id: 'get-around-blocks',
  category: 'vpn_bypass',
  lang: 'id',
  // A search for a way around Internet Positif or the school's filter is low, as every VPN search is (issue #4: "a
  // search for a free VPN shows the VPN tip"): the child is asking, not yet on a tool; another category in the same
  // search (a secret account) still raises it. A page offering to open blocked sites is the tool itself: medium.
  severity: { search: 'low', page: 'medium' },
  contexts: ['search', 'page'],
  // Look-alike: news about the government blocking sites.
  patterns: [
    'buka|membuka|akses|mengakses|tembus|menembus|bypass|lewati|melewati|jebol|bobol *4 blokir|internet_positif|nawala|trustpositif|filter|firewall',
    'blokir *3 buka|dibuka|tembus|akses|diakses|bypass',
    'anti blokir',
    'unblock *2 situs|semua|blokir|website',
    'situs|aplikasi *1 yang *1 blokir *3 buka|akses|dibuka|tembus',
    'internet positif *3 tembus|lewati|bypass|buka',
  ],
  examples: {
    match: [
      'cara buka situs yang diblokir',
      'vpn gratis buat buka situs yang diblokir',
      'cara tembus internet positif',
    ],
    noMatch: ['cara membuka situs belajar.id', 'cara setting vpn mikrotik untuk tugas tkj'],
  },
});
