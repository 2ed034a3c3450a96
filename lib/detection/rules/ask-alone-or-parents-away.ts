import { defineRule } from '../define-rule';

export default defineRule({
  id: 'ask-alone-or-parents-away',
  category: 'personal_info',
  lang: 'id',
  severity: 'low',
  contexts: ['chat'],
  // Checking whether the child is alone or when parents are away. Look-alike: a parent checking on the child.
  patterns: [
    'kamu *1 sendiri *1 di rumah',
    'di rumah *1 ada siapa',
    'ortu|orang_tua *1 kamu *2 kerja|pergi|pulang|keluar *2 jam|sampai|kapan',
    'ortu|orang_tua *1 kamu *1 ada|lagi *1 di rumah',
    'kamu *1 lagi sendiri *1 gak',
    'ortu *1 kamu *1 lagi *1 gak_di_rumah|pergi',
  ],
  unless: ['nak|sayang_mama|belajar|pr|tugas'],
  examples: {
    match: [
      'kamu sendirian di rumah ga?',
      'di rumah ada siapa aja?',
      'ortu kamu kerja sampe jam berapa?',
      'ortumu lagi di rumah?',
    ],
    noMatch: ['mama pulang kerja jam 5 ya nak', 'kamu belajar sendiri aja dulu, nanti mama bantu'],
  },
});
