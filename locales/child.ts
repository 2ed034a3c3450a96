import type { ChildLang } from './index';

/** Words every child surface shares: the in-page card, the block page, the popup and the report page. */
const id = {
  brand: 'Kawan Aman',
  help: 'Minta bantuan',
  why: 'Kenapa aku melihat ini?',
  notYourFault: 'Kamu tidak salah. Kamu tidak dalam masalah.',
  onDevice: 'Kawan Aman hanya bekerja di perangkat ini. Tidak ada yang dikirim ke mana pun.',
  readAloud: 'Bacakan',
  stopReading: 'Berhenti membacakan',
  tipWhat: 'Apa yang terjadi',
  tipWhy: 'Kenapa ini penting',
  tipTodo: 'Yang bisa kamu lakukan sekarang',
};

const en: typeof id = {
  brand: 'Kawan Aman',
  help: 'Get help',
  why: 'Why am I seeing this?',
  notYourFault: "It's not your fault. You're not in trouble.",
  onDevice: 'Kawan Aman works only on this device. Nothing is sent anywhere.',
  readAloud: 'Read aloud',
  stopReading: 'Stop reading',
  tipWhat: 'What is happening',
  tipWhy: 'Why it matters',
  tipTodo: 'What you can do now',
};

const jv: typeof id = {
  brand: 'Kawan Aman',
  help: 'Njaluk tulung',
  why: 'Lapo aku ndelok iki?',
  notYourFault: 'Iki dudu salahmu. Koen gak kenek masalah.',
  onDevice: 'Kawan Aman mek mlaku nang komputer iki. Gak onok sing dikirim nang endi-endi.',
  readAloud: 'Bacakno',
  stopReading: 'Mandekno',
  tipWhat: 'Onok opo',
  tipWhy: 'Lapo iki penting',
  tipTodo: 'Sing isok koen lakoni saiki',
};

export const childWords: Record<ChildLang, typeof id> = { id, en, jv };
