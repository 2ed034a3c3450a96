import { defineRule } from '../define-rule';

export default defineRule({
  id: 'ask-for-explicit-photo-en',
  category: 'sexual_request',
  lang: 'en',
  severity: 'high',
  contexts: ['chat'],
  // Nudes, undressing, underwear or sexual questions to a child; high on their own. Look-alike: a swimming lesson message.
  patterns: [
    'kirim|send *3 bugil',
    'foto|video|selfie *3 bugil',
    'without|no *1 baju|clothes|shirt|pants|top',
    'in your *1 underwear|bra|bikini|pajamas|pjs|towel|undies|panties|boxers',
    'buka|take_off *1 your|the|those *1 baju|clothes|pants|top|bra',
    'show me *1 your badan|chest|boobs|body',
    'what are kamu wearing',
    'are kamu *1 virgin',
    'ever been kissed|touched',
    'touch yourself',
    'sexy foto|selfie|pics',
  ],
  unless: ['swimming|swim|party|costume|uniform|pe|gym|wedding'],
  examples: {
    match: [
      'send nudes',
      'pic without clothes',
      'can you send a pic in your pajamas',
      'what are you wearing right now',
      'turn your camera on and show me your body',
    ],
    noMatch: [
      'bring your swimsuit and towel for the swimming lesson',
      'what are you wearing to the party? lol i have nothing',
    ],
  },
});
