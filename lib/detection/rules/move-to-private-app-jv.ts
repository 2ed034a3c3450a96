import { defineRule } from '../define-rule';

export default defineRule({
  id: 'move-to-private-app-jv',
  category: 'move_private',
  lang: 'jv',
  severity: 'low',
  contexts: ['chat'],
  // Javanese ngoko: moving to WhatsApp or Telegram ("pindah WA wae"). Look-alike: the family WhatsApp group.
  patterns: ['pindah|chat|ngobrol *2 wa|telegram *1 aja', 'save|simpen nomor *1 aku', 'wa|telegram kamu berapa'],
  unless: ['grup|group|keluarga|kelas|sedulur'],
  examples: {
    match: ['pindah WA wae yo', 'chat nang telegram wae', 'simpen nomerku yo'],
    noMatch: ['grup wa keluarga wis rame'],
  },
});
