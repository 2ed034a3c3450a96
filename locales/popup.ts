import type { ChildLang } from './index';

/** The toolbar popup: status, help, today's tip, the tips browser and what a parent can see. */
const id = {
  statusOn: 'Kawan Aman sedang menjaga',
  statusOnDetail: 'Kalau Kawan Aman melihat sesuatu yang kurang aman, kamu akan mendapat tips.',
  statusPaused: 'Kawan Aman sedang istirahat',
  statusPausedUntil: 'Orang tuamu mengistirahatkan Kawan Aman sampai {time}.',
  statusSchool: 'Diatur oleh sekolah',
  statusSchoolDetail: 'Sekolahmu yang mengatur Kawan Aman di perangkat ini.',
  labTitle: 'Komputer bersama sekolah',
  labDetail:
    'Komputer ini dipakai bergantian di sekolah. Kawan Aman tidak menyimpan namamu, situs yang kamu buka, atau obrolanmu.',
  helpLead: 'Ada yang membuatmu bingung, sedih, atau tidak nyaman? Kamu boleh minta bantuan kapan saja.',
  todayTip: 'Tips hari ini',
  tipsTitle: 'Belajar tips',
  topicLabel: 'Pilih topik',
  tipCount: 'Tips {n} dari {total}',
  previous: 'Tips sebelumnya',
  next: 'Tips berikutnya',
  privacyTitle: 'Apa yang bisa dilihat orang tuamu?',
  privacyTitleLab: 'Apa yang bisa dilihat sekolah?',
  privacyKeptTitle: 'Yang disimpan di perangkat ini',
  privacyKept: [
    'Kapan Kawan Aman memberi tips atau peringatan',
    'Jenis hal yang dilihatnya, misalnya “diminta foto”',
    'Pilihanmu: meninggalkan halaman, lanjut, atau minta bantuan',
    'Nama situsnya saja, misalnya “chat.example.com”',
  ],
  privacySnippets: 'Orang tuamu memilih menyimpan potongan pendek pesan di sekitar kata yang ditandai.',
  privacyNeverTitle: 'Yang tidak pernah disimpan',
  privacyNever: ['Isi lengkap pesan dan obrolanmu', 'Foto dan videomu', 'Apa yang kamu ketik'],
  privacyLab:
    'Di komputer sekolah ini, Kawan Aman hanya menghitung berapa kali ada tips setiap hari. Tidak ada nama, jam, situs, atau pesan yang disimpan.',
  privacyReports: 'Laporan yang kamu buat sendiri tetap milikmu sampai kamu atau orang tuamu menghapusnya.',
  privacyReportsLab:
    'Laporan yang kamu buat di komputer ini dihapus setelah browser ditutup, jadi murid lain tidak bisa membacanya.',
  languageLabel: 'Bahasa',
  loading: 'Memuat…',
};

const en: typeof id = {
  statusOn: 'Kawan Aman is looking out for you',
  statusOnDetail: 'If Kawan Aman notices something that may not be safe, it gives you a tip.',
  statusPaused: 'Kawan Aman is taking a break',
  statusPausedUntil: 'Your parent paused Kawan Aman until {time}.',
  statusSchool: 'Managed by your school',
  statusSchoolDetail: 'Your school sets up Kawan Aman on this device.',
  labTitle: 'Shared school computer',
  labDetail: 'Many students use this computer. Kawan Aman does not keep your name, the sites you visit or your chats.',
  helpLead: 'Is something making you confused, sad or uncomfortable? You can ask for help at any time.',
  todayTip: "Today's tip",
  tipsTitle: 'Learn with tips',
  topicLabel: 'Choose a topic',
  tipCount: 'Tip {n} of {total}',
  previous: 'Previous tip',
  next: 'Next tip',
  privacyTitle: 'What can your parent see?',
  privacyTitleLab: 'What can your school see?',
  privacyKeptTitle: 'What is kept on this device',
  privacyKept: [
    'When Kawan Aman gave a tip or a warning',
    'What kind of thing it noticed, like “asked for photos”',
    'What you chose: leave the page, continue or get help',
    'Only the website’s name, like “chat.example.com”',
  ],
  privacySnippets: 'Your parent chose to keep short bits of the message around the flagged words.',
  privacyNeverTitle: 'What is never kept',
  privacyNever: ['The full text of your messages and chats', 'Your photos and videos', 'What you type'],
  privacyLab:
    'On this school computer, Kawan Aman only counts how many tips there were each day. No names, times, sites or messages are kept.',
  privacyReports: 'Reports you make yourself stay yours until you or your parent delete them.',
  privacyReportsLab:
    'Reports you make on this computer are deleted after the browser is closed, so other students can’t read them.',
  languageLabel: 'Language',
  loading: 'Loading…',
};

