import { defineRule } from '../define-rule';

export default defineRule({
  id: 'keep-secret-from-parents-en',
  category: 'secrecy',
  lang: 'en',
  severity: 'low',
  contexts: ['chat', 'typed'],
  // Asking the child to hide the chat. Known look-alike: "don't forget to tell your parents".
  patterns: [
    'dont tell your|ur parents|mom|mum|dad|mother|father|teacher|anyone|anybody',
    'dont tell parents|anyone|anybody',
    'our little secret',
    'keep this|it between us',
  ],
  examples: {
    match: ["don't tell your parents", 'dont tell ur mom ok', 'this is our little secret', 'keep this between us'],
    noMatch: ["don't forget to tell your parents where you are", 'tell your mom I said hi'],
  },
});
