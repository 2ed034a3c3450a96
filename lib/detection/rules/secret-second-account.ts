import { defineRule } from '../define-rule';

export default defineRule({
  id: 'secret-second-account',
  category: 'hidden_account',
  lang: 'id',
  severity: 'low',
  contexts: ['search', 'page'],
  // A second, fake or secret account ("akun kedua", "akun alter"). Look-alikes: a business account, reporting a fake account.
  patterns: [
    'akun *2 second|rahasia|fake|palsu|alter|samaran|bodong|kloningan|ganda|tersembunyi',
    'second|fake|alter akun',
  ],
  unless: [
    'lapor|laporkan|melaporkan|dilaporkan|pelaporan|report|blokir|hapus|waspada|bahaya *3 akun',
    'bisnis|business|jualan|toko|olshop|kantor|kerja|klub|brand|usaha',
  ],
  examples: {
    match: ['cara bikin akun ig kedua', 'akun alter twitter', 'cara membuat akun palsu'],
    noMatch: ['cara lapor akun palsu di instagram', 'akun kedua untuk jualan online shop'],
  },
});
