import type { SiteList } from './types';

/**
 * Random-chat and anonymous-message sites and apps: they put a child in front of strangers who cannot be traced.
 * A visit is `medium` (a warning card on the default level): the stranger is the whole point of these sites.
 * Includes the social-discovery apps Indonesian teens meet strangers on (Hago, Litmatch, MiChat, Tantan: known by
 * app name, found on store pages) and anonymous-message sites popular there (NGL, Secreto, Tellonym).
 * Sorted by name; `lib/sites/sites.test.ts` keeps the data well-formed. Add a site by adding a line.
 */
export const ANONYMOUS_CHAT: SiteList = {
  id: 'anonymous-chat',
  category: 'anonymous_chat',
  risk: 'medium',
  sites: [
    { name: 'Azar', hosts: ['azarlive.com'], apps: ['azar', 'azarlive'] },
    { name: 'Bazoocam', hosts: ['bazoocam.org'] },
    { name: 'CamSurf', hosts: ['camsurf.com'] },
    { name: 'Chat Avenue', hosts: ['chat-avenue.com'] },
    { name: 'ChatHub', hosts: ['chathub.cam'] },
    { name: 'Chatib', hosts: ['chatib.us'] },
    { name: 'Chatous', hosts: ['chatous.com'], apps: ['chatous'] },
    { name: 'Chatrandom', hosts: ['chatrandom.com'], apps: ['chatrandom'] },
    { name: 'Chatroulette', hosts: ['chatroulette.com'], apps: ['chatroulette'] },
    { name: 'Chatspin', hosts: ['chatspin.com'], apps: ['chatspin'] },
    { name: 'Chitchat.gg', hosts: ['chitchat.gg'] },
    { name: 'CooMeet', hosts: ['coomeet.com'], apps: ['coomeet'] },
    { name: 'Emerald Chat', hosts: ['emeraldchat.com'] },
    { name: 'Hago', hosts: [], apps: ['hago'] },
    { name: 'HOLLA', hosts: [], apps: ['holla'] },
    { name: 'Joingy', hosts: ['joingy.com'] },
    { name: 'Litmatch', hosts: [], apps: ['litmatch'] },
    { name: 'MiChat', hosts: [], apps: ['michat'] },
    { name: 'Monkey', hosts: ['monkey.app'] },
    { name: 'NGL', hosts: ['ngl.link'], apps: ['ngl anonymous'] },
    { name: 'Omegle', hosts: ['omegle.com'], apps: ['omegle'] },
    { name: 'OmeTV', hosts: ['ome.tv'], apps: ['ometv', 'ome tv'] },
    { name: 'Secreto', hosts: ['secreto.site'] },
    { name: 'Shagle', hosts: ['shagle.com'], apps: ['shagle'] },
    { name: 'Talk With Stranger', hosts: ['talkwithstranger.com'] },
    { name: 'Tantan', hosts: [], apps: ['tantan'] },
    { name: 'Tellonym', hosts: ['tellonym.me'], apps: ['tellonym'] },
    { name: 'Thundr', hosts: ['thundr.com'] },
    { name: 'Tinychat', hosts: ['tinychat.com'] },
    { name: 'Tumile', hosts: [], apps: ['tumile'] },
    { name: 'Wizz', hosts: [], apps: ['wizz app'] },
    { name: 'Yubo', hosts: ['yubo.live'], apps: ['yubo'] },
  ],
  storeWords: [
    'random chat',
    'chat random',
    'random video chat',
    'video chat random',
    'stranger chat',
    'chat with strangers',
    'talk to strangers',
    'anonymous chat',
    'chat anonim',
    'chat acak',
    'video call acak',
  ],
};
