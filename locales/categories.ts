import type { Category } from '../lib/detection/types';
import type { ChildLang } from './index';

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
    why: 'Ada yang mengajakmu bertemu langsung. Orang dari internet bisa berbeda dari yang dia katakan.',
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
    why: 'Ini tentang akun rahasia. Kalau ada masalah di akun yang tidak diketahui siapa pun, tidak ada yang bisa menolongmu.',
  },
  vpn_bypass: {
    name: 'VPN atau pembuka blokir',
    why: 'Ini tentang VPN atau cara membuka situs yang diblokir. Di situs yang diblokir sering ada orang asing dan hal yang tidak aman.',
  },
  anonymous_chat: {
    name: 'Chat dengan orang asing',
    why: 'Ini tentang chat acak dengan orang asing. Kamu tidak tahu siapa mereka sebenarnya.',
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
    why: 'Someone wants to meet you in person. People from the internet may not be who they say.',
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
    why: 'This is about secret accounts. If something goes wrong on an account nobody knows about, nobody can help you.',
  },
  vpn_bypass: {
    name: 'VPNs and unblockers',
    why: 'This is about VPNs or opening blocked sites. Blocked sites often have strangers and things that are not safe.',
  },
  anonymous_chat: {
    name: 'Chatting with strangers',
    why: 'This is about random chats with strangers. You cannot know who they really are.',
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

const jv: Record<Category, CategoryWords> = {
  secrecy: {
    name: 'Dijaluk ngrahasiakno',
    why: 'Onok sing njaluk chat iki dirahasiakno teko wong tuwomu. Konco sing apik gak njaluk ngono. Koen oleh crito nang wong gedhe sing mbok percoyo.',
  },
  move_private: {
    name: 'Dijak pindah aplikasi',
    why: 'Onok sing ngajak koen pindah nang WhatsApp, Telegram, utowo panggonan liyo sing luwih ndhelik. Nang kono wong gedhe luwih angel nulungi koen.',
  },
  sexual_request: {
    name: 'Dijaluki foto utowo video',
    why: 'Onok sing njaluk foto, video, utowo video call sing gak pantes. Koen oleh nolak, gak perlu mbales.',
  },
  personal_info: {
    name: 'Ditakoni data pribadi',
    why: 'Onok sing takon alamat, sekolah, nomer HP, utowo perkoro pribadi liyane. Data iki mek gawe wong sing mbok kenal nang dunia nyata.',
  },
  gifts: {
    name: 'Ditawani hadiah',
    why: 'Onok sing nawani diamond, pulsa, utowo duit. Hadiah teko wong liyo kadhang dienggo cek koen rumongso utang.',
  },
  meet_offline: {
    name: 'Dijak ketemuan',
    why: 'Onok sing ngajak koen ketemuan langsung. Wong teko internet isok bedo ambek omongane.',
  },
  sextortion: {
    name: 'Diancam',
    why: 'Onok sing ngancam koen. Iki dudu salahmu. Ojok ngirim opo-opo, ojok mbayar. Ndang njaluk tulung nang wong gedhe.',
  },
  flattery_trust: {
    name: 'Dialem kebangeten',
    why: 'Onok sing ngalem terus utowo ngomong mek de’e sing ngerti koen. Wong liyo kadhang nglakoni iki cek koen percoyo.',
  },
  hidden_account: {
    name: 'Akun rahasia',
    why: 'Iki soal akun rahasia. Lek onok masalah nang akun sing gak dingerteni sopo-sopo, gak onok sing isok nulungi.',
  },
  vpn_bypass: {
    name: 'VPN utowo pembuka blokir',
    why: 'Iki soal VPN utowo carane mbukak situs sing diblokir. Situs sing diblokir sering akeh wong liyo ambek perkoro sing gak aman.',
  },
  anonymous_chat: {
    name: 'Chat ambek wong liyo',
    why: 'Iki soal chat acak ambek wong sing gak mbok kenal. Koen gak ngerti sopo de’e sakjane.',
  },
  unknown_contact: {
    name: 'Wong sing durung mbok kenal',
    why: 'Wong iki gak onok nang kontakmu. Ati-ati, wong nang internet isok ngaku dadi sopo ae.',
  },
  oversharing: {
    name: 'Ngekei data pribadi',
    why: 'Koen arep ngekei perkoro pribadi kayak nomer HP, alamat, utowo sekolah. Pikiren sik: koen kenal wong iki nang dunia nyata tah?',
  },
};

export const categoryWords: Record<ChildLang, Record<Category, CategoryWords>> = { id, en, jv };
