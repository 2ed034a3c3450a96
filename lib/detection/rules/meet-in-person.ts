import { defineRule } from '../define-rule';

export default defineRule({
  id: 'meet-in-person',
  category: 'meet_offline',
  lang: 'id',
  severity: 'low',
  contexts: ['chat'],
  // Arranging to meet offline ("kopdar", "ketemuan yuk", "aku jemput"). Look-alikes: a family gathering, group homework, a parent picking up.
  patterns: [
    'kopdar',
    'ketemu *1 yuk|yok|kuy|ayo|dong|sabtu|minggu|besok|nanti|berdua|sama_aku|aku|kita|di|sekarang|dulu|lagi',
    'kita *1 ketemu',
    'ayo|yuk|mau|gimana_kalau *1 ketemu',
    'aku *2 jemput *2 kamu|sekolah|rumah|depan|gang|di',
    'jemput *1 kamu *2 di|sekolah|rumah',
    'main|dolan|nginep *1 ke *1 rumah *1 aku|kos',
    'datang|dateng|ke_sini|kesini *1 sendiri',
    'jalan|nonton|main *1 berdua *1 sama *1 aku',
    'aku *1 tunggu *2 di|depan|warung|gerbang|halte|parkiran',
    'aku samperin|ke_rumah_kamu|datang_ke_rumah',
  ],
  unless: [
    'nenek|kakek|mbah|simbah|sedulur|pakde|bude|paklik|bulik|tante|sinau|ngaji|langgar|mushola|masjid|tpq|keluarga|saudara|sepupu|kerja_kelompok|belajar|perpus|perpustakaan|tugas|latihan|ekskul|guru|kelas|arisan|pengajian|rapat|lomba|osis|pramuka|les|bimbel',
    'ortu *2 jemput|tunggu',
  ],
  examples: {
    match: [
      'kopdar yuk minggu ini',
      'ketemuan yuk',
      'aku jemput di depan sekolahmu ya',
      'dateng sendiri aja ya',
      'besok aku tunggu di warung depan ya',
    ],
    noMatch: [
      'ketemuan di rumah nenek jam 4 ya, semua keluarga dateng',
      'mau ketemuan di perpus buat belajar bareng?',
      'mama jemput di depan sekolah jam 12 ya nak',
    ],
  },
});
