import { defineRule } from '../define-rule';

export default defineRule({
  id: 'threaten-to-share-photos-jv',
  category: 'sextortion',
  lang: 'jv',
  severity: 'high',
  contexts: ['chat'],
  // Javanese ngoko sextortion: "nek ora gelem, fotomu tak sebar", "videomu tak kirim nang wong tuwamu".
  // Look-alike: "fotone apik, tak sebar nang grup keluarga" (sharing a nice photo with family).
  patterns: [
    'kalau *1 gak *5 foto|video *1 kamu *2 sebar|kirim',
    'foto|video *1 kamu *1 tak|aku *1 sebar',
    'foto|video *1 kamu *1 tak|aku *1 kirim *1 di|ke *1 ortu|orang_tua|sekolah|grup',
  ],
  unless: ['keluarga|sedulur|apik|bagus *3 sebar'],
  examples: {
    match: ['nek ora gelem, fotomu tak sebar nang grup', 'videomu tak kirim nang wong tuwamu lho'],
    noMatch: ['fotone apik tenan, tak sebar nang grup keluarga yo'],
  },
});
