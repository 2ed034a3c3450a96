import { defineRule } from '../define-rule';

export default defineRule({
  id: 'keep-secret-from-parents',
  category: 'secrecy',
  lang: 'id',
  severity: 'low',
  contexts: ['chat', 'typed'],
  // Asking the child to hide the chat from parents. Known look-alike: "jangan lupa bilang ortu" (a reminder to tell).
  patterns: [
    'jangan bilang ortu|mama|papa|ibu|ayah|bapak|mamah|papah|bunda|siapa|siapapun|orang|guru|kakak',
    'jangan kasih tau ortu|mama|papa|ibu|ayah|siapa|siapapun',
    'rahasia kita *2 ya|aja|berdua',
  ],
  examples: {
    match: ['jangan bilang ortu ya', 'Jgn blg mama ya dek', 'ini rahasia kita berdua', 'jangan kasih tau siapa siapa'],
    noMatch: ['jangan lupa bilang ortu kalau pulang telat ya', 'bilang mama kalau sudah sampai'],
  },
});
