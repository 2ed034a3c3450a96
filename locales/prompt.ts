import type { Lang } from './index';

const id = {
  tipTitle: 'Tips dari Kawan Aman',
  warnTitle: 'Tunggu sebentar, ya',
  noticed: 'Kawan Aman melihat sesuatu yang perlu kamu tahu.',
  notYourFault: 'Kamu tidak salah. Kamu tidak dalam masalah.',
  why: 'Kenapa aku melihat ini?',
  help: 'Minta bantuan',
  close: 'Tutup',
  back: 'Kembali',
  continue: 'Saya mengerti, lanjut',
  continueIn: 'Lanjut dalam {seconds} detik',
  readAloud: 'Bacakan',
  label: 'Pesan dari Kawan Aman',
};

const en: typeof id = {
  tipTitle: 'A tip from Kawan Aman',
  warnTitle: 'Wait a moment',
  noticed: 'Kawan Aman noticed something you should know about.',
  notYourFault: "It's not your fault. You're not in trouble.",
  why: 'Why am I seeing this?',
  help: 'Get help',
  close: 'Close',
  back: 'Go back',
  continue: 'I understand, continue',
  continueIn: 'Continue in {seconds} seconds',
  readAloud: 'Read aloud',
  label: 'Message from Kawan Aman',
};

export const promptWords: Record<Lang, typeof id> = { id, en };
