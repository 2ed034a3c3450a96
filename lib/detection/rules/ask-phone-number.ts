import { defineRule } from '../define-rule';

export default defineRule({
  id: 'ask-phone-number',
  category: 'personal_info',
  lang: 'id',
  severity: 'low',
  contexts: ['chat'],
  // Asking for the child's phone or chat id. Look-alike: a roll-call or exam number.
  patterns: [
    'nomor *1 wa|hp|telepon|telpon|telegram *1 kamu *1 berapa',
    'nomor *1 kamu *1 berapa',
    'minta|bagi|boleh_minta|kasih nomor|nomor_hp|nomor_wa',
    'wa|hp|telegram *1 kamu berapa',
    'id line|ig|ff|ml|snap *1 kamu apa',
    'kasih *1 aku nomor *1 kamu',
  ],
  unless: [
    'jangan *1 kasih|bagi|kirim|sebar',
    'absen|urut|induk|soal|meja|antrian|rekening|sepatu|kursi|baju|punggung|halaman|ujian|peserta|rumah_sakit',
  ],
  examples: {
    match: ['nomor wa kamu berapa?', 'nomormu brp', 'boleh minta nomor hp kamu?', 'minta nomor dong'],
    noMatch: ['nomor absen kamu berapa?', 'nomor soal berapa yang susah?'],
  },
});
