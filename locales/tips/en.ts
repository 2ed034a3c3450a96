import type { Tip, TipLibrary } from './types';

const t = (what: string, why: string, todo: string): Tip => ({ what, why, todo });

/**
 * English tips. Written the way a child-protection trainer speaks: what is happening, why it matters, what to do now.
 * 6–9: short sentences, no fear words, "a grown-up"; 10–12: names the trick; 13–17: honest, respectful, with
 * resources from DESIGN.md §7 only.
 */
export const en: TipLibrary = {
  secrecy: {
    '6-9': [
      t(
        'Someone asked you to keep a secret from your family.',
        'Good secrets are fun surprises, like a birthday present. Secrets kept from your family are not good secrets.',
        'Tell Mum, Dad, a grandparent or your teacher. Telling is okay.',
      ),
      t(
        'Someone said “don’t tell your parents”.',
        'A real friend is happy for your family to know about them.',
        'Show this chat to a grown-up you trust, today.',
      ),
      t(
        'You were asked to hide this chat.',
        'Hidden chats make it hard for grown-ups to help you.',
        'You don’t have to reply. Show the chat to Mum, Dad, a grandparent or your teacher.',
      ),
      t(
        'Someone wants this chat to be “just between us”.',
        'Kind people do not ask children to hide things from their family.',
        'Stop chatting and go to a grown-up. Telling is always okay.',
      ),
      t(
        'Someone asked you for a secret in this chat.',
        'Surprises last a short time and make people happy. This kind of secret is different.',
        'Show this chat to Mum, Dad, a grandparent or your teacher now.',
      ),
    ],
    '10-12': [
      t(
        'Someone asked you to keep your chats secret from your parents.',
        'People who mean well don’t need to hide from your family. Asking for secrecy is often the first step when someone wants to trick a young person.',
        'Don’t agree to the secret. Tell a parent or a teacher what was said.',
      ),
      t(
        'You were told “this stays between us”.',
        'Secrets cut you off from the people who could help you if things go wrong.',
        'Keep the chat and show it to an adult you trust.',
      ),
      t(
        'Someone said your parents “wouldn’t understand”.',
        'That is a way to make you feel that only they are on your side. Your family is on your side.',
        'Talk to a parent, an older cousin or a teacher. You can start with: “Someone online asked me to keep a secret.”',
      ),
      t(
        'Someone wants you to delete messages or hide the chat.',
        'Deleting chats removes the proof an adult would need to help you.',
        'Don’t delete anything. Log out and tell an adult.',
      ),
      t(
        'You are being asked to hide a friendship.',
        'A friendship you have to hide is not a safe friendship, even if the person seems nice.',
        'It’s okay to say no and stop answering. Tell someone you trust.',
      ),
    ],
    '13-17': [
      t(
        'Someone is asking you to keep this conversation from your parents or friends.',
        'Secrecy is one of the clearest signs of grooming: it isolates you, so no one notices if things get worse.',
        'You don’t owe them secrecy. Keep the chat and tell an adult you trust.',
      ),
      t(
        'They say “no one else would understand us”.',
        'Making you feel the relationship has to be hidden gives them control over you.',
        'Notice how it feels to be asked to hide. Talk it through with an adult you trust.',
      ),
      t(
        'You were asked to delete or hide messages.',
        'Deleting the chat protects them, not you. If you ever need help, those messages matter.',
        'Keep the messages. Don’t delete the chat, even if they insist.',
      ),
      t(
        'Someone says you’ll get in trouble if anyone finds out.',
        'That is pressure, and it is how people keep young people quiet. You are not the one in trouble.',
        'Tell a trusted adult or call SAPA 129. Asking for help is never breaking a promise.',
      ),
      t(
        'A “secret relationship” is being suggested.',
        'An adult who wants a secret relationship with a teenager is the one breaking the rules, not you.',
        'Stop replying and talk to someone you trust. You can get help even if you have already shared things.',
      ),
    ],
  },
  move_private: {
    '6-9': [
      t(
        'Someone wants to talk with you in another app.',
        'In other apps, grown-ups can’t see what happens.',
        'Stay here and tell Mum, Dad, a grandparent or your teacher.',
      ),
      t(
        'Someone asked for your WhatsApp number.',
        'Your number is for family and friends you really know.',
        'Don’t give it. Show this chat to a grown-up.',
      ),
      t(
        'Someone said “let’s chat somewhere else”.',
        'Kind people don’t mind chatting where your family can see.',
        'Say “no thanks” and go to a grown-up.',
      ),
      t(
        'You were asked to add someone on another app.',
        'You only add people you know from home or school.',
        'Ask a grown-up before adding anyone.',
      ),
      t(
        'Someone wants to video call you in a different app.',
        'Calls with people you don’t know are not for kids.',
        'Don’t answer the call. Tell a grown-up straight away.',
      ),
    ],
    '10-12': [
      t(
        'Someone wants to move the chat to WhatsApp, Telegram or another app.',
        'Private apps have no one watching. That is why people who want to trick kids ask to move.',
        'Keep chatting only where you are, or stop. Tell a parent if they keep asking.',
      ),
      t(
        'You were asked for your phone number or your username on another app.',
        'Once they have your number, they can message you anywhere, at any time.',
        'Don’t share it. You can say: “My parents don’t let me.”',
      ),
      t(
        'Someone says this app is “boring” or “not safe” and wants to switch.',
        'Pushing you to a more hidden place is a warning sign, even when the reason sounds nice.',
        'Say no. If they get upset about it, that tells you something.',
      ),
      t(
        'Someone asked you to use an app with disappearing messages.',
        'Messages that vanish can’t be shown to anyone who could help you.',
        'Don’t switch apps. Show an adult the chat you have now.',
      ),
      t(
        'You were invited to a private group or server.',
        'Private groups can have people much older than they say they are.',
        'Ask a parent before joining any group from someone you met online.',
      ),
    ],
    '13-17': [
      t(
        'They want to move to WhatsApp, Telegram, Snapchat or private DMs.',
        'Moving to a private or disappearing-message app is a classic grooming step: fewer moderators, less evidence.',
        'Keep the conversation where it is, or end it. You don’t need a reason.',
      ),
      t(
        'Someone keeps asking for your number after you said no.',
        'Ignoring your “no” is a red flag about how they will treat your other limits.',
        'Block them. If they show up somewhere else, tell an adult you trust.',
      ),
      t(
        'They ask you to make a second, secret account to talk on.',
        'A hidden account means no one can help if something goes wrong there.',
        'Stay on accounts the people close to you know about.',
      ),
      t(
        'They suggest an app with vanishing messages or a “private mode”.',
        'Disappearing messages help them avoid being reported. They don’t protect you.',
        'Say no. Keep the current chat so you have it if you need help.',
      ),
      t(
        'Someone you only know online invited you to a closed group or server.',
        'Closed groups are often where sexual content and pressure start.',
        'Check who runs it and talk with someone you trust before joining.',
      ),
    ],
  },
  sexual_request: {
    '6-9': [
      t(
        'Someone asked for a photo of you.',
        'Photos of you are only for your family and people you know.',
        'Don’t send any photo. Tell a grown-up right now.',
      ),
      t(
        'Someone asked you to show your body on camera.',
        'Your body belongs to you. Nobody should ask you for that online.',
        'Turn off the camera. Go to Mum, Dad, a grandparent or your teacher.',
      ),
      t(
        'Someone asked for a photo of you in pyjamas or the bath.',
        'Nobody should ask children for pictures like that. It is not okay.',
        'Say no, close the chat and tell a grown-up. You did nothing wrong.',
      ),
      t(
        'Someone wants a video call with just you.',
        'Video calls with people you don’t know are not for kids.',
        'Don’t pick up. Show a grown-up the message.',
      ),
      t(
        'Someone asked about your private parts.',
        'The parts of your body under your swimsuit are private. Nobody should talk to you about them online.',
        'Stop chatting and tell a grown-up you trust. You did nothing wrong.',
      ),
    ],
    '10-12': [
      t(
        'Someone asked you to send a photo (“pap”) of yourself.',
        'Photos can be saved and passed on forever, and some people use them to pressure kids later.',
        'Don’t send it. You can just say no and leave. Tell a parent or a teacher.',
      ),
      t(
        'You were asked for a video call (“vcs”) or to turn on your camera.',
        'People who ask kids to go on camera may record it.',
        'Say no and end the chat. Show an adult what was said.',
      ),
      t(
        'Someone asked for pictures of you with fewer clothes on.',
        'That is never okay to ask a young person, and it is never your fault that they asked.',
        'Don’t reply. Tell an adult you trust straight away.',
      ),
      t(
        'Someone sent you a picture you didn’t want to see.',
        'Sending sexual pictures to kids is wrong, and you didn’t cause it.',
        'Don’t open more and don’t pass it on. Tell an adult and block the sender.',
      ),
      t(
        'You are being asked questions about your body.',
        'Questions like these are a way to make private things feel normal. From a stranger, they are not normal.',
        'Stop answering. Talk to a parent, the school counsellor or your class teacher.',
      ),
    ],
    '13-17': [
      t(
        'Someone is asking you for a nude or sexual photo.',
        'Asking for, keeping or sharing sexual images of anyone under 18 is against the law, and the one in the wrong is the person who does it, not you. Once sent, you lose control of them.',
        'Don’t send it. You can leave without explaining. If you feel pressured, tell someone you trust.',
      ),
      t(
        'They want a video call or to see you on camera.',
        'Video calls can be recorded without you knowing, and recordings are often used for blackmail.',
        'Say no. If you have already been on camera, it is not your fault: get help now.',
      ),
      t(
        'They say “everyone does it” or “just one pic”.',
        'Lines like these are made to make saying no feel awkward. No is a complete answer.',
        'Say no once, and block them if they push. Talk to someone you trust.',
      ),
      t(
        'They sent you sexual content first.',
        'Sending sexual content first is a tactic to make it seem normal and to pressure you to send something back.',
        'Don’t respond or forward it. Block and report them in the app, and tell an adult.',
      ),
      t(
        'You already sent something and you are worried.',
        'You are not in trouble, and you don’t have to face it alone. Take It Down (takeitdown.ncmec.org) helps stop images of under-18s from spreading on the apps and sites that take part; the image stays on your device.',
        'Don’t send more. Talk to an adult you trust or call SAPA 129.',
      ),
    ],
  },
  personal_info: {
    '6-9': [
      t(
        'Someone asked where you live.',
        'Your home address is only for people you know in real life.',
        'Don’t tell them. Show this chat to a grown-up.',
      ),
      t(
        'Someone asked which school you go to.',
        'The name of your school helps someone find you. It is private.',
        'Don’t tell them. Tell a grown-up about the question.',
      ),
      t(
        'Someone asked for your phone number.',
        'Only your family and friends from real life should have it.',
        'Say no, and ask a grown-up.',
      ),
      t(
        'Someone asked if you are home alone.',
        'Whether you are alone is private. It is okay not to answer.',
        'Don’t answer. Tell a grown-up straight away.',
      ),
      t(
        'Someone asked for your full name and your age.',
        'Online, a nickname is best. Your real name is for people you know.',
        'Use your nickname and tell a grown-up about the question.',
      ),
    ],
    '10-12': [
      t(
        'You are being asked for your address, school or phone number.',
        'Those details let someone find you offline or reach you anywhere.',
        'Don’t share them. Say “I don’t give that out” and tell a parent.',
      ),
      t(
        'Someone asked for your password or a login code.',
        'Nobody needs your password, not even friends. With it, they can take over your account.',
        'Never share codes. Tell a parent, and change your password if you already shared it.',
      ),
      t(
        'Someone asked when your parents are out.',
        'Questions about when you are alone can be used to plan contact with you.',
        'Don’t answer, and tell an adult about the question.',
      ),
      t(
        'Someone wants photos of your school uniform or your street.',
        'Small details in photos, like a logo or a street sign, show where you are.',
        'Don’t send them. Check your photos for these details before you post anywhere.',
      ),
      t(
        'Someone is asking lots of questions about your family.',
        'Collecting details about you and your family can be a way to win your trust or pressure you later.',
        'Keep your answers general, and talk to an adult if it feels strange.',
      ),
    ],
    '13-17': [
      t(
        'Someone is asking where you live, study or hang out.',
        'Small details are easy to piece together into your location; that is how online contact becomes offline contact.',
        'Keep places vague, switch off location sharing, and don’t confirm their guesses.',
      ),
      t(
        'They asked for your number, email or your other accounts.',
        'Every extra way to reach you is another way to pressure you.',
        'Share nothing you wouldn’t give a stranger in the street. Block them if they insist.',
      ),
      t(
        'They want a code you got by SMS, or your password.',
        'That is an account-takeover trick: with the code they control your account and your contacts.',
        'Never share OTP codes or passwords. If you did, change your password and tell an adult.',
      ),
      t(
        'They are asking about your daily routine or when you are alone.',
        'Your routine can be used to find you or to meet you.',
        'Don’t share it. Mention it to someone you trust.',
      ),
      t(
        'They want personal documents or a photo of your ID card.',
        'ID details can be used for fraud or to pressure you.',
        'Never send ID photos to people online. Ask a parent if an app really needs it.',
      ),
    ],
  },
  gifts: {
    '6-9': [
      t(
        'Someone offered you diamonds, Robux or other game gifts.',
        'Gifts from strangers can make you feel you owe them.',
        'Say “no thank you” and tell a grown-up.',
      ),
      t(
        'Someone wants to give you phone credit or money.',
        'Children don’t need money from people they meet online.',
        'Don’t take it. Show the message to a grown-up.',
      ),
      t(
        'Someone says you will get a prize if you do something.',
        'Real prizes never need secrets or photos.',
        'Ask a grown-up before you do anything.',
      ),
      t(
        'Someone wants to send a present to your home.',
        'To send a present, they need your address. That is private.',
        'Don’t share your address. Tell a grown-up.',
      ),
      t(
        'Someone keeps giving you gifts in a game.',
        'Lots of gifts can be a trick to become your “special friend”.',
        'Tell Mum, Dad, a grandparent or your teacher about the gifts.',
      ),
    ],
    '10-12': [
      t(
        'Someone offered you free diamonds, Robux, skins or a top-up.',
        'Free gifts are often bait: later they may ask for photos, secrets or your account.',
        'Turn it down. Real friends don’t need to buy your attention.',
      ),
      t(
        'You were offered phone credit (pulsa), data (kuota) or e-wallet money.',
        'Money from strangers can make you feel you owe them something.',
        'Don’t accept it, and tell a parent what was offered.',
      ),
      t(
        'Someone says the gift is “our secret”.',
        'A gift that has to be hidden is a warning sign twice over.',
        'Tell an adult about both the gift and the secret.',
      ),
      t(
        'They want your login so they can “send” you the gift.',
        'A gift never needs your password. This is how accounts get stolen.',
        'Never share your login. Tell a parent.',
      ),
      t(
        'They gave you something, and now they want a favour.',
        'Turning a gift into a debt is a pressure trick. You don’t owe them anything.',
        'Stop chatting and tell an adult what they asked for.',
      ),
    ],
    '13-17': [
      t(
        'Someone you met online is offering money, credit or in-game items.',
        'Gifts are a common grooming step: they build a feeling of owing something that can be used to pressure you later.',
        'Say no politely, or just ignore it. You don’t owe anyone an explanation.',
      ),
      t(
        'They offer money for photos, videos or “modelling”.',
        'Paying a teenager for images is exploitation, whatever it is called.',
        'Don’t engage. Block, report, and tell an adult you trust.',
      ),
      t(
        'They are offering to pay for things you want: a phone, a trip, a top-up.',
        'Big gifts from someone online usually come with expectations later.',
        'Ask yourself what they might want in return, and talk to someone before accepting anything.',
      ),
      t(
        'They ask for your e-wallet or bank details to “send” money.',
        'Those details can be misused for scams, or to move money through your account.',
        'Never share account details. Tell a parent.',
      ),
      t(
        'You accepted a gift and now feel you owe them.',
        'That feeling is exactly what the gift was for. You don’t owe them anything: not photos, not a meeting.',
        'You can stop at any time. Talk to a trusted adult or SAPA 129.',
      ),
    ],
  },
  meet_offline: {
    '6-9': [
      t(
        'Someone wants to meet you.',
        'People from the internet are strangers, even when they are friendly.',
        'Never go. Tell Mum, Dad, a grandparent or your teacher.',
      ),
      t(
        'Someone asked you to come to a place.',
        'Children only go places with the grown-ups who look after them.',
        'Say no and tell a grown-up straight away.',
      ),
      t(
        'Someone said they will come to your school or your house.',
        'The grown-ups at home and at school need to know about this.',
        'Tell a grown-up today. Telling is the right thing to do.',
      ),
      t(
        'Someone wants to play with you in real life.',
        'You don’t know who they really are.',
        'Only play with friends your family knows.',
      ),
      t(
        'Someone asked you to meet them without telling anyone.',
        'A meeting that children have to keep secret is never okay.',
        'Tell a grown-up straight away. It is okay to tell.',
      ),
    ],
    '10-12': [
      t(
        'Someone you met online wants to meet up (“kopdar”).',
        'People online can lie about their age and about who they are.',
        'Don’t go. Tell a parent: if a meeting is ever okay, an adult decides and comes too.',
      ),
      t(
        'They want to meet you alone or somewhere quiet.',
        'Asking to be alone with you is a warning sign.',
        'Don’t go. Tell an adult what they suggested.',
      ),
      t(
        'They offered to pick you up or pay for your ride.',
        'Getting into someone’s car or onto their motorbike means you can’t leave when you want.',
        'Say no and tell a parent.',
      ),
      t(
        'They say they are nearby, or that they know where you are.',
        'This can be meant to frighten you, or to make you feel close to them.',
        'Stop chatting and tell an adult straight away.',
      ),
      t(
        'They want to meet and keep it secret.',
        'A secret meeting with someone from the internet is never safe.',
        'Tell a parent or teacher today, even if you already said yes.',
      ),
    ],
    '13-17': [
      t(
        'Someone you only know online wants to meet in person.',
        'Profiles and photos can be fake; even months of chatting don’t prove who someone is.',
        'Don’t go to meet someone you only know online without an adult you trust. If your parents agree, they come with you, and you meet in a busy public place.',
      ),
      t(
        'They want you to come alone, or to keep it quiet.',
        'Wanting you on your own is a red flag, however it is explained.',
        'Don’t go. Someone with good intentions won’t mind your parents knowing and coming along.',
      ),
      t(
        'They offer to pay for your travel or a hotel.',
        'Paid travel can leave you far from home and depending on them.',
        'Say no, and talk to an adult you trust.',
      ),
      t(
        'They pressure you to meet soon, or get angry when you hesitate.',
        'Pressure and anger are signs of control, not of care.',
        'End the conversation and tell someone.',
      ),
      t(
        'You already agreed to meet and now you feel unsure.',
        'You can change your mind at any time. Your safety matters more than a promise.',
        'Cancel, and tell a parent, or call SAPA 129 if you feel pressured.',
      ),
    ],
  },
  sextortion: {
    '6-9': [
      t(
        'Someone says they will show your pictures to other people.',
        'That is not okay, and it is not your fault.',
        'Don’t send anything. Tell a grown-up right now.',
      ),
      t(
        'Someone is saying mean things to make you do something.',
        'You do not have to do what they say.',
        'Stop chatting and go to Mum, Dad, a grandparent or your teacher.',
      ),
      t(
        'Someone says they will tell your parents about you.',
        'They say it to keep you quiet. You did nothing wrong.',
        'Tell a grown-up you trust first. Telling is brave.',
      ),
      t(
        'Someone wants money or phone credit from you, “or else”.',
        'Never pay. Grown-ups can help you.',
        'Show a grown-up the chat. Don’t delete it.',
      ),
      t(
        'You feel worried or sick in your tummy about a chat.',
        'That feeling means it is time to get help. Telling is brave.',
        'Go to a grown-up you trust and show them.',
      ),
    ],
    '10-12': [
      t(
        'Someone is threatening to share your photos or messages.',
        'What they are doing is a crime. It is not something you did wrong.',
        'Don’t send more and don’t pay. Tell a parent or teacher now: adults can help stop it.',
      ),
      t(
        'They want money, credit or more pictures to “keep quiet”.',
        'Paying or sending more almost never makes them stop; usually they just ask for more.',
        'Stop replying, keep the chat, and get an adult’s help straight away.',
      ),
      t(
        'They say you will be in trouble if you tell anyone.',
        'That is a lie to keep you alone. Telling is the first step to making it stop.',
        'Tell an adult you trust, or call SAPA 129.',
      ),
      t(
        'They are pushing you with a countdown or a deadline.',
        'Rushing you is a trick, so you can’t think or ask for help.',
        'Take a breath. You don’t have to answer. Go to an adult now.',
      ),
      t(
        'You feel too embarrassed to tell anyone.',
        'Many young people go through this. It is not your fault, and asking for help is brave.',
        'Start with: “Someone online is threatening me and I need help.”',
      ),
    ],
    '13-17': [
      t(
        'Someone is threatening to share intimate images or chats unless you pay or send more.',
        'This is sextortion, and it is a crime. It is not your fault, even if you sent something.',
        'Don’t pay, don’t send more, don’t delete the chat. Tell a trusted adult or call SAPA 129 (WhatsApp 08111-129-129).',
      ),
      t(
        'They are demanding money, vouchers or gift cards.',
        'Paying rarely ends it; it shows them you will pay again.',
        'Stop responding. Keep their username and the messages, then block and report the account.',
      ),
      t(
        'They say they have already sent it to your friends.',
        'Threats like this are often bluffs meant to panic you into paying.',
        'Don’t negotiate. Get help now: an adult can help you decide what to do.',
      ),
      t(
        'Your images might be shared.',
        'Take It Down (takeitdown.ncmec.org) helps under-18s stop images spreading on the apps and sites that take part; the image never leaves your device.',
        'Use it together with a trusted adult, and report the account in the app.',
      ),
      t(
        'You feel trapped, ashamed or hopeless.',
        'Those feelings are what the person wants you to feel. You are not alone, and there are people who can help.',
        'Talk to someone today: a parent, the school counsellor, your class teacher or SAPA 129 (call 129).',
      ),
    ],
  },
  flattery_trust: {
    '6-9': [
      t(
        'Someone keeps saying you are special and better than everyone else.',
        'Kind words are nice. Too many from a stranger can be a trick.',
        'Tell a grown-up what they are saying.',
      ),
      t(
        'Someone says they are your best friend, but you never met.',
        'Best friends are people you know in real life.',
        'Tell Mum, Dad, a grandparent or your teacher about this friend.',
      ),
      t(
        'Someone says only they understand you.',
        'Your family and your friends understand you too.',
        'Share how you feel with a grown-up you trust.',
      ),
      t(
        'Someone says you look older than you are.',
        'You are still a child. That kind of talk is not for children.',
        'Stop chatting and show a grown-up.',
      ),
      t(
        'Someone is extra nice and wants you to do things for them.',
        'Being nice should not come with jobs or secrets.',
        'Ask a grown-up if this is okay.',
      ),
    ],
    '10-12': [
      t(
        'Someone is praising you a lot: “you’re so mature”.',
        'Lots of praise from a stranger is a way to win your trust fast.',
        'Enjoy compliments from people you know. Tell an adult about this one.',
      ),
      t(
        'They say they are your age, but they talk like an adult.',
        'Pretending to be a kid is a common trick.',
        'Be careful, and talk to a parent about them.',
      ),
      t(
        'They say your parents don’t understand you, but they do.',
        'Putting your family down is a way to pull you closer to them.',
        'Keep talking with your family, and tell someone what was said.',
      ),
      t(
        'They say they love you, or call you their girlfriend or boyfriend.',
        '“Love” from someone you have never met can be used to control you.',
        'Slow down, and talk about it with someone you trust.',
      ),
      t(
        'They act hurt when you don’t reply quickly.',
        'Making you feel guilty is a way to pressure you.',
        'You can reply when you want to, or not at all.',
      ),
    ],
    '13-17': [
      t(
        'Someone is showering you with attention and compliments.',
        'Love-bombing builds trust fast, so that later requests feel harder to refuse.',
        'Notice the pace. Real relationships don’t need to rush.',
      ),
      t(
        'They say they are the only one who really gets you.',
        'Cutting you off from others makes it easier to pressure you.',
        'Keep your friends and family close, and check in with them about this person.',
      ),
      t(
        'They are much older than you, or avoid saying their age.',
        'An adult who wants a romantic relationship with someone under 18 is misusing their power, however caring they seem.',
        'Talk to someone you trust about it.',
      ),
      t(
        'They get jealous or angry when you talk to other people.',
        'Controlling behaviour often starts out looking like “caring too much”.',
        'You are allowed to have other people in your life. Talk to someone if this keeps happening.',
      ),
      t(
        'They say they will hurt themselves if you leave.',
        'That is emotional pressure. You are not responsible for their choices.',
        'Tell a trusted adult. If they really seem at risk, an adult can help without you having to stay.',
      ),
    ],
  },
  hidden_account: {
    '6-9': [
      t(
        'This page is about making a secret account.',
        'If something goes wrong on a secret account, nobody can help you.',
        'Use only the accounts your family knows about.',
      ),
      t(
        'You are looking at how to hide an app.',
        'Hidden apps make it hard for your family to help you.',
        'Ask a grown-up if you want a new app.',
      ),
      t(
        'This page shows how to say you are older than you are.',
        'Apps have age rules to look after children.',
        'Use your real age, and ask a grown-up.',
      ),
      t(
        'You want to make a new account by yourself.',
        'Grown-ups help set up accounts so they are safe for you.',
        'Ask Mum, Dad, a grandparent or your teacher to help you.',
      ),
      t(
        'This page talks about having a second account.',
        'One account that your family knows about is best for you.',
        'Talk to a grown-up about what you want to do online.',
      ),
    ],
    '10-12': [
      t(
        'This page explains secret, second or fake accounts.',
        'On an account no one knows about, nobody can step in if a stranger starts pressuring you.',
        'If you want more freedom online, talk to your parents about it.',
      ),
      t(
        'You are reading about hiding apps or chats.',
        'Hidden apps are where strangers prefer to talk, because adults can’t see.',
        'Keep your apps visible, and ask a parent about the privacy you want.',
      ),
      t(
        'This page is about faking your age to sign up.',
        'Age limits exist because adults can contact users on those apps.',
        'Wait until you are old enough, or use the version made for kids.',
      ),
      t(
        'You are looking for ways to get around parental controls.',
        'Those controls also keep out people who look for kids online.',
        'Talk to your parents about changing the rules instead.',
      ),
      t(
        'This is about accounts with a fake name.',
        'A fake name doesn’t make you safer. If something goes wrong, the people who could help won’t know it is you.',
        'Stay yourself, and keep your account one your family knows.',
      ),
    ],
    '13-17': [
      t(
        'This page is about secret or alternate accounts.',
        'Wanting privacy is normal at your age. But on a secret account, if someone pressures or threatens you, nobody knows to help.',
        'If you keep a private account, make sure one person you trust knows it exists.',
      ),
      t(
        'You are reading about hiding apps or “vault” apps.',
        'Vault apps are often used to hide conversations with people who don’t want to be found.',
        'Think about who gains from the secrecy.',
      ),
      t(
        'This is about faking your age on a platform.',
        'A fake adult age switches off protections and puts you in front of adults who think you are of age.',
        'Use your real age, so the safety features protect you.',
      ),
      t(
        'You are looking at throwaway accounts or burner numbers.',
        'Burner setups make reporting and getting help much harder.',
        'If something on your account worries you, talk to someone before hiding it.',
      ),
      t(
        'You want more privacy from your parents.',
        'That is a fair thing to want. Talk to them about what you need and why.',
        'Agree on privacy together, and keep a way to ask for help.',
      ),
    ],
  },
  vpn_bypass: {
    '6-9': [
      t(
        'This page is about VPNs or opening websites that are closed.',
        'Some sites are closed to keep children away from strangers.',
        'Ask a grown-up before using anything like this.',
      ),
      t(
        'You are looking at ways to get past a block.',
        'A block is like the fence around a playground: it keeps you in a good place.',
        'Tell a grown-up what you wanted to see.',
      ),
      t(
        'This page says it can unlock games or websites.',
        'Unlock apps can bring ads and people you don’t know.',
        'Don’t download it. Ask a grown-up.',
      ),
      t(
        'This page asks you to install something.',
        'Only grown-ups should install apps on this computer.',
        'Close the page and go to a grown-up.',
      ),
      t(
        'You want to see a website that is closed.',
        'A grown-up can check whether it is okay for you.',
        'Ask a grown-up you trust to look at it with you.',
      ),
    ],
    '10-12': [
      t(
        'This page is about VPNs or unblockers.',
        'Sites are often blocked because strangers or adult content are there. A VPN takes you past that fence.',
        'If a site you need is blocked, ask a parent or teacher to check it.',
      ),
      t(
        'You are reading how to get past the filters at school or at home.',
        'Filters also stop scam sites and adult sites. Without them, you meet more strangers.',
        'Talk to an adult about the site you want.',
      ),
      t(
        'This page offers a free VPN download.',
        'Free VPNs can collect your data or carry viruses.',
        'Don’t install it. Ask an adult.',
      ),
      t(
        'You are looking at proxy or mirror sites.',
        'Mirror sites copy blocked sites, with the same strangers and the same risks.',
        'Close it, and ask an adult about what you were looking for.',
      ),
      t(
        'A friend told you to use a VPN for a game.',
        'Game VPNs can connect you with players you can’t see or report.',
        'Check with a parent before trying it.',
      ),
    ],
    '13-17': [
      t(
        'This page is about VPNs or getting around blocks.',
        'A VPN isn’t wrong in itself, but using one to reach blocked sites takes you where there are strangers, no moderation and nobody to help you.',
        'Ask yourself what the block was protecting, and whether you could get help there.',
      ),
      t(
        'You are looking at free VPN apps.',
        'Free VPNs often log and sell your data, add ads, or carry malware.',
        'If you need privacy, talk with a parent about a trustworthy option.',
      ),
      t(
        'You are trying to get past a school filter.',
        'School filters also protect shared computers from scams and from sites that exploit young people.',
        'Ask a teacher or the IT staff to review a site you need for school.',
      ),
      t(
        'You want to reach a site that is blocked in Indonesia.',
        'Blocked platforms usually have little moderation and no local way to report.',
        'Think about what you would do if someone there pressured you, and who could help.',
      ),
      t(
        'Someone online told you to install a VPN so you can keep chatting.',
        'That is a way to move you somewhere nobody can see or help.',
        'Don’t. Keep the chat where it is, and tell someone.',
      ),
    ],
  },
  anonymous_chat: {
    '6-9': [
      t(
        'This website connects you with people you don’t know.',
        'You can’t see who they really are.',
        'Close this page and play with people you know.',
      ),
      t(
        'This chat picks strangers for you to talk to.',
        'Children should only chat with people their family knows.',
        'Ask a grown-up to find a good place to play.',
      ),
      t(
        'This site has video chat with strangers.',
        'Cameras with strangers are not for kids.',
        'Close it now and tell a grown-up.',
      ),
      t(
        'On this site, nobody uses their real name.',
        'When nobody uses real names, people can pretend to be someone else.',
        'Leave the site and tell a grown-up.',
      ),
      t(
        'You found a site for talking to random people.',
        'Chatting with real friends is more fun.',
        'Ask a grown-up about good games and chats for kids.',
      ),
    ],
    '10-12': [
      t(
        'This is a random chat site.',
        'Random chats are full of adults, and some of them look for kids.',
        'Leave the site. If someone already said something upsetting, tell an adult.',
      ),
      t(
        'This site has random video chat.',
        'People on video chats can record you, or show things you don’t want to see.',
        'Close it. It’s okay to tell an adult what you saw.',
      ),
      t(
        'Strangers on this site ask “asl” (age, sex, location).',
        'These questions help strangers choose who to pick on.',
        'Don’t answer, and leave.',
      ),
      t(
        'This app says it is anonymous.',
        'Anonymous means you can’t know who you are talking to, but they may find out about you.',
        'Use apps where you know the people.',
      ),
      t(
        'Someone here wants to move to another app.',
        'That is how strangers from random chats keep in touch with kids.',
        'Say no and close the chat.',
      ),
    ],
    '13-17': [
      t(
        'This is a random or anonymous chat site.',
        'Anonymous chats are where many grooming and sextortion cases start, because nobody is accountable.',
        'If you use it, stay text-only, share nothing personal, and leave at the first uncomfortable message.',
      ),
      t(
        'This site pairs you with strangers on video.',
        'Video can be recorded without you knowing and used for blackmail.',
        'Keep your camera off, or leave.',
      ),
      t(
        'Someone here asked for your socials.',
        'Linking an anonymous chat to your real accounts hands them your identity.',
        'Don’t share your socials with random matches.',
      ),
      t(
        'You are bored or lonely and looking for someone to talk to.',
        'That is a normal feeling. Anonymous sites can make it worse if someone takes advantage of it.',
        'Think about talking to a friend, the school counsellor or your class teacher. You deserve people who know you.',
      ),
      t(
        'You saw something upsetting on this site.',
        'You did nothing wrong by seeing it.',
        'Close it and talk to someone you trust. Harmful public content can be reported at aduankonten.id.',
      ),
    ],
  },
  unknown_contact: {
    '6-9': [
      t(
        'You are chatting with someone who is not in your contacts.',
        'You don’t know who they are, even if they seem friendly.',
        'Ask a grown-up before you answer.',
      ),
      t(
        'A new person sent you a message.',
        'Only chat with people your family knows.',
        'Show the message to a grown-up.',
      ),
      t('Someone says they know your family.', 'Anyone can say that online.', 'Ask your parents if it is true.'),
      t(
        'Someone you don’t know added you.',
        'You don’t have to accept people you don’t know.',
        'Say no, and tell a grown-up.',
      ),
      t(
        'Someone with no picture and no name is messaging you.',
        'You can’t tell who this is.',
        'Don’t answer. Show a grown-up.',
      ),
    ],
    '10-12': [
      t(
        'This chat is with someone who is not in your contacts.',
        'Anyone can pretend to be a kid, a friend of a friend, or a game moderator.',
        'Don’t share anything personal. Ask an adult if you are unsure.',
      ),
      t(
        'A message request came from someone you don’t know.',
        'Message requests are how strangers first reach you.',
        'You don’t have to reply or accept it. Show an adult if it seems strange.',
      ),
      t(
        'They say they are a friend of your friend.',
        'That is easy to claim. Check with your friend in real life.',
        'Ask your friend in person before you chat.',
      ),
      t(
        'They say they are from the game’s or the app’s support team.',
        'Real support staff never ask for your password or for photos.',
        'Don’t reply. Report the account.',
      ),
      t(
        'A number you don’t know is messaging you.',
        'Unknown numbers can be scams, or strangers.',
        'Don’t reply, and tell a parent.',
      ),
    ],
    '13-17': [
      t(
        'Someone who is not in your contacts is chatting with you.',
        'Strangers often pose as people your age; photos and ages are easy to fake.',
        'Go slowly, share nothing personal, and trust your gut.',
      ),
      t(
        'A new account with few posts or followers is messaging you.',
        'New, empty accounts are often fake, or made to target young people.',
        'Check their profile and mutual friends. When in doubt, don’t reply.',
      ),
      t(
        'They say they are a model scout, a recruiter or an influencer.',
        'Fake “opportunities” are a common way to ask for photos.',
        'Real agencies go through parents. Don’t send anything.',
      ),
      t(
        'An unknown number added you to a group.',
        'Groups from unknown numbers can be scams or have explicit content.',
        'Leave the group and report it.',
      ),
      t(
        'They seem to know things about you.',
        'That information may come from your public posts. It doesn’t make them trustworthy.',
        'Review your privacy settings, and tell someone if it feels off.',
      ),
    ],
  },
  oversharing: {
    '6-9': [
      t(
        'You are about to share your address.',
        'Your address is for people you know in real life.',
        'Don’t send it yet. Ask a grown-up.',
      ),
      t(
        'You are about to share your phone number.',
        'Your number is just for family and friends.',
        'Don’t send it. Ask a grown-up first.',
      ),
      t(
        'You are writing the name of your school.',
        'The name of your school is private online.',
        'Leave it out, and ask a grown-up.',
      ),
      t(
        'You are about to say that you are home alone.',
        'That is private. You don’t have to tell anyone.',
        'Don’t send it. Tell a grown-up who you are chatting with.',
      ),
      t('You are sharing your full name.', 'Online, a nickname is best.', 'Change it to your nickname.'),
    ],
    '10-12': [
      t(
        'You are typing personal details: a phone number, an address or your school.',
        'Once it is sent, you can’t take it back, and it can be passed on.',
        'Think first: do you know this person in real life?',
      ),
      t(
        'You are typing that nobody else is at home right now.',
        'That tells people when no adult is around.',
        'Don’t send it. It’s fine to say “I’m busy” instead.',
      ),
      t(
        'You are sharing a password or a code.',
        'With it, someone can take over your account.',
        'Never send passwords or codes to anyone.',
      ),
      t(
        'You are sharing where you are.',
        'Your location tells people where to find you right now.',
        'Only share your location with your family.',
      ),
      t(
        'You are sharing photos that show your school or your house.',
        'Small details show where you live or study.',
        'Check your photos before you send them.',
      ),
    ],
    '13-17': [
      t(
        'You are about to share personal details with someone.',
        'Details like your address, school or number are hard to take back and easy to misuse.',
        'Pause. Would you give this to a stranger in the street?',
      ),
      t(
        'You are sharing where you are, or where you will be.',
        'A live location lets people find you.',
        'Share it only with people you know offline.',
      ),
      t(
        'You are typing about being alone or feeling low.',
        'People who target teenagers look for moments when you feel low.',
        'Talk to someone you trust about how you feel, rather than a stranger.',
      ),
      t(
        'You are sharing an OTP code, a password or an ID number.',
        'These let others take over your accounts or commit fraud in your name.',
        'Don’t send it. If you already did, change your password and tell an adult.',
      ),
      t(
        'You are sharing details about your friends or family.',
        'Their information is theirs to share.',
        'Ask them first, and keep it general.',
      ),
    ],
  },
};
