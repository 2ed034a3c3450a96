import type { Lang } from './index';

/**
 * The card gallery (`cards.html`) for parents and teachers: every card a child can see, in each language and age
 * band, with the words it would say. The page is for adults (id/en); the cards themselves speak the child's language.
 */
const id = {
  pageTitle: 'Kartu untuk anak — Kawan Aman',
  title: 'Kartu yang dilihat anak',
  intro:
    'Di sini Anda bisa melihat setiap kartu yang bisa muncul untuk anak: apa yang terjadi, kenapa itu penting, dan satu hal yang bisa dilakukan sekarang. Kata-katanya dipilih dari apa yang benar-benar ditemukan.',
  language: 'Bahasa kartu',
  ageBand: 'Umur anak',
  category: 'Yang ditemukan',
  context: 'Di mana',
  signal: 'Lebih tepatnya',
  signalNone: 'Umum',
  stranger: 'Orang itu belum dikenal anak',
  action: 'Jenis kartu',
  actions: { tip: 'Tips', warn: 'Kartu peringatan' },
  contexts: {
    chat: 'Di chat',
    search: 'Di pencarian',
    page: 'Di halaman web',
    site: 'Situs dari daftar',
    download: 'Halaman unduhan aplikasi',
    typed: 'Saat anak mengetik',
  },
  example: 'Contoh kartu (tombolnya tidak melakukan apa pun di sini)',
  allLines: 'Semua kalimat untuk yang ditemukan ini',
  what: 'Apa yang terjadi',
  why: 'Kenapa penting',
  todo: 'Yang bisa dilakukan',
  ages: { '6-9': '6–9 tahun', '10-12': '10–12 tahun', '13-17': '13–17 tahun' },
};

const en: typeof id = {
  pageTitle: 'The child’s cards — Kawan Aman',
  title: 'The cards your child sees',
  intro:
    'Here you can see every card your child may get: what happened, why it matters, and one thing to do now. The words are chosen from what was actually found.',
  language: 'Card language',
  ageBand: 'Child’s age',
  category: 'What was found',
  context: 'Where',
  signal: 'More exactly',
  signalNone: 'In general',
  stranger: 'The person is someone the child does not know',
  action: 'Kind of card',
  actions: { tip: 'Tip', warn: 'Warning card' },
  contexts: {
    chat: 'In a chat',
    search: 'In a search',
    page: 'On a web page',
    site: 'A site on a list',
    download: 'An app’s download page',
    typed: 'While the child types',
  },
  example: 'An example card (its buttons do nothing here)',
  allLines: 'Every line for this finding',
  what: 'What happened',
  why: 'Why it matters',
  todo: 'What to do',
  ages: { '6-9': '6–9 years', '10-12': '10–12 years', '13-17': '13–17 years' },
};

export const cardsWords: Record<Lang, typeof id> = { id, en };

/** What each signal is, in the parent's words. */
export const signalWords: Record<Lang, Record<string, string>> = {
  id: {
    keep_secret: 'Diminta tidak bilang ke orang tua',
    hide_chat: 'Diminta menghapus atau menyembunyikan chat',
    photo: 'Diminta foto (“pap”)',
    explicit: 'Diminta foto telanjang',
    video_call: 'Diajak video call pribadi',
    sexual_talk: 'Obrolan seksual',
    phone: 'Nomor HP',
    address: 'Alamat rumah',
    school: 'Sekolah',
    age: 'Umur',
    alone: 'Sendirian di rumah?',
    game_currency: 'Diamond, Robux, hadiah game',
    credit_money: 'Pulsa, kuota, uang',
    looks: 'Memuji wajah atau badan',
    special_bond: '“Hanya aku yang mengerti kamu”',
    hide_from_parents: 'Menyembunyikan dari orang tua',
    unblock: 'Membuka situs yang diblokir',
    home_alone: 'Bilang sendirian di rumah',
  },
  en: {
    keep_secret: 'Asked not to tell the parents',
    hide_chat: 'Asked to delete or hide the chat',
    photo: 'Asked for a photo (“pap”)',
    explicit: 'Asked for a nude photo',
    video_call: 'Asked for a private video call',
    sexual_talk: 'Sexual talk',
    phone: 'Phone number',
    address: 'Home address',
    school: 'School',
    age: 'Age',
    alone: 'Home alone?',
    game_currency: 'Diamonds, Robux, game gifts',
    credit_money: 'Phone credit, data, money',
    looks: 'Praise for face or body',
    special_bond: '“Only I understand you”',
    hide_from_parents: 'Hiding things from parents',
    unblock: 'Opening blocked sites',
    home_alone: 'Saying they are home alone',
  },
};
