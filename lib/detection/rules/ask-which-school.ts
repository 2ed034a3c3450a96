import { defineRule } from '../define-rule';

export default defineRule({
  id: 'ask-which-school',
  category: 'personal_info',
  lang: 'id',
  severity: 'low',
  contexts: ['chat'],
  // Asking which school or class the child is in. Look-alike: asking about a sibling's school.
  patterns: [
    'sekolah *1 kamu|di *1 di mana|mana|apa',
    'kamu *1 sekolah *1 di mana|mana',
    'kamu *1 kelas berapa',
    'kelas berapa *1 kamu|sekarang|dek',
    'sd|smp|sma|sekolah *1 mana *1 kamu|dek',
    'masuk|pulang sekolah *1 jam berapa',
  ],
  unless: ['adik|adek|adikmu|adekmu|anakmu|anaknya|adiknya|kakakmu|kakaknya|lomba|ujian|rapat'],
  examples: {
    match: ['sekolah kamu di mana?', 'sekolahmu dmn', 'kamu kelas berapa', 'SMP mana dek?', 'pulang sekolah jam brp?'],
    noMatch: ['adikmu sekolah di mana sekarang?', 'kelas berapa yang ikut lomba?'],
  },
});
