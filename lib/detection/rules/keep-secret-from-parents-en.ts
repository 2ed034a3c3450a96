import { defineRule } from '../define-rule';

export default defineRule({
  id: 'keep-secret-from-parents-en',
  category: 'secrecy',
  lang: 'en',
  severity: 'low',
  contexts: ['chat'],
  // Asking the child to hide the chat. Look-alikes: "don't forget to tell your parents", a surprise for mum.
  patterns: [
    'jangan bilang *1 ortu|siapa|your_friends',
    'our little secret',
    'our secret',
    'just between us',
    'between you and me',
    'keep this|it|us *1 rahasia|between',
    'no one|body has|needs to tau',
    'siapa has|needs to tau',
    'ortu *2 jangan|wont|shouldnt|cant need|have to tau',
    'ortu wouldnt|wont understand',
    'hapus our|these|the|this chat|conversation|chats',
  ],
  unless: ['surprise|birthday|party|cake|present|answer|answers|riddle|spoiler|spoilers|ending|password'],
  examples: {
    match: [
      "don't tell your parents",
      'dont tell ur mom ok',
      'this is our little secret',
      'keep this between us',
      'no one has to know',
      'delete our messages after you read them',
    ],
    noMatch: [
      "don't forget to tell your parents where you are",
      'tell your mom I said hi',
      "don't tell mom about the cake, it's a surprise!",
    ],
  },
});
