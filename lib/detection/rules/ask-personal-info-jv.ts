import { defineRule } from '../define-rule';

export default defineRule({
  id: 'ask-personal-info-jv',
  category: 'personal_info',
  lang: 'jv',
  severity: 'low',
  contexts: ['chat'],
  // Javanese ngoko: "omahmu ngendi", "sekolahmu ngendi", "umurmu piro", "nomermu piro". Look-alike: asking about a sibling.
  patterns: [
    'rumah *1 kamu *1 di mana',
    'sekolah *1 kamu *1 di mana',
    'umur *1 kamu *1 berapa',
    'kelas berapa',
    'nomor *1 kamu *1 berapa',
    'kamu *1 sendiri *1 di rumah',
  ],
  unless: ['adi|adimu|adine|mbah|simbah|kucing|absen|urut|soal|induk|adik|adikmu|adek|adekmu'],
  examples: {
    match: ['omahmu ngendi?', 'sekolahmu ngendi dek?', 'umurmu piro?', 'nomermu piro?', 'kowe dewean nang omah?'],
    noMatch: ['adimu kelas piro saiki?', 'umure mbah piro saiki?'],
  },
});
