import { defineRule } from '../define-rule';

export default defineRule({
  id: 'sexual-talk',
  category: 'sexual_request',
  lang: 'id',
  severity: 'high',
  contexts: ['chat'],
  // Sexual questions aimed at a child (body, kissing, virginity). Look-alike: a biology lesson question.
  patterns: [
    'kamu *2 pernah *1 ciuman|begituan|dicium',
    'masih perawan|virgin',
    'ukuran bh|beha|dada|bra',
    'pakai|pake daleman|bh|beha *2 warna|apa',
    'udah puber|mens|menstruasi *3 belum|lom *3 dada',
  ],
  examples: {
    match: ['kamu udah pernah ciuman belum?', 'kamu masih perawan?', 'ukuran bh kamu berapa'],
    noMatch: ['tugas biologi: jelaskan masa puber', 'ciuman tangan ke nenek dulu ya'],
  },
});
