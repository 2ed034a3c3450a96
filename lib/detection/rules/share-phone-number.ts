import { defineRule } from '../define-rule';

export default defineRule({
  id: 'share-phone-number',
  category: 'oversharing',
  lang: 'id',
  severity: 'low',
  contexts: ['typed'],
  // The child typing a phone number (08…, +62…, spaced or dashed). Look-alikes: prices, dates, scores.
  patterns: ['{phone}'],
  examples: {
    match: [
      'nomor aku 0857 1234 5678 kak',
      'wa aku aja +62 812-3456-7890',
      '0821.9876.5432 itu nomorku',
      '0 8 1 2 3 4 5 6 7 8 9 0',
    ],
    noMatch: ['harganya 85.000 kak, ongkirnya 12.000', 'tanggal 08-12-2024 ada ujian', 'skor aku 125000'],
  },
});
