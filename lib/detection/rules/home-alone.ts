import { defineRule } from '../define-rule';

export default defineRule({
  id: 'home-alone',
  category: 'oversharing',
  lang: 'id',
  severity: 'low',
  contexts: ['typed'],
  // The child saying they are home alone or that parents are away. Look-alike: being at grandma's with mum.
  patterns: [
    'aku|lagi *2 sendiri *1 di rumah',
    'di rumah *1 sendiri',
    'rumah *1 lagi sepi *2 ortu',
    'ortu *1 lagi *1 pergi|kerja|keluar|kondangan|mudik|dinas *3 aku *1 sendiri',
    'ortu *1 pulang *2 malam|besok',
  ],
  examples: {
    match: ['aku lagi sendirian di rumah nih, mama kerja', 'di rumah sendiri nih', 'aku dewean nang omah'],
    noMatch: ['aku lagi di rumah nenek sama mama', 'kita belajar bareng di rumah Rina'],
  },
});
