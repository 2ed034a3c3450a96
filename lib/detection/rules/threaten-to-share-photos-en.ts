import { defineRule } from '../define-rule';

export default defineRule({
  id: 'threaten-to-share-photos-en',
  category: 'sextortion',
  lang: 'en',
  severity: 'high',
  contexts: ['chat'],
  // Sextortion in English: "I'll post your pics", "pay me or everyone sees". Look-alike: sharing class trip photos.
  patterns: [
    'ill|i_will|gonna|im_gonna|going_to *1 sebar *3 your|these|them|the_ones *1 foto|video|bugil|i|everywhere',
    'ill|i_will|gonna|im_gonna|going_to *1 kirim your *1 foto|video|bugil',
    'or *3 everyone|everybody|your_ortu|your_friends|your_school|the_whole_school *2 see|sees|will|gets',
    'or i *1 sebar|kirim|leak|tell',
    'kalau kamu jangan|wont|stop|block *6 ill|i_will|gonna *2 sebar|kirim|leak',
    'pay|bayar me *4 or',
    'i have your *1 bugil|foto|video',
    'everyone will see *1 your',
    'kirim them to your *1 followers|friends|ortu|school',
  ],
  unless: ['class_trip|recital|trip|game|match|concert|recipe'],
  examples: {
    match: [
      "if you don't send more pics i'll post the ones i have everywhere",
      'pay me or everyone at your school sees your video',
      'i have your nudes',
      'send $200 or i leak them',
    ],
    noMatch: [
      'can you share the photos from the class trip in the group chat',
      'i will send the photos to your mom after the recital',
    ],
  },
});
