import type { Category } from '../lib/detection/types';
import type { Lang } from './index';

interface CategoryWords {
  /** A short name a child understands. */
  name: string;
  /** Why the child is seeing this, in one or two short sentences for a 9-year-old. */
  why: string;
}

const id: Record<Category, CategoryWords> = {
  secrecy: {
    name: 'Diminta merahasiakan',
    why: 'Ada yang memintamu merahasiakan obrolan dari orang tua. Teman yang baik tidak meminta itu. Kamu boleh cerita ke orang dewasa yang kamu percaya.',
  },
  move_private: {
    name: 'Diajak pindah ke aplikasi lain',
    why: 'Ada yang mengajakmu pindah ke WhatsApp, Telegram, atau tempat lain yang lebih tersembunyi. Di sana lebih sulit orang dewasa membantumu.',
  },
  sexual_request: {
    name: 'Diminta foto atau video',
    why: 'Ada yang meminta foto, video, atau video call yang tidak pantas. Kamu boleh menolak dan tidak perlu membalas.',
  },
  personal_info: {
    name: 'Ditanya data pribadi',
    why: 'Ada yang menanyakan alamat, sekolah, nomor HP, atau hal pribadi lain. Data ini sebaiknya hanya untuk orang yang kamu kenal di dunia nyata.',
  },
  gifts: {
    name: 'Ditawari hadiah',
    why: 'Ada yang menawarkan diamond, pulsa, atau uang. Hadiah dari orang asing kadang dipakai supaya kamu merasa berutang.',
  },
  meet_offline: {
    name: 'Diajak ketemuan',
    why: 'Ada yang mengajakmu bertemu langsung. Jangan pergi sendiri. Ceritakan dulu ke orang tua atau guru.',
  },
  sextortion: {
    name: 'Diancam',
    why: 'Ada yang mengancammu. Ini bukan salahmu. Jangan kirim apa pun dan jangan bayar. Segera minta bantuan orang dewasa.',
  },
  flattery_trust: {
    name: 'Dipuji berlebihan',
    why: 'Ada yang memuji terus-menerus atau bilang hanya dia yang mengerti kamu. Kadang orang asing melakukan ini supaya kamu percaya.',
  },
  hidden_account: {
    name: 'Akun rahasia',
    why: 'Halaman ini tentang akun rahasia. Kalau ada masalah di akun yang tidak diketahui siapa pun, tidak ada yang bisa menolongmu.',
  },
  vpn_bypass: {
    name: 'VPN atau pembuka blokir',
    why: 'Halaman ini tentang VPN atau cara membuka situs yang diblokir. Situs yang diblokir sering punya orang asing dan hal yang tidak aman.',
  },
  anonymous_chat: {
    name: 'Chat dengan orang asing',
    why: 'Situs ini mempertemukanmu dengan orang asing secara acak. Kamu tidak tahu siapa mereka sebenarnya.',
  },
  unknown_contact: {
    name: 'Orang yang belum kamu kenal',
    why: 'Orang ini tidak ada di kontakmu. Hati-hati, orang di internet bisa berpura-pura jadi orang lain.',
  },
  oversharing: {
    name: 'Memberi data pribadi',
    why: 'Kamu mau membagikan hal pribadi seperti nomor HP, alamat, atau sekolah. Pikir dulu: apakah kamu kenal orang ini di dunia nyata?',
  },
};

const en: Record<Category, CategoryWords> = {
  secrecy: {
    name: 'Asked to keep a secret',
    why: 'Someone asked you to keep this chat secret from your parents. A good friend does not ask that. You can tell an adult you trust.',
  },
  move_private: {
    name: 'Asked to move to another app',
    why: 'Someone wants you to move to WhatsApp, Telegram or another hidden place. There it is harder for adults to help you.',
  },
  sexual_request: {
    name: 'Asked for photos or videos',
    why: 'Someone asked for a photo, a video or a video call that is not okay. You can say no and you do not have to answer.',
  },
  personal_info: {
    name: 'Asked for personal details',
    why: 'Someone asked for your address, school, phone number or other private things. Keep these for people you know in real life.',
  },
  gifts: {
    name: 'Offered gifts',
    why: 'Someone offered diamonds, phone credit or money. Strangers sometimes give gifts so you feel you owe them.',
  },
  meet_offline: {
    name: 'Asked to meet',
    why: 'Someone wants to meet you in person. Never go alone. Tell a parent or teacher first.',
  },
  sextortion: {
    name: 'Threatened',
    why: 'Someone is threatening you. This is not your fault. Do not send anything and do not pay. Get help from an adult now.',
  },
  flattery_trust: {
    name: 'Too much praise',
    why: 'Someone keeps praising you or says only they understand you. Strangers sometimes do this to win your trust.',
  },
  hidden_account: {
    name: 'Secret accounts',
    why: 'This page is about secret accounts. If something goes wrong on an account nobody knows about, nobody can help you.',
  },
  vpn_bypass: {
    name: 'VPNs and unblockers',
    why: 'This page is about VPNs or opening blocked sites. Blocked sites often have strangers and things that are not safe.',
  },
  anonymous_chat: {
    name: 'Chatting with strangers',
    why: 'This site puts you in chats with random strangers. You cannot know who they really are.',
  },
  unknown_contact: {
    name: 'Someone you do not know',
    why: 'This person is not in your contacts. Be careful: people online can pretend to be someone else.',
  },
  oversharing: {
    name: 'Sharing private details',
    why: 'You are about to share something private, like a phone number, address or school. Stop and think: do you know this person in real life?',
  },
};

export const categoryWords: Record<Lang, Record<Category, CategoryWords>> = { id, en };
