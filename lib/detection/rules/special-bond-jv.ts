import { defineRule } from '../define-rule';

export default defineRule({
  id: 'special-bond-jv',
  category: 'flattery_trust',
  lang: 'jv',
  severity: 'low',
  contexts: ['chat'],
  // Javanese ngoko: "kowe beda karo liyane", "kowe dewasa", "mung aku sing ngerti kowe". Look-alike: praise for a dance.
  patterns: [
    'kamu beda *1 sama *1 liyane|liyan|sing_liyane',
    'kamu *1 dewasa banget',
    'cuma aku yang *1 tau *1 kamu',
    'ortu *1 kamu *1 gak *1 peduli|tau',
  ],
  examples: {
    match: ['kowe beda karo liyane', 'mung aku sing ngerti kowe'],
    noMatch: ['kowe ayu tenan nganggo jarik, mbak'],
  },
});
