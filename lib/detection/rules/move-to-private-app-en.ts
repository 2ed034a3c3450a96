import { defineRule } from '../define-rule';

export default defineRule({
  id: 'move-to-private-app-en',
  category: 'move_private',
  lang: 'en',
  severity: 'low',
  contexts: ['chat'],
  // Asking to continue somewhere private (Snapchat, Telegram, Discord, DMs). Look-alike: a class group chat.
  patterns: [
    'add me on *1 wa|snap|telegram|discord|ig|kik|line',
    'text|chat|dm|message|hit me *1 on|at|up *1 wa|snap|telegram|discord|ig|kik',
    'pindah|lets_pindah *1 to|over_to *1 wa|snap|telegram|discord|dm|dms|private|kik',
    'talk|chat *1 private|privately|somewhere_else|elsewhere|in_private',
    'do kamu have *1 wa|snap|telegram|discord|kik',
    'whats your wa|snap|telegram|discord|ig|kik|nomor',
    'give me your nomor|snap|wa',
  ],
  unless: ['group|class|team|tournament|server|club'],
  examples: {
    match: [
      'add me on snap',
      'lets switch to telegram',
      'can we talk somewhere private',
      'whats your snap?',
      'dm me on discord',
    ],
    noMatch: ['add me on the class group chat', 'join the team discord for the tournament'],
  },
});
