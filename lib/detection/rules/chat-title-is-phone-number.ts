import { defineRule } from '../define-rule';

export default defineRule({
  id: 'chat-title-is-phone-number',
  category: 'unknown_contact',
  lang: 'id',
  severity: 'low',
  contexts: ['ui'],
  // A phone number as the chat title means the number is not saved as a contact. For site adapters: pass the chat title with kind "ui".
  patterns: ['{phone}'],
  examples: { match: ['+62 813-2211-4455', '0812 3456 7890'], noMatch: ['Mama', 'Kelas 6B'] },
});
