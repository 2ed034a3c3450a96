import type { ChildLang } from './index';

/** The calm page a child lands on after "Tinggalkan halaman ini / Leave this page" (`left.html`, issue #14). */
const id = {
  pageTitle: 'Kamu sudah pergi — Kawan Aman',
  title: 'Kamu sudah meninggalkan halaman itu',
  lead: 'Pilihan yang bagus.',
  tell: 'Kalau masih ada yang kamu pikirkan, ceritakan ke Ayah, Ibu, Mbah, atau gurumu.',
  onward: 'Kamu bisa membuka situs lain dari kolom alamat di atas.',
};

const en: typeof id = {
  pageTitle: 'You left — Kawan Aman',
  title: 'You left that page',
  lead: 'That was a good choice.',
  tell: 'If it is still on your mind, tell Mum, Dad, a grandparent or your teacher.',
  onward: 'You can open another site from the address bar at the top.',
};

const jv: typeof id = {
  pageTitle: 'Koen wes metu — Kawan Aman',
  title: 'Koen wes metu teko halaman iku',
  lead: 'Pilihanmu apik.',
  tell: 'Lek koen sik kepikiran, critakno nang Ayah, Ibu, Mbah, utowo gurumu.',
  onward: 'Koen isok mbukak situs liyo teko kolom alamat nang nduwur.',
};

export const leftWords: Record<ChildLang, typeof id> = { id, en, jv };
