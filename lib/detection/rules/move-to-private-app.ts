import { defineRule } from '../define-rule';

export default defineRule({
  id: 'move-to-private-app',
  category: 'move_private',
  lang: 'id',
  severity: 'low',
  contexts: ['chat'],
  // Moving the chat to WhatsApp, Telegram or DMs where nobody sees it. Look-alike: a class group on WhatsApp.
  patterns: [
    'pindah|chat|ngobrol|lanjut|kontak|hubungi *2 wa|telegram|line|ig|snap|discord|japri|dm|pc|private',
    'add|save|simpan|simpen *1 wa|telegram|line|ig|snap|discord|nomor|kontak|id *1 aku',
    'japri|pc aja|ya|yuk|dong|sekarang',
    'minta|bagi|boleh_minta nomor|kontak *1 wa|telegram|line|hp',
    'wa|telegram|line|snap|discord *1 kamu berapa|apa|dong',
    'di sini *3 dipantau|diliat|dicek|diawasi|dihapus',
    'yang ini *2 dipantau|diliatin|dicek|diawasi',
  ],
  unless: ['grup|group|gc|kelas|class|sekolah|ekskul|osis|lomba|guru'],
  examples: {
    match: [
      'pindah ke wa aja yuk',
      'chat aku di telegram aja',
      'add tele aku ya',
      'japri aja dek',
      'minta nomor wa kamu dong',
      'di sini suka dihapus, pindah aja',
    ],
    noMatch: [
      'diskusinya pindah ke grup wa kelas',
      'follow ig sekolah kita ya buat info lomba',
      'nanti info lengkap di grup wa',
    ],
  },
});
