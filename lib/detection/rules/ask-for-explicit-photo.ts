import { defineRule } from '../define-rule';

export default defineRule({
  id: 'ask-for-explicit-photo',
  category: 'sexual_request',
  lang: 'id',
  severity: 'high',
  contexts: ['chat'],
  // Sexual photo or video requests and undressing on camera; high on their own. Look-alike: changing for sports class.
  patterns: [
    'pap|foto|video|vc *3 bugil',
    'pap|foto|video|vc *3 tanpa|gak|gak_pake|gak_pakai baju|busana|celana|daleman|bh|beha',
    'pap|foto|lihat *2 tt|toket|dada|paha|bokong|pantat|bh|beha|daleman|celana_dalam|cd|seksi|meki|titit|kontol|memek',
    'buka|lepas baju|celana|bh|beha|rok|kancing|daleman',
    'pap|foto|vc *2 lagi_mandi|pas_mandi|mandi|di_kamar_mandi',
    'vcs|sexting|sext|phone_sex|open_bo|ngewe|colmek|coli',
    'mau|pengen lihat *2 badan|dada|tt|toket|paha|bugil',
    'vc|video_call *4 buka|lepas|tanpa *1 baju|celana',
    'kamera|kameranya *2 jangan *1 mati|matiin|dimatiin|dipateni|ditutup',
  ],
  unless: ['ruang_ganti|olahraga|seragam_olahraga|dokter|puskesmas|vaksin|imunisasi'],
  examples: {
    match: [
      'pap tt dong',
      'vcs yuk',
      'nanti pas vc buka bajunya dikit dong',
      'foto tanpa baju ya',
      'v c s yuk ayang',
      'copot klambimu sithik',
    ],
    noMatch: ['buka baju olahraganya di ruang ganti ya anak-anak', 'foto keluarga pakai baju batik'],
  },
});
