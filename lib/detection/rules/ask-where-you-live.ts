import { defineRule } from '../define-rule';

export default defineRule({
  id: 'ask-where-you-live',
  category: 'personal_info',
  lang: 'id',
  severity: 'low',
  contexts: ['chat'],
  // Asking where the child lives or for their location. Look-alike: a child asking a parent for grandma's address.
  patterns: [
    'rumah *1 kamu|di *1 di|daerah *1 mana|dekat|deket',
    'rumah kamu *1 daerah|sebelah|dekat',
    'kamu *1 tinggal *1 di mana|daerah|dimana',
    'tinggal *1 di mana',
    'alamat *1 kamu|rumah_kamu',
    'sebar|kirim|bagi|minta lokasi|alamat *1 kamu|dong|sekarang|rumah|sekolah',
    'kamu *1 lagi di mana *2 sekarang',
  ],
  unless: [
    'nenek|kakek|tante|om|pesta|party|acara|ultah|rumah_sakit|toko|kantor|guru|ojek|ojol|gojek|grab|driver|kerja_kelompok|hotel|restoran|kafe|masjid|gereja',
  ],
  examples: {
    match: [
      'rumah kamu di mana dek?',
      'rumahmu dmn',
      'kamu tinggal di mana sih',
      'share lokasi dong',
      'alamatmu di mana',
    ],
    noMatch: ['alamat rumah nenek di mana ma?', 'kirim lokasi rumah sakitnya ya pa', 'alamat pestanya di mana?'],
  },
});
