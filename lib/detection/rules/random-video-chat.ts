import { defineRule } from '../define-rule';

export default defineRule({
  id: 'random-video-chat',
  category: 'anonymous_chat',
  lang: 'en',
  severity: 'medium',
  contexts: ['search', 'page'],
  // Random or anonymous chat with strangers (Omegle and its copies, OmeTV, Chatroulette, MiChat…). Look-alike: an article about their dangers (education context).
  patterns: [
    'omegle|ometv|ome_tv|chatroulette|chatrandom|camsurf|shagle|emerald_chat|emeraldchat|monkey_app|azar_app|tumile|chathub|joingy|coomeet|bazoocam|chatspin|flingster|dirtyroulette|yubo|michat|litmatch|holla_app|hay_app|camgo|chatous|wakie|omegle_alternative',
    'acak|anonim *1 video|video_chat|video_call|chat|vc|call',
    'chat|talk|ngobrol|video_chat|video_call|vc|kenalan *3 stranger',
    'sites|apps|aplikasi|situs *1 like|seperti|mirip *1 omegle|ometv|chatroulette',
    'meet new people *1 instantly|acak|now',
    'chat|ngobrol|video_call *1 acak|anonim',
  ],
  examples: {
    match: [
      'ome tv',
      'sites like omegle',
      'talk to strangers app video',
      'aplikasi video call dengan orang asing random',
      'chat acak dengan orang asing',
    ],
    noMatch: ['chat with your teacher', 'video call keluarga'],
  },
});
