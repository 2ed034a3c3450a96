import type { Lang } from './index';

/** The in-page tip and warning card. Shared words (help, why, read aloud) are in `child.ts`. */
const id = {
  tipTitle: 'Tips dari Kawan Aman',
  warnTitle: 'Tunggu sebentar, ya',
  noticed: 'Kawan Aman melihat sesuatu yang perlu kamu tahu.',
  whyWarn: 'Kawan Aman membaca obrolan dan halaman di perangkat ini untuk menjagamu, dan menemukan ini:',
  close: 'Tutup tips',
  back: 'Kembali',
  continue: 'Saya mengerti, lanjut',
  continueIn: 'Lanjut dalam {seconds} detik',
  label: 'Pesan dari Kawan Aman',
  hint: 'Tekan Esc untuk menutup.',
};

const en: typeof id = {
  tipTitle: 'A tip from Kawan Aman',
  warnTitle: 'Wait a moment',
  noticed: 'Kawan Aman noticed something you should know about.',
  whyWarn: 'Kawan Aman reads chats and pages on this device to look out for you, and found this:',
  close: 'Close the tip',
  back: 'Go back',
  continue: 'I understand, continue',
  continueIn: 'Continue in {seconds} seconds',
  label: 'Message from Kawan Aman',
  hint: 'Press Esc to close.',
};

export const promptWords: Record<Lang, typeof id> = { id, en };
