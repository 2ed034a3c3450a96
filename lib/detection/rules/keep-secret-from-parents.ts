import { defineRule } from '../define-rule';

export default defineRule({
  id: 'keep-secret-from-parents',
  category: 'secrecy',
  lang: 'id',
  severity: 'low',
  contexts: ['chat'],
  // Asking the child to hide the chat from parents or anyone. Look-alikes: a reminder to tell ("jangan lupa bilang ortu") and a surprise party.
  patterns: [
    'jangan bilang|kasih_tau|cerita|lapor *2 ortu|orang_tua|guru|siapa|orang_rumah',
    'jangan sampai *1 ortu|orang_tua|guru|siapa *2 tau|ketahuan',
    'gak usah|perlu bilang|cerita|kasih_tau *2 ortu|orang_tua|guru|siapa',
    'ortu|orang_tua *2 gak perlu|usah|boleh tau',
    'ini|jadi rahasia kita|berdua|antara',
    'rahasia kita berdua|aja|ya',
    'cukup kita berdua *2 tau|yang_tau',
  ],
  unless: ['kejutan|surprise|ultah|ulang_tahun|birthday|ulangtahun'],
  examples: {
    match: [
      'jangan bilang ortu ya',
      'Jgn blg mama ya dek',
      'ini rahasia kita berdua',
      'jangan kasih tau siapa siapa',
      'ortumu ga perlu tau',
      'ga usah cerita ke mama ya',
      'jgn sampe bokap nyokap lo tau',
    ],
    noMatch: [
      'jangan lupa bilang ortu kalau pulang telat ya',
      'bilang mama kalau sudah sampai',
      'jangan bilang mama ya, ini kejutan ulang tahun buat dia',
    ],
  },
});
