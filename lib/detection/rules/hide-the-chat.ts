import { defineRule } from '../define-rule';

export default defineRule({
  id: 'hide-the-chat',
  category: 'secrecy',
  lang: 'id',
  severity: 'low',
  contexts: ['chat'],
  // Asking the child to delete or hide the conversation so nobody finds it. Look-alike: deleting a blurry photo.
  patterns: [
    'hapus chat|obrolan *2 kita|ini|abis|habis|setelah|sesudah',
    'chat kita *2 hapus',
    'hapus *1 chat *3 biar|supaya gak',
    'biar|supaya gak ketahuan *2 ortu|orang_tua|siapa|guru',
    'jangan sampai ketahuan',
    'sembunyi chat|obrolan',
  ],
  examples: {
    match: ['hapus chat kita abis kamu baca ya', 'chat kita dihapus aja ya nanti', 'biar ga ketahuan ortu kamu'],
    noMatch: ['hapus aja foto yang blur itu', 'chat grup kelas rame banget'],
  },
});
