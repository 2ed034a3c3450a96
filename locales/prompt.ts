import type { Lang } from './index';

/** The in-page tip and warning card. Shared words (help, why, read aloud) are in `child.ts`. */
const id = {
  tipTitle: 'Tips dari Kawan Aman',
  warnTitle: 'Tunggu sebentar, ya',
  whyWarn: 'Kawan Aman membaca obrolan dan halaman di perangkat ini untuk menjagamu, dan menemukan ini:',
  close: 'Tutup tips',
  back: 'Kembali',
  continue: 'Saya mengerti, lanjut',
  continueIn: 'Lanjut dalam {seconds} detik',
};

const en: typeof id = {
  tipTitle: 'A tip from Kawan Aman',
  warnTitle: 'Wait a moment',
  whyWarn: 'Kawan Aman reads chats and pages on this device to look out for you, and found this:',
  close: 'Close the tip',
  back: 'Go back',
  continue: 'I understand, continue',
  continueIn: 'Continue in {seconds} seconds',
};

export const promptWords: Record<Lang, typeof id> = { id, en };
