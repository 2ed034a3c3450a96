import { defineRule } from '../define-rule';

export default defineRule({
  id: 'ask-personal-info-en',
  category: 'personal_info',
  lang: 'en',
  severity: 'low',
  contexts: ['chat'],
  // Asking where the child lives, their school, age, number or whether they are home alone. Look-alike: a party address.
  patterns: [
    'where do kamu live',
    'where *1 kamu live',
    'what|which city|town|area *2 live',
    'whats|what_is your alamat|sekolah|nomor|lokasi|phone',
    'what|which sekolah do|does *1 kamu',
    'how old are|r kamu',
    'asl',
    'a/s/l',
    'kirim me your lokasi|alamat|nomor',
    'are|r your ortu *1 rumah|around|away|out|at_work|still_at_work',
    'are|r kamu *1 rumah sendiri',
    'kamu rumah sendiri',
    'anyone|someone rumah with kamu',
    'what grade|year are kamu *1 in',
  ],
  unless: ['party|dog|cat|pet|brother|sister|sibling|grandma|grandpa|restaurant|store|event'],
  examples: {
    match: [
      'where do you live?',
      'what school do you go to?',
      'how old are you?',
      'are your parents home?',
      'send me your location',
      'asl?',
    ],
    noMatch: ["what's the address for the party on saturday?", 'how old is your dog?'],
  },
});
