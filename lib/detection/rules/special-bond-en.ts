import { defineRule } from '../define-rule';

export default defineRule({
  id: 'special-bond-en',
  category: 'flattery_trust',
  lang: 'en',
  severity: 'low',
  contexts: ['chat'],
  // Building trust and an exclusive bond: "so mature for your age", "only I understand you", "you can trust me". Look-alike: a coach's praise.
  patterns: [
    'mature for your *1 umur',
    'so mature',
    'not like *1 other|the_other|most *1 kids|girls|boys|people',
    'only one who *3 gets|understands|tau|cares',
    'kamu can trust me',
    'im not like other *1 people|guys',
    'ortu *2 jangan|dont|never *1 understand',
    'never felt this way',
    'kamu are|re special',
    'your special',
    'i love kamu',
    'be my *1 pacar',
  ],
  unless: ['coach|team|class|teacher'],
  examples: {
    match: [
      "you're so mature for your age",
      "i'm the only one who really gets you",
      'you can trust me',
      "your parents don't understand you",
    ],
    noMatch: ['great job at the match, coach says you are improving'],
  },
});
