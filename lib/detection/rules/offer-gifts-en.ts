import { defineRule } from '../define-rule';

export default defineRule({
  id: 'offer-gifts-en',
  category: 'gifts',
  lang: 'en',
  severity: 'low',
  contexts: ['chat'],
  // Offering robux, V-Bucks, skins, gift cards or money. Look-alike: a child telling a friend what they bought.
  patterns: [
    'i|ill|i_will|i_can|i_could|i_ll *2 beli|get|kasih|kirim|transfer *1 kamu *3 robux|vbucks|skins|skin|diamond|hadiah|uang|pulsa|stuff|anything|premium|nitro|pass',
    'want|mau *1 gratis robux|vbucks|skins|diamond|hadiah|uang|nitro|gems',
    'gratis robux|vbucks|skins|nitro|gems *2 if|for|kalau',
    'ill|i_will|i_can *2 pay for|buy_you',
    'i|ill *1 kirim kamu *2 uang|hadiah|card',
  ],
  unless: ['birthday|christmas|store|shop|official|ortu|allowance'],
  examples: {
    match: [
      'i can buy you robux',
      'want free vbucks?',
      "i'll send you a $50 gift card if you do something for me",
      'i can get you skins',
    ],
    noMatch: ['i bought 800 robux with my birthday gift card', 'mom gave me a gift card for my birthday'],
  },
});
