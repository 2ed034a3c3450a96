import { defineRule } from '../define-rule';

export default defineRule({
  id: 'offer-gifts-jv',
  category: 'gifts',
  lang: 'jv',
  severity: 'low',
  contexts: ['chat'],
  // Javanese ngoko: "tak wenehi pulsa", "tak tukokke diamond", "tak transfer". Look-alike: a parent's transfer for books.
  patterns: [
    'tak *1 kasih|beli|isi|transfer *3 pulsa|uang|diamond|hp|hadiah|ewallet',
    'tak transfer',
    'aku *1 kasih kamu *2 pulsa|uang|diamond',
  ],
  unless: ['ortu|buku|sekolah|spp|les|kanggo_tuku_buku'],
  examples: {
    match: ['tak wenehi pulsa 20 ewu', 'tak tukokke diamond yo', 'mengko tak transfer'],
    noMatch: ['ibu wis transfer kanggo tuku buku yo le'],
  },
});
