import { defineRule } from '../define-rule';

export default defineRule({
  id: 'offer-credit-or-money',
  category: 'gifts',
  lang: 'id',
  severity: 'low',
  contexts: ['chat'],
  // Offering phone credit, data, e-wallet money or things. Look-alikes: a parent sending pocket money, paying class dues.
  patterns: [
    'aku|kak|om|tante|tak *2 kasih|beli|isi|transfer|kirim|traktir *3 pulsa|uang|ewallet|hp|baju|hadiah|voucher|jajan|makan|sepatu',
    'aku|kak|om|tante|tak *2 transfer|traktir',
    'isi|kasih|beli|transfer|kirim *1 pulsa|uang|ewallet|hadiah|hp *2 buat|untuk kamu',
    'mau *2 pulsa|uang|ewallet|hadiah|hp *1 gratis|gak',
    'traktir kamu',
    'jajanin kamu',
    'kasih *1 kamu *2 uang|pulsa|hadiah|ewallet',
    'aku *2 bayarin|bayar *1 kamu',
  ],
  unless: [
    'ortu *3 isi|transfer|kasih|beli|traktir|kirim',
    'ibu|mama|mamah|bunda|ayah|papa|bapak *3 isi|transfer|kasih|beli|traktir|kirim',
    'uang jajan',
    'kata ortu',
    'juara|ranking|rangking|lulus|menang',
    'jajan kamu',
    'arisan|bayar_utang|utang|hutang|patungan|kas|iuran|spp|buku|les|ongkir|cod|pesanan|belanja',
  ],
  examples: {
    match: [
      'aku kirim pulsa buat kamu',
      'kakak isiin pulsa 50rb ya buat kamu',
      'aku tf dana 100rb sekarang',
      'nanti aku beliin hp baru',
      'mau pulsa gratis ga?',
      'nanti aku traktir',
    ],
    noMatch: [
      'ibu kirim uang buat kamu ya nak',
      'kak, kuota aku habis, nanti mama isiin pulsa',
      'mama udah transfer uang jajan lewat dana ya nak',
      'aku transfer uang kas kelas ya',
    ],
  },
});
