import type { ChildLang } from './index';

/** The in-page tip and warning card. Shared words (help, why, read aloud) are in `child.ts`. */
const id = {
  tipTitle: 'Tips dari Kawan Aman',
  warnTitle: 'Tunggu sebentar, ya',
  whyWarn: 'Kawan Aman membaca obrolan dan halaman di perangkat ini untuk menjagamu, dan menemukan ini:',
  close: 'Tutup tips',
  /** Says where it goes: the tab leaves the page or chat for a calm page of Kawan Aman's own. */
  leave: 'Tinggalkan halaman ini',
  continue: 'Saya mengerti, lanjut',
  continueIn: 'Lanjut dalam {seconds} detik',
  /** On the warning page, a tab of its own: the page the child was on kept the card from being seen (issue #15). */
  movedHere: 'Halaman tadi menyembunyikan pesan ini. Kawan Aman menunjukkannya di sini.',
};

const en: typeof id = {
  tipTitle: 'A tip from Kawan Aman',
  warnTitle: 'Wait a moment',
  whyWarn: 'Kawan Aman reads chats and pages on this device to look out for you, and found this:',
  close: 'Close the tip',
  leave: 'Leave this page',
  continue: 'I understand, continue',
  continueIn: 'Continue in {seconds} seconds',
  movedHere: 'The page you were on hid this message. Kawan Aman shows it here.',
};

const jv: typeof id = {
  tipTitle: 'Tips teko Kawan Aman',
  warnTitle: 'Enteni sik, yo',
  whyWarn: 'Kawan Aman moco chat ambek halaman nang komputer iki gawe njogo koen, terus nemu iki:',
  close: 'Tutup tips',
  leave: 'Metu teko halaman iki',
  continue: 'Aku ngerti, terusno',
  continueIn: 'Isok diterusno {seconds} detik maneh',
  movedHere: 'Halaman sing mau ndhelikno pesen iki. Kawan Aman nuduhno nang kene.',
};

export const promptWords: Record<ChildLang, typeof id> = { id, en, jv };
