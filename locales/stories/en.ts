import type { StoryWords } from './types';

// The card's words for the child, chosen by what really happened (issue #14). For 6–9, 12 words a sentence at most;
// trusted adults named broadly; advice as UNICEF/ECPAT give it: don't delete, don't pay, don't send anything, tell
// a trusted adult, it's not your fault.

const ADULTS = 'Mum, Dad, a grandparent or your teacher';

export const en: StoryWords = {
  who: {
    someone: 'Someone',
    stranger: { '6-9': 'A stranger', '10-12': 'Someone you don’t know', '13-17': 'Someone you don’t know' },
  },
  what: {
    'chat.secrecy': '{who} asked you to keep this chat a secret.',
    'chat.secrecy.keep_secret': '{who} asked you not to tell your parents.',
    'chat.secrecy.hide_chat': '{who} asked you to delete or hide this chat.',
    'chat.move_private': '{who} wants to move your chat to another app.',
    'chat.sexual_request': {
      '6-9': '{who} asked for a photo or video that is not okay.',
      '10-12': '{who} asked for photos, videos or private things that are not okay.',
      '13-17': '{who} asked for photos, videos or private things that are not okay.',
    },
    'chat.sexual_request.photo': '{who} asked you to send a photo of yourself.',
    'chat.sexual_request.explicit': {
      '6-9': '{who} asked for a photo of your body without clothes.',
      '10-12': '{who} asked for a photo of you without clothes.',
      '13-17': '{who} asked for nude or sexual photos or videos of you.',
    },
    'chat.sexual_request.video_call': {
      '6-9': '{who} wants a video call with just you.',
      '10-12': '{who} wants a video call with just you.',
      '13-17': '{who} wants a private video call (“vcs”) with you.',
    },
    'chat.sexual_request.sexual_talk': {
      '6-9': '{who} said things about bodies that are not okay.',
      '10-12': '{who} is talking to you about sexual things.',
      '13-17': '{who} is talking to you about sex.',
    },
    'chat.personal_info': '{who} asked you private questions.',
    'chat.personal_info.phone': '{who} asked for your phone number.',
    'chat.personal_info.address': '{who} asked where you live.',
    'chat.personal_info.school': '{who} asked which school you go to.',
    'chat.personal_info.age': '{who} asked how old you are.',
    'chat.personal_info.alone': '{who} asked if you are home alone.',
    'chat.gifts': '{who} offered you a gift.',
    'chat.gifts.game_currency': '{who} offered you diamonds or other game gifts.',
    'chat.gifts.credit_money': '{who} offered you phone credit, data or money.',
    'chat.meet_offline': '{who} asked to meet you.',
    'chat.sextortion': {
      '6-9': '{who} says they will share your photos.',
      '10-12': '{who} is threatening to share your photos.',
      '13-17': '{who} is threatening to share your photos.',
    },
    'chat.flattery_trust': '{who} keeps praising you.',
    'chat.flattery_trust.looks': '{who} keeps saying you are pretty or handsome.',
    'chat.flattery_trust.special_bond': '{who} says only they understand you.',
    'chat.unknown_contact': 'This person is not in your contacts.',
    'chat.hidden_account': '{who} told you to make a secret account.',
    'chat.vpn_bypass': '{who} told you to use a VPN.',
    'chat.anonymous_chat': '{who} invited you to a random chat site.',
    'search.vpn_bypass': 'You are searching for a VPN app.',
    'search.vpn_bypass.unblock': 'You are searching for a way to open blocked sites.',
    'search.hidden_account': 'You are searching for how to make a secret account.',
    'search.hidden_account.hide_from_parents': 'You are searching for how to hide things from your parents.',
    'search.anonymous_chat': 'You are searching for a site to chat with strangers.',
    'search.other': 'You are searching for something about {topic}.',
    'page.vpn_bypass': 'This page is about VPNs or opening blocked sites.',
    'page.vpn_bypass.unblock': 'This page shows how to open blocked sites.',
    'page.hidden_account': 'This page is about making secret accounts.',
    'page.hidden_account.hide_from_parents': 'This page shows how to hide things from parents.',
    'page.anonymous_chat': 'This page is about random chats with strangers.',
    'page.other': 'This page is about {topic}.',
    'site.vpn_bypass': 'This is a VPN or unblocking site.',
    'site.anonymous_chat': 'This is a site for random chats with strangers.',
    'download.vpn_bypass': 'This is a page to download a VPN app.',
    'download.anonymous_chat': 'This is a page to download an app for chatting with strangers.',
    'typed.oversharing': 'You are about to send something private.',
    'typed.oversharing.phone': 'You are writing a phone number in a chat.',
    'typed.oversharing.address': 'You are writing a home address in a chat.',
    'typed.oversharing.school': 'You are writing the name of your school in a chat.',
    'typed.oversharing.home_alone': 'You are writing that you are home alone.',
  },
  topic: {
    secrecy: 'keeping secrets from your parents',
    move_private: 'moving chats to another app',
    sexual_request: 'private photos or videos',
    personal_info: 'people’s private details',
    gifts: 'gifts from people online',
    meet_offline: 'meeting people from the internet',
    sextortion: 'photos shared without asking',
    flattery_trust: 'sweet talk from people online',
    hidden_account: 'secret accounts',
    vpn_bypass: 'VPNs and blocked sites',
    anonymous_chat: 'chatting with strangers',
    unknown_contact: 'chatting with people you don’t know',
    oversharing: 'sharing your private details',
  },
  why: {
    secrecy: {
      '6-9': 'Good people don’t ask children to keep secrets from their family.',
      '10-12':
        'People with good intentions don’t need to hide from your family. Asking for secrets is often the first step of someone who wants to trick a child.',
      '13-17':
        'Asking for secrecy is one of the clearest signs of grooming: it cuts you off from the people who could help.',
    },
    'secrecy.hide_chat': {
      '6-9': 'A deleted chat makes it harder for adults to help you.',
      '10-12': 'If the chat is deleted, the proof an adult needs to help you is gone too.',
      '13-17': 'Deleting the chat protects them, not you. Those messages matter if you ever need help.',
    },
    move_private: {
      '6-9': 'In another app, no grown-up can see what happens and help you.',
      '10-12': 'In a private app nobody is watching. That is why people who want to trick children ask to move.',
      '13-17': 'Moving to a private app is a common grooming step: fewer people see it, and there is less proof.',
    },
    sexual_request: {
      '6-9': 'Your body belongs to you. Good people don’t ask or say things like that to a child.',
      '10-12': 'Good adults don’t ask or say things like that to a child. That is their fault, not yours.',
      '13-17': 'Drawing anyone under 18 into sexual talk or images is against the law. They are in the wrong, not you.',
    },
    'sexual_request.photo': {
      '6-9': 'Your photos belong to you. Once a photo is sent, you can’t get it back.',
      '10-12': 'A photo that has been sent can be saved and shared anywhere. You can’t take it back.',
      '13-17': 'A photo (“pap”) sent to someone you only know online can be saved, shared or used to pressure you.',
    },
    'sexual_request.explicit': {
      '6-9': 'Your body belongs to you. Nobody may ask a child for photos like that.',
      '10-12':
        'Good adults don’t ask children for photos or videos like that. A photo that has been sent can be shared anywhere.',
      '13-17':
        'Asking for sexual images of anyone under 18 is against the law. The one in the wrong is the person who asks and shares them, not you.',
    },
    'sexual_request.video_call': {
      '6-9': 'Video calls alone with people from the internet are not for kids.',
      '10-12': 'A video call can be recorded without you knowing, and then shared.',
      '13-17': 'A private video call can be recorded without you knowing, and recordings are often used for blackmail.',
    },
    personal_info: {
      '6-9': 'Your home, school and phone number are for people you know.',
      '10-12': 'With those details, someone you don’t know could find you in real life.',
      '13-17': 'Small pieces of private information can be put together to find you or pressure you.',
    },
    'personal_info.age': {
      '6-9': 'Your age is private. It is for people you know.',
      '10-12': 'Strangers sometimes ask how old you are to find children.',
      '13-17': 'Asking your age is often an early step for adults who target young people.',
    },
    'personal_info.alone': {
      '6-9': 'Only your family needs to know when you are home alone.',
      '10-12': 'Questions about when you are alone can be used to plan something that is not okay.',
      '13-17': 'Knowing when you are alone can be used to get close to you when nobody is looking out for you.',
    },
    gifts: {
      '6-9': 'A gift from a stranger can make you feel you owe them.',
      '10-12': 'Free gifts are often used to make you feel you owe something, and then you are asked for things.',
      '13-17':
        'Gifts from someone you only know online usually come with a catch: after giving, they will ask for something.',
    },
    meet_offline: {
      '6-9': 'People from the internet may not be who they say.',
      '10-12': 'People online can lie about their age and about who they really are.',
      '13-17':
        'Someone you know from the internet can lie about their age and what they want. An adult you trust needs to know about the plan to meet.',
    },
    sextortion: {
      '6-9': 'This is not your fault. Grown-ups can help make it stop.',
      '10-12': 'This is not your fault. Threats like this usually get bigger when you give in.',
      '13-17':
        'This is not your fault, even if you already sent something. Giving in or paying usually makes the threats bigger.',
    },
    flattery_trust: {
      '6-9': 'Strangers sometimes keep praising you so you trust them fast.',
      '10-12': 'Too much praise is often used to make you trust someone fast and do what they want.',
      '13-17': 'Constant praise is a way to build trust quickly, and then to ask you to do something.',
    },
    'flattery_trust.special_bond': {
      '6-9': 'Your family and friends understand you too. Many good people are around you.',
      '10-12': 'That is a way to pull you away from family and friends. Your family and friends are on your side.',
      '13-17': 'Making you feel only they understand you is a way to cut you off from the people who care about you.',
    },
    unknown_contact: {
      '6-9': 'People online can pretend to be a child or your friend.',
      '10-12': 'People online can lie about their name, their age and their photo.',
      '13-17': 'A new account you don’t know could be anyone. Profiles, photos and ages are easy to fake.',
    },
    hidden_account: {
      '6-9': 'If something goes wrong on a secret account, nobody can help you.',
      '10-12': 'An account nobody knows about means nobody can help if something happens there.',
      '13-17': 'A secret account means the people who care about you can’t see if someone starts pressuring you there.',
    },
    'hidden_account.hide_from_parents': {
      '6-9': 'When things are hidden from your family, they can’t help you.',
      '10-12': 'Your parents can’t help with things they don’t know about.',
      '13-17': 'Hiding things from your parents means they can’t help if someone starts pressuring you.',
    },
    vpn_bypass: {
      '6-9': 'A VPN is used to open blocked sites. Those sites are blocked because they are not good for children.',
      '10-12':
        'Sites are usually blocked because there are strangers or grown-up things there. A VPN can take you there.',
      '13-17':
        'A VPN itself is not wrong, but using one to open blocked sites takes you to places with nobody looking out and many strangers.',
    },
    'vpn_bypass.unblock': {
      '6-9': 'Sites are blocked because of things that are not good for children.',
      '10-12': 'Sites are usually blocked because there are strangers or grown-up things there.',
      '13-17': 'Opening blocked sites takes you to places with nobody looking out for you and many strangers.',
    },
    anonymous_chat: {
      '6-9': 'On these sites you don’t know who you are talking to.',
      '10-12': 'In a random chat you don’t know who the other person is, and adults can pretend to be children.',
      '13-17': 'Random chats put you with people you can’t check, and what you show on camera can be recorded.',
    },
    oversharing: {
      '6-9': 'Phone numbers, addresses and schools are for people you know.',
      '10-12': 'Once it is sent, you can’t take it back, and a stranger could use it to find you.',
      '13-17': 'Private details can’t be taken back once sent, and can be put together to find or pressure you.',
    },
    'oversharing.home_alone': {
      '6-9': 'People online don’t need to know when you are alone.',
      '10-12': 'Saying you are alone can be used to get close to you when nobody is looking out for you.',
      '13-17': 'Saying you are alone can be used to get close to you when nobody is looking out for you.',
    },
  },
  todo: {
    secrecy: {
      '6-9': `Tell ${ADULTS} about this chat. Telling is always okay.`,
      '10-12': 'Don’t agree to keep it secret. Tell your parents, grandparents or teacher what they said.',
      '13-17':
        'You don’t owe them a secret. Tell an adult you trust: a parent, your school counsellor or your class teacher.',
    },
    'secrecy.hide_chat': {
      '6-9': `Don’t delete the chat. Show it to ${ADULTS}.`,
      '10-12': 'Don’t delete anything. Show this chat to an adult you trust.',
      '13-17': 'Keep the messages, don’t delete them even if they insist. Tell an adult you trust.',
    },
    move_private: {
      '6-9': `Don’t switch apps. Tell ${ADULTS}.`,
      '10-12': 'Don’t switch apps and don’t give your number. Tell your parents if they keep asking.',
      '13-17': 'Stay here or end the chat. You don’t need a reason to say no.',
    },
    sexual_request: {
      '6-9': `Don’t send anything. Tell ${ADULTS} now.`,
      '10-12': 'Don’t send anything and stop replying. Tell an adult you trust.',
      '13-17': 'You can say no without a reason. Don’t send anything, then tell an adult you trust.',
    },
    'sexual_request.video_call': {
      '6-9': `Don’t answer the video call. Call ${ADULTS}.`,
      '10-12': 'Don’t answer and don’t turn on your camera. Tell an adult you trust.',
      '13-17': 'Don’t answer and don’t turn on your camera. Tell an adult you trust.',
    },
    personal_info: {
      '6-9': `Don’t answer. Ask ${ADULTS} first.`,
      '10-12': 'You don’t have to answer. If they keep asking, tell an adult you trust.',
      '13-17': 'You don’t have to answer. If they push, that is your sign to stop and tell someone.',
    },
    gifts: {
      '6-9': `Don’t take it. Tell ${ADULTS}.`,
      '10-12': 'Don’t accept it, and don’t send anything back. Tell an adult you trust.',
      '13-17': 'Say no to the gift. If you already took it, that is not your fault: tell an adult you trust.',
    },
    meet_offline: {
      '6-9': `Don’t go. Tell ${ADULTS} now.`,
      '10-12': 'Don’t go to meet them. Tell your parents, grandparents or teacher about it.',
      '13-17': 'Don’t go unless an adult you trust knows and comes with you. Tell them about it first.',
    },
    sextortion: {
      '6-9': `Don’t send anything and don’t pay. Tell ${ADULTS} now.`,
      '10-12': 'Don’t pay, don’t send anything, don’t delete the chat. Tell an adult now.',
      '13-17': 'Don’t pay, don’t send more, don’t delete the chat. Tell an adult you trust or contact SAPA 129.',
    },
    flattery_trust: {
      '6-9': `You can stop chatting. Tell ${ADULTS}.`,
      '10-12': 'Be careful if they start asking for things. Tell an adult you trust.',
      '13-17': 'Notice what they ask for after the praise. Talk it over with an adult you trust.',
    },
    unknown_contact: {
      '6-9': `Don’t reply yet. Ask ${ADULTS} who it is.`,
      '10-12': 'Don’t reply before you know who it is. Ask an adult you trust.',
      '13-17': 'Don’t share anything until you are sure who it is. Block them if they push.',
    },
    hidden_account: {
      '6-9': `Use the account your family knows about. Ask ${ADULTS} if you are unsure.`,
      '10-12': 'Keep using the account your family knows about. Ask your parents if you need a new one.',
      '13-17':
        'If you want more space of your own, talk to your parents about it. An account the people close to you know about is still safer.',
    },
    'hidden_account.hide_from_parents': {
      '6-9': `Leave this page. You can tell ${ADULTS} anything.`,
      '10-12': 'If there is something you want to hide, talk it over with an adult you trust first.',
      '13-17':
        'If you need privacy, talk it over with your parents or another adult you trust. Keep a way to ask for help.',
    },
    vpn_bypass: {
      '6-9': 'Don’t install a VPN or open blocked sites. Ask a grown-up first.',
      '10-12': 'If you need that site for school, ask a parent or teacher to open it with you.',
      '13-17': 'If you need a blocked site, talk to a parent or teacher. They can open it if it is safe.',
    },
    anonymous_chat: {
      '6-9': 'Don’t use sites like this. Play on sites your family knows.',
      '10-12': 'Don’t use sites like this. Chat with friends you know in real life.',
      '13-17': 'Don’t use sites like this, and don’t turn on your camera for people you don’t know.',
    },
    oversharing: {
      '6-9': `Don’t send it yet. Ask ${ADULTS}.`,
      '10-12': 'Think before you send: do you know this person in real life?',
      '13-17': 'Send it only to people you know in real life. If you are unsure, don’t send it.',
    },
    chat: {
      '6-9': `Don’t reply yet. Show this chat to ${ADULTS}.`,
      '10-12': 'Don’t reply yet, and show this chat to an adult you trust.',
      '13-17': 'Stop replying, then tell an adult you trust.',
    },
    browse: {
      '6-9': `Leave this page. Tell ${ADULTS}.`,
      '10-12': 'Leave this page, then tell an adult you trust.',
      '13-17': 'Leave this page, then tell an adult you trust.',
    },
    typed: {
      '6-9': `Don’t send it yet. Ask ${ADULTS}.`,
      '10-12': 'Think before you send, and ask an adult if you are unsure.',
      '13-17': 'Think before you send, and ask an adult if you are unsure.',
    },
  },
  where: {
    chat: 'in a chat',
    search: 'while searching online',
    page: 'on a web page',
    site: 'on a website',
    download: 'on an app download page',
    typed: 'while I was typing',
  },
};