const jv: typeof id = {
  statusOn: 'Kawan Aman lagi njogo koen',
  statusOnDetail: 'Lek Kawan Aman nemu perkoro sing kurang aman, koen oleh tips.',
  statusPaused: 'Kawan Aman lagi leren',
  statusPausedUntil: 'Wong tuwomu ngelerenno Kawan Aman sampek {time}.',
  statusSchool: 'Diatur sekolah',
  statusSchoolDetail: 'Sekolahmu sing ngatur Kawan Aman nang komputer iki.',
  labTitle: 'Komputer bareng nang sekolah',
  labDetail:
    'Komputer iki dienggo gantian nang sekolah. Kawan Aman gak nyimpen jenengmu, situs sing mbok bukak, utowo chat-mu.',
  helpLead: 'Onok sing nggawe koen bingung, susah, utowo gak penak? Koen oleh njaluk tulung kapan ae.',
  todayTip: 'Tips dino iki',
  tipsTitle: 'Sinau tips',
  topicLabel: 'Pilih topik',
  tipCount: 'Tips {n} teko {total}',
  previous: 'Tips sakdurunge',
  next: 'Tips sakteruse',
  privacyTitle: 'Opo sing isok dideloki wong tuwomu?',
  privacyTitleLab: 'Opo sing isok dideloki sekolah?',
  privacyKeptTitle: 'Sing disimpen nang komputer iki',
  privacyKept: [
    'Kapan Kawan Aman ngekei tips utowo peringatan',
    'Jinise perkoro sing dideloki, contone “dijaluki foto”',
    'Pilihanmu: metu, nerusno, utowo njaluk tulung',
    'Mek jeneng situse, contone “chat.example.com”',
  ],
  privacySnippets: 'Wong tuwomu milih nyimpen potongan cendhek pesen nang sekitar tembung sing ditandhani.',
  privacyNeverTitle: 'Sing gak tau disimpen',
  privacyNever: ['Isi lengkap pesen ambek chat-mu', 'Foto ambek videomu', 'Opo sing mbok ketik'],
  privacyLab:
    'Nang komputer sekolah iki, Kawan Aman mek ngitung onok piro tips saben dino. Gak onok jeneng, jam, situs, utowo pesen sing disimpen.',
  privacyReports: 'Laporan sing mbok gawe dhewe tetep duwekmu, sampek dihapus koen utowo wong tuwomu.',
  privacyReportsLab:
    'Laporan sing mbok gawe nang komputer iki dihapus mari browser ditutup, dadi murid liyo gak isok moco.',
  languageLabel: 'Boso',
  loading: 'Sek…',
};

export const popupWords: Record<ChildLang, typeof id> = { id, en, jv };

const LANGUAGE_NAMES: Record<ChildLang, string> = { id: 'Bahasa Indonesia', en: 'English', jv: 'Boso Jowo' };

/** Each language is named in its own words, whatever the popup's language is. */
export function languageName(lang: ChildLang): string {
  return LANGUAGE_NAMES[lang];
}
