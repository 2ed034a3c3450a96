import type { Lang } from './index';

/** Words every child surface shares: the in-page prompt, the block page and the popup. */
const id = {
  brand: 'Kawan Aman',
  help: 'Minta bantuan',
  why: 'Kenapa aku melihat ini?',
  notYourFault: 'Kamu tidak salah. Kamu tidak dalam masalah.',
  onDevice: 'Kawan Aman hanya bekerja di perangkat ini. Tidak ada yang dikirim ke mana pun.',
  readAloud: 'Bacakan',
  stopReading: 'Berhenti membacakan',
  voiceMissing: 'Suara untuk membacakan belum tersedia di perangkat ini.',
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
  voiceMissing: 'There is no voice for reading aloud on this device yet.',
  tipWhat: 'What is happening',
  tipWhy: 'Why it matters',
  tipTodo: 'What you can do now',
};

export const childWords: Record<Lang, typeof id> = { id, en };
