import type { ChildLang } from './index';

/** The block page (`blocked.html`): calm, explains why in child words, help first, continue only with the PIN. */
const id = {
  pageTitle: 'Halaman ditutup — Kawan Aman',
  title: 'Halaman ini ditutup dulu, ya',
  reasonSite: 'Orang tuamu atau sekolahmu memilih untuk menutup situs ini.',
  reasonContent: 'Kawan Aman melihat sesuatu di halaman ini yang tidak baik untukmu.',
  site: 'Situs',
  whySite: 'Beberapa situs ditutup karena ada orang asing atau hal untuk orang dewasa. Ini bukan hukuman.',
  siteTodoHeading: 'Yang bisa kamu lakukan',
  siteTodo:
    'Butuh situs ini untuk sekolah? Minta orang tua atau gurumu melihatnya bersamamu. Mereka bisa membukanya kalau situs ini baik untukmu.',
  tipHeading: 'Tips untukmu',
  /** Says where it goes: the tab leaves for a calm page of Kawan Aman's own, never back to the blocked page. */
  leave: 'Tinggalkan halaman ini',
  parentTitle: 'Untuk orang tua atau guru',
  parentLead: 'Halaman ini bisa dibuka sebentar dengan PIN orang tua.',
  pinLabel: 'PIN orang tua',
  pinSubmit: 'Buka halaman',
  pinChecking: 'Memeriksa…',
  pinWrong: 'PIN-nya belum benar. Coba lagi.',
  pinLocked: 'Terlalu banyak percobaan. Coba lagi dalam {seconds} detik.',
  pinNone: 'Belum ada PIN orang tua di perangkat ini, jadi halaman ini tetap ditutup.',
  pinInvalid: 'Alamat halaman ini tidak bisa dibuka.',
  opened: 'Terbuka selama {minutes} menit. Membuka halaman…',
};

const en: typeof id = {
  pageTitle: 'Page closed — Kawan Aman',
  title: 'This page is closed for now',
  reasonSite: 'Your parent or your school chose to close this site.',
  reasonContent: 'Kawan Aman noticed something on this page that is not good for you.',
  site: 'Site',
  whySite: 'Some sites are closed because of strangers or grown-up things there. It is not a punishment.',
  siteTodoHeading: 'What you can do',
  siteTodo:
    'Need this site for school? Ask your parent or teacher to look at it with you. They can open it if it is okay for you.',
  tipHeading: 'A tip for you',
  leave: 'Leave this page',
  parentTitle: 'For a parent or teacher',
  parentLead: 'This page can be opened for a while with the parent’s PIN.',
  pinLabel: 'Parent’s PIN',
  pinSubmit: 'Open the page',
  pinChecking: 'Checking…',
  pinWrong: 'That PIN is not right. Try again.',
  pinLocked: 'Too many tries. Try again in {seconds} seconds.',
  pinNone: 'No parent PIN is set on this device, so this page stays closed.',
  pinInvalid: 'This page’s address cannot be opened.',
  opened: 'Open for {minutes} minutes. Opening the page…',
};

const jv: typeof id = {
  pageTitle: 'Halaman ditutup — Kawan Aman',
  title: 'Halaman iki ditutup sik, yo',
  reasonSite: 'Wong tuwomu utowo sekolahmu milih nutup situs iki.',
  reasonContent: 'Kawan Aman nemu perkoro nang halaman iki sing gak apik gawe koen.',
  site: 'Situs',
  whySite: 'Onok situs sing ditutup mergo onok wong liyo utowo perkoro wong gedhe. Iki dudu ukuman.',
  siteTodoHeading: 'Sing isok koen lakoni',
  siteTodo:
    'Butuh situs iki gawe sekolah? Jaluken wong tuwomu utowo gurumu ndelok bareng koen. Lek situse apik gawe koen, isok dibukakno.',
  tipHeading: 'Tips gawe koen',
  leave: 'Metu teko halaman iki',
  parentTitle: 'Gawe wong tuwo utowo guru',
  parentLead: 'Halaman iki isok dibukak sawetoro nganggo PIN wong tuwo.',
  pinLabel: 'PIN wong tuwo',
  pinSubmit: 'Bukak halaman',
  pinChecking: 'Dicek sik…',
  pinWrong: 'PIN-e durung bener. Jajalen maneh.',
  pinLocked: 'Kakehan njajal. Enteni {seconds} detik, terus jajalen maneh.',
  pinNone: 'Durung onok PIN wong tuwo nang komputer iki, dadi halaman iki tetep ditutup.',
  pinInvalid: 'Alamat halaman iki gak isok dibukak.',
  opened: 'Dibukak {minutes} menit. Halamane lagi dibukak…',
};

export const blockedWords: Record<ChildLang, typeof id> = { id, en, jv };
