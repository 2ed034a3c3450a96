import { defineRule } from '../define-rule';

export default defineRule({
  id: 'unblock-blocked-sites',
  category: 'vpn_bypass',
  lang: 'id',
  severity: 'medium',
  contexts: ['page'],
  // A page offering to open sites blocked by Internet Positif or the school network: the child is at the tool itself,
  // so it weighs more than a search for it (`search-way-around-blocks`, low). Look-alike: news about the government
  // blocking sites.
  patterns: [
    'buka|membuka|akses|mengakses|tembus|menembus|bypass|lewati|melewati|jebol|bobol *4 blokir|internet_positif|nawala|trustpositif|filter|firewall',
    'blokir *3 buka|dibuka|tembus|akses|diakses|bypass',
    'anti blokir',
    'unblock *2 situs|semua|blokir|website',
    'situs|aplikasi *1 yang? *1 blokir *3 buka|akses|dibuka|tembus',
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
