import { defineRule } from '../define-rule';

export default defineRule({
  id: 'ask-for-photo',
  category: 'sexual_request',
  lang: 'id',
  severity: 'medium',
  contexts: ['chat'],
  // "pap" (post a picture) or a photo of the child asked for. Look-alikes: a photo of food, homework or class notes.
  patterns: [
    'pap dong|dulu|sekarang|kamu|yuk|ya|lagi|muka|badan|full|wajah|diri|selfie|yang|baru|please|sini|aja|no|sik|buat|terbaru|gih',
    'minta|kirim|bagi pap',
    'pap *1 dong',
    'kirim|minta|bagi foto|video|selfie *1 kamu|badan|muka|wajah|diri|selfie',
    'foto|pap *1 pake|pakai|pas *1 baju_tidur|piyama|handuk|seragam|kaos_dalam|celana_pendek',
    'mau lihat kamu|muka|wajah *1 sekarang|dong|malam_ini',
    'selfie *1 dong|sekarang|buat_aku',
    // A photo as the price of a gift: "nanti aku kasih diamond kalau kamu pap".
    'kalau|kalo|asal|asalkan|biar kamu *1 pap|kirim_foto|kirimin_foto|fotoin',
  ],
  unless: [
    'pap|foto|kirim|minta *3 makan|makanan|menu|tugas|pr|soal|catatan|jawaban|buku|kucing|papan|tulisan|struk|nota|bukti|jadwal|kelompok|prakarya|kerajinan|hasil|resep|masakan|kue|tanaman|pemandangan|rapor|dokumen|kantin|kliping|materi|slide|halaman|lks|kegiatan|sertifikat|piala|lukisan',
    'makan|makanan|tugas|pr|soal|catatan|jawaban|menu *3 pap|foto',
  ],
  examples: {
    match: [
      'pap dong',
      'pappp donk kak',
      'kirim fotomu dong',
      'minta pap dulu dek',
      'coba foto pake baju tidur terus kirim',
      'p4p dulu dong',
      'nanti aku kasih diamond 500 kalau kamu pap',
      'aku kasih saldo ovo 100rb kalau kamu kirim foto',
    ],
    noMatch: [
      'pap makan siang kamu dong',
      'pap tugas matematika nomor 5 dong',
      'kirim foto catatan biologi tadi ya',
      'pap menu kantin dong',
      'kalau kamu pap makanan nanti aku kasih resep',
    ],
  },
});
