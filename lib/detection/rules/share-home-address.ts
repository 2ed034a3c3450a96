import { defineRule } from '../define-rule';

export default defineRule({
  id: 'share-home-address',
  category: 'oversharing',
  lang: 'id',
  severity: 'low',
  contexts: ['typed'],
  // The child typing their home address. Look-alike: grandma's address for a parcel.
  patterns: [
    'rumah|alamat *1 aku *2 di|jalan|gang|perumahan|perum|komplek|desa|dusun|kampung|rt|blok|jalan',
    'aku|kami *1 tinggal *1 di *2 jalan|gang|perumahan|perum|komplek|desa|dusun|kampung|blok|rt|apartemen',
    'jalan|gang *3 no|nomor|nomer {number}',
    'rt {number} *1 rw {number}',
    'rumah aku *2 sebelah|dekat|deket|depan|belakang',
  ],
  unless: ['nenek|kakek|tante|om|sekolah|toko|kantor'],
  examples: {
    match: [
      'rumahku di jl. kenanga no 12 rt 03 rw 05',
      'alamatku jalan mawar 5',
      'aku tinggal di perumahan griya asri blok C',
      'omahku nang jalan mawar gang 3',
    ],
    noMatch: ['alamat rumah nenek di jalan melati', 'aku lagi di rumah nenek sama mama'],
  },
});
