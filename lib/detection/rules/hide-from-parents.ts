import { defineRule } from '../define-rule';

export default defineRule({
  id: 'hide-from-parents',
  category: 'hidden_account',
  lang: 'id',
  severity: 'medium',
  contexts: ['search', 'page'],
  // Hiding accounts, apps or chats from parents ("biar ga ketahuan ortu", "menyembunyikan aplikasi"). Look-alike: a parents' guide about hidden apps.
  patterns: [
    'biar|supaya|tanpa|agar *1 gak *1 ketahuan *2 ortu|orang_tua|siapa|siapapun',
    'tanpa ketahuan|diketahui *2 ortu|orang_tua|siapa|siapapun',
    'biar|supaya *1 ortu *1 gak tau',
    'sembunyi *2 aplikasi|akun|chat|game|riwayat',
    'aplikasi *2 sembunyi|penyembunyi|rahasia',
    'kunci aplikasi *2 rahasia',
    'calculator vault',
    'app hider',
    'vault *1 aplikasi|foto',
  ],
  unless: ['family_link|kontrol_orang_tua|parental|pencuri|hacker|peretas|rapi|rapih'],
  examples: {
    match: [
      'cara bikin akun ig kedua biar ga ketahuan ortu',
      'cara menyembunyikan aplikasi di hp supaya tidak ketahuan',
      'aplikasi penyembunyi chat',
    ],
    noMatch: ['cara membuat akun google untuk anak family link', 'cara menyembunyikan foto pribadi dari pencuri data'],
  },
});
