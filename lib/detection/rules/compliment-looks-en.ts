import { defineRule } from '../define-rule';

export default defineRule({
  id: 'compliment-looks-en',
  category: 'flattery_trust',
  lang: 'en',
  severity: 'low',
  weak: true,
  contexts: ['chat'],
  // Compliments on looks; weak alone. Look-alike: a friend praising a recital photo.
  patterns: ['kamu|your *2 cantik|seksi', 'hey|hi|hello cantik|seksi', 'cantik|seksi girl|boy'],
  examples: {
    match: ["you're really pretty", 'hey cutie', 'you look so pretty in the recital photos'],
    noMatch: ['the view is beautiful'],
  },
});
