import { defineRule } from '../define-rule';

export default defineRule({
  id: 'compliment-looks',
  category: 'flattery_trust',
  lang: 'id',
  severity: 'low',
  weak: true,
  contexts: ['chat'],
  // Compliments on looks ("kamu cantik banget"). Weak: one compliment is nothing; with secrecy or photo requests it is grooming. Look-alike: praise for a graduation photo.
  patterns: [
    'kamu *2 cantik|seksi',
    'cantik|seksi banget *1 kamu',
    'hai|halo|hi|hey cantik|seksi|sayang',
    'kamu imut|lucu banget',
    'cantik kayak|seperti *1 artis|model|bidadari',
  ],
  examples: {
    match: ['kamu cantik banget', 'hai cantik', 'kamu imut banget di foto profil'],
    noMatch: ['fotonya bagus', 'pemandangannya indah banget'],
  },
});
