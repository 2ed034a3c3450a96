import { defineRule } from '../define-rule';

export default defineRule({
  id: 'keep-secret-from-parents-jv',
  category: 'secrecy',
  lang: 'jv',
  severity: 'low',
  contexts: ['chat'],
  // Javanese ngoko: "ojo kandha ibumu", "rahasia awake dewe". Look-alike: "ojo lali kandha ibu" (a reminder to tell).
  patterns: [
    'jangan bilang *2 ortu|orang_tua|siapa|guru',
    'rahasia awak|awake sendiri',
    'jangan nganti|sampai *1 ortu|orang_tua *2 tau|ketahuan',
    'gak usah bilang *2 ortu|siapa',
  ],
  unless: ['kejutan|surprise|ultah|ulang_tahun|kado'],
  examples: {
    match: [
      'ojo kandha karo ibumu yo',
      'iki rahasia awake dewe',
      'ojo nganti wong tuwamu ngerti',
      'ora usah kandha sopo-sopo',
    ],
    noMatch: ['ojo lali kandha ibu nek mulih telat', 'kandhani bapak yen wis tekan'],
  },
});
