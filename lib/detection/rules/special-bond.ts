import { defineRule } from '../define-rule';

export default defineRule({
  id: 'special-bond',
  category: 'flattery_trust',
  lang: 'id',
  severity: 'low',
  contexts: ['chat'],
  // Building a special, exclusive bond: "kamu beda dari yang lain", "cuma aku yang ngerti kamu", turning the child against parents. Look-alike: a teacher's encouragement.
  patterns: [
    'kamu *2 beda *1 dari|sama *2 yang_lain|lainnya|orang_lain|anak_lain|anak_anak_lain',
    'beda *1 dari|sama *1 anak_lain|anak_anak_lain|cewek_lain|cowok_lain|teman_lain',
    'mature|dewasa banget',
    'dewasa *2 untuk|buat|dibanding *2 umur|seumuran|anak',
    'kamu *1 dewasa banget',
    'cuma|cuman *1 aku yang *2 tau|peduli|sayang|paham|ngerti *1 kamu',
    'ortu|orang_tua kamu *2 gak *2 peduli|paham|sayang|ngerti|tau',
    'kamu bisa percaya *1 aku',
    'aku bukan orang jahat',
    'jadi pacar *1 aku',
    'mau jadi pacar',
    'kamu *1 spesial|special *1 buat|bagi *1 aku',
  ],
  unless: ['tim|kelompok|kelas|belajar|lomba|semangat|nilai'],
  examples: {
    match: [
      'kamu dewasa banget ya buat anak seumuran kamu',
      'cuma aku yang ngerti kamu',
      'ortumu aja ga peduli kan',
      'kamu bisa percaya sama aku',
      'mung aku sing ngerti kowe, wong tuwamu ora',
    ],
    noMatch: ['kamu hebat, terus semangat belajarnya ya', 'tim kita beda dari yang lain, kompak banget'],
  },
});
