import { defineRule } from '../define-rule';

export default defineRule({
  id: 'share-school-name-en',
  category: 'oversharing',
  lang: 'en',
  severity: 'low',
  contexts: ['typed'],
  // The child typing their school in English. Look-alike: "school starts at 8".
  patterns: [
    'i go to *3 sekolah|primary|elementary|middle|high|academy',
    'my sekolah is|s',
    'i attend *3 sekolah|primary|elementary|middle|high|academy',
    'im in year|grade {number} at',
  ],
  examples: {
    match: ['i go to oakridge primary school', 'my school is Greenfield Elementary'],
    noMatch: ['school starts at 8 tomorrow', 'i love my school'],
  },
});
