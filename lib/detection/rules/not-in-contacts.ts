import { defineRule } from '../define-rule';

export default defineRule({
  id: 'not-in-contacts',
  category: 'unknown_contact',
  lang: 'id',
  severity: 'low',
  contexts: ['ui'],
  // The chat site says the other person is not a contact: "Nomor ini tidak ada di kontak Anda", a message request, "Tambahkan ke kontak", "Laporkan spam". For site adapters: scan the site's banner text with kind "ui".
  patterns: [
    'tidak|gak|belum *1 ada *1 di *1 kontak',
    'bukan kontak',
    'nomor *1 tidak dikenal',
    'tambahkan *1 ke *1 kontak',
    'tambah kontak',
    'laporkan|lapor spam',
    'permintaan pesan',
    'kalian|anda tidak berteman',
    'tidak berteman di',
    'ingin mengirimi *1 anda *1 chat',
    'orang ini tidak ada',
    // "Pesan dari orang yang tidak dikenal", "Pengirim tidak dikenal", the "Tambah Teman" button, random-chat sites.
    'orang|pengirim|akun *1 tidak *1 dikenal|kenal',
    'tambah|tambahkan teman',
    'bukan teman kamu',
    'tidak saling mengikuti',
    'orang stranger acak',
    'ngobrol|mengobrol|chat *1 orang stranger',
  ],
  examples: {
    match: [
      'Nomor ini tidak ada di kontak Anda',
      'Tambahkan ke kontak',
      'Laporkan spam',
      'Permintaan pesan',
      'Pesan dari orang yang tidak dikenal',
      'Tambah Teman',
      'Kamu sekarang mengobrol dengan orang asing acak',
      'Kalian tidak saling mengikuti di Instagram',
    ],
    noMatch: ['Kontak ditambahkan', 'Pesan dan panggilan terenkripsi secara end-to-end'],
  },
});
