import { defineRule } from '../define-rule';

export default defineRule({
  id: 'home-alone-en',
  category: 'oversharing',
  lang: 'en',
  severity: 'low',
  contexts: ['typed'],
  // The child saying they are home alone or parents are out. Look-alike: "home all day doing homework".
  patterns: [
    'im *1 rumah sendiri',
    'rumah sendiri',
    'ortu *1 are|r *1 out|away|gone|not_home|at_work',
    'siapa *1 rumah',
    'no one is|s *1 rumah',
  ],
  examples: {
    match: ['im home alone rn', 'parents are out till 9', "nobody's home"],
    noMatch: ['i was home all day doing homework'],
  },
});
