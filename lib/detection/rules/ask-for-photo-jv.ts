import { defineRule } from '../define-rule';

export default defineRule({
  id: 'ask-for-photo-jv',
  category: 'sexual_request',
  lang: 'jv',
  severity: 'medium',
  contexts: ['chat'],
  // Javanese ngoko: "pap no", "kirimi fotomu". Look-alike: "kirimi foto PR-e" (homework).
  patterns: ['pap no|sik|saiki|tho|sek', 'kirim|kirimi foto|video *1 kamu|awakmu', 'aku mau lihat kamu'],
  unless: ['pr|tugas|catatan|soal|sego|pecel|panganan|masakan|buku|garapan'],
  examples: {
    match: ['pap no saiki', 'kirimi fotomu sik', 'aku pengen weruh kowe'],
    noMatch: ['kirimi foto PR matematika yo', 'pap sego pecelmu no'],
  },
});
