import { defineRule } from '../define-rule';

export default defineRule({
  id: 'offer-game-currency',
  category: 'gifts',
  lang: 'id',
  severity: 'low',
  contexts: ['chat'],
  // Offering game currency or skins (diamonds, robux, UC). Look-alikes: topping up in the official shop, a game event.
  patterns: [
    'aku|kak|om|tante *2 kasih|beli|isi|transfer|topup|top_up|topupin|bagi|kirim *3 diamond|dm|robux|uc|skin|skins|vbucks|gems|koin|elite_pass|starlight|weekly_pass|battle_pass|item|akun_sultan',
    'mau *2 diamond|dm|robux|uc|skin|skins|vbucks|gems|koin|elite_pass|starlight|weekly_pass|battle_pass|item|akun_sultan *1 gratis|gak',
    'diamond|dm|robux|uc|skin|skins|vbucks|gems|koin|elite_pass|starlight|weekly_pass|battle_pass|item|akun_sultan gratis *2 buat|untuk|kamu',
    'kasih|beli|isi|topup|topupin *1 kamu *2 diamond|dm|robux|uc|skin|skins|vbucks|gems|koin|elite_pass|starlight|weekly_pass|battle_pass|item|akun_sultan',
    'topup|top_up|topupin *1 kamu',
    'gratis diamond|dm|robux|uc|skin|skins|vbucks|gems|koin|elite_pass|starlight|weekly_pass|battle_pass|item|akun_sultan *3 kalau|asal|tapi|syaratnya',
    // "kakak punya banyak diamond nih, mau kakak kasih gratis?": the currency first, the offer after it.
    'diamond|dm|robux|uc|skin|skins|vbucks|gems|koin|elite_pass|starlight|weekly_pass|battle_pass|item|akun_sultan *3 mau *1 kasih|beli|beliin|bagi|kirim|topupin *1 gratis|gak',
  ],
  unless: [
    'jual|jualan|dijual|murah|harga|resmi|official|event|shop|toko|codashop|unipin|giveaway|scam|penipuan|ortu|tabungan|uang_jajan',
  ],
  examples: {
    match: [
      'mau diamond gratis ga?',
      'aku kasih 500 dm buat kamu',
      'kakak beliin skin yang kamu mau',
      'nanti aku topupin diamond ya',
      'om kasih robux',
      'kakak punya banyak diamond nih, mau kakak kasih gratis?',
    ],
    noMatch: [
      'top up diamond di toko resmi aja biar aman',
      'aku baru top up 86 diamond pake pulsa mama',
      'ada event diamond gratis di game resmi',
      'diamond di codashop lagi promo, mau aku beliin gak buat adikmu?',
    ],
  },
});
