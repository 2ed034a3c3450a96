import { defineRule } from '../define-rule';

export default defineRule({
  id: 'ask-for-photo-en',
  category: 'sexual_request',
  lang: 'en',
  severity: 'medium',
  contexts: ['chat'],
  // A picture or video of the child asked for. Look-alikes: a picture of a school project, a pet or a birthday card.
  patterns: [
    'kirim me *1 foto|selfie|video *2 of kamu|yourself|ur_face',
    'kirim me *1 foto|selfie|video *1 sekarang|tonight|please',
    'kirim me a selfie|foto',
    'can i see *1 kamu|your_face|your_body|what_you_look',
    'show me kamu|yourself|your_body|your_face',
    'selfie *2 mirror|in_bed|bathroom',
    'foto|selfie *1 of kamu|yourself *1 sekarang|tonight|in_bed',
    'turn|put *1 kamera|camera *1 on',
    // A picture as the price of a gift: "i'll give you robux if you send a pic".
    'if|when kamu kirim|post *2 foto|selfie|video',
  ],
  unless: [
    'project|homework|hw|notes|answers|worksheet|drawing|art|card|cake|food|dog|cat|pet|poster|page|screenshot|score|build|house|outfit_for|lego|slide|map|essay',
  ],
  examples: {
    match: [
      'send me a pic of you right now',
      'send me a selfie',
      'can i see you',
      'show me yourself',
      'turn your camera on',
      'i will give you robux if you send a pic',
    ],
    noMatch: [
      'send me a pic of your science project so i can copy the layout',
      'send me a pic of the card when you finish it',
      'if you send a pic of your homework i can check it',
    ],
  },
});
