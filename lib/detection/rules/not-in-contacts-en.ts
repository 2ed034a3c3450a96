import { defineRule } from '../define-rule';

export default defineRule({
  id: 'not-in-contacts-en',
  category: 'unknown_contact',
  lang: 'en',
  severity: 'low',
  contexts: ['ui'],
  // English site cues: "not in your contacts", "message request", "Add contact · Report spam · Block". For site adapters, kind "ui".
  patterns: [
    'not in your kontak|contact_list|address_book',
    'isnt|is_not in your kontak',
    'add to kontak',
    'add kontak',
    'report spam',
    'message request|requests',
    'accept *2 message request',
    'wants to kirim kamu a chat',
    'not friends on',
    'unknown nomor|sender',
    'not saved in your kontak',
    // The "Add Friend" button, random-chat sites, "This account doesn't follow you".
    'add friend',
    'acak stranger',
    'not following you',
    'doesnt follow you',
    'dont follow each other',
  ],
  examples: {
    match: [
      "This person isn't in your contacts",
      'Accept message request from gamer_2211?',
      'Add contact   Report spam   Block user',
      'Add Friend',
      "You're now chatting with a random stranger. Say hi!",
      "You don't follow each other on Instagram",
    ],
    noMatch: ['Contact added', 'last seen today at 14:02'],
  },
});
