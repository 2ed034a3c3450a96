import { defineRule } from '../define-rule';

export default defineRule({
  id: 'meet-in-person-en',
  category: 'meet_offline',
  lang: 'en',
  severity: 'low',
  contexts: ['chat'],
  // Arranging to meet offline, pick the child up, or "come alone". Look-alikes: the library, practice, a parent driving.
  patterns: [
    'meet up|me|irl|in_person|in_real_life',
    'lets|we_should|wanna|want_to|can_we *1 meet',
    'pick kamu up',
    'come alone',
    'come by yourself',
    'sendiri and jangan',
    'hang out *1 irl|in_person|for_real',
    'i|ill *1 come to your *1 rumah|sekolah|place',
    'wait for kamu *2 after sekolah|outside',
  ],
  unless: [
    'library|practice|class|project|team|group|study|homework|grandma|grandpa|family|ortu|coach|church|mosque|tournament|rehearsal',
  ],
  examples: {
    match: ['we should meet up irl', 'i can pick you up after school', 'come alone', 'lets meet this weekend'],
    noMatch: [
      "let's meet at the library after school to finish the poster",
      'my mom will pick you up after practice',
      'meet me at practice at 5',
    ],
  },
});
