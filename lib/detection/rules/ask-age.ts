import { defineRule } from '../define-rule';

export default defineRule({
  id: 'ask-age',
  category: 'personal_info',
  lang: 'id',
  severity: 'low',
  contexts: ['chat'],
  // Asking the child's age. Look-alike: asking the age of a sibling, a pet or a grandparent.
  patterns: [
    'umur *1 kamu|dek *1 berapa',
    'umur berapa',
    'berapa umur *1 kamu',
    'lahir tahun berapa',
    'usia *1 kamu *1 berapa',
  ],
  unless: [
    'adik|adek|adikmu|adekmu|adiknya|anakmu|anaknya|kucing|kakek|nenek|bayi|ortu|kakakmu|kakaknya|kucingmu|anjing',
  ],
  examples: {
    match: ['umur kamu berapa?', 'umurmu brp', 'kamu umur berapa sih', 'lahir tahun berapa dek?'],
    noMatch: ['umur berapa sih adikmu sekarang?', 'kucingmu umur berapa?'],
  },
});
