import { defineRule } from '../define-rule';

export default defineRule({
  id: 'secret-account-en',
  category: 'hidden_account',
  lang: 'en',
  severity: 'medium',
  contexts: ['search', 'page'],
  // Secret accounts and hidden apps in English ("finsta", "secret tiktok account my parents can't see", "hide apps"). Look-alikes: adding a work account, reporting a fake account.
  patterns: [
    'secret|fake|hidden|alt|spam|private|burner *2 akun',
    'second akun',
    'finsta|finstas|finsta_ideas',
    'ortu *2 cant|wont|dont|never *1 see|find|tau|lihat',
    'without *2 ortu *2 knowing|tau|finding_out',
    'sembunyi *2 aplikasi|akun|chats|chat|texts|messages|snapchat|tiktok',
    'sembunyi *3 from *1 ortu|your_ortu|my_ortu',
    'calculator vault',
    'app hider',
    'vault *1 aplikasi|foto',
    'secret foto vault',
  ],
  unless: ['report|reporting|business|brand|shop|work|club|parental_controls|scam'],
  examples: {
    match: [
      'how to make a secret tiktok account my parents cant see',
      'finsta ideas',
      'how to hide apps on iphone',
      'second account without parents knowing',
    ],
    noMatch: ['how to report a fake account on instagram', 'add a second account for your business'],
  },
});
