import { defineRule } from '../define-rule';

export default defineRule({
  id: 'threaten-to-share-photos',
  category: 'sextortion',
  lang: 'id',
  severity: 'high',
  contexts: ['chat'],
  // Threatening to spread the child's photos or videos, or demanding money or more photos; high on its own. Look-alike: a friend asking to share a funny video to the group.
  patterns: [
    'kalau *1 gak|jangan|nolak|blokir *6 sebar|kirim_ke_ortu|kirim_ke_semua',
    'foto|video *1 kamu *3 sebar',
    'sebar *2 foto|video *1 kamu',
    'foto|video *1 kamu *3 kirim *1 ke *1 ortu|orang_tua|sekolah|semua|grup|guru',
    'transfer|bayar|kirim_uang *6 atau *4 sebar|kirim',
    'screenshot|ss|rekam|simpan *6 sebar',
    'aku punya foto|video *1 kamu *4 sebar|bayar|transfer|kirim|atau',
    'blokir *4 sebar',
    'kalau kamu *1 bilang|lapor|cerita|blokir|nolak|kasih_tau *5 sebar',
    'nanti *1 semua|satu_sekolah|orang *2 lihat|tau *1 foto|video',
  ],
  unless: [
    'sebar *3 dong|yuk|ayo|biar_pada',
    'keren|bagus|lucu|kocak|cantik *3 sebar',
    'jangan sebar|disebar *2 foto|video|hoaks|hoax',
  ],
  examples: {
    match: [
      'nanti fotomu kusebar',
      'kalau kamu ga kirim lagi, foto yang kemarin aku sebar ke grup kelasmu',
      'transfer 500rb atau aku kirim ke ortumu',
      'kalo kamu blokir aku, aku sebarin',
      'nek ora gelem, fotomu tak sebar nang grup',
    ],
    noMatch: [
      'videomu keren banget, sebarin ke grup dong biar pada liat',
      'foto kelas kemarin udah aku sebar di grup ya',
      'fotone apik tenan, tak sebar nang grup keluarga yo',
    ],
  },
});
