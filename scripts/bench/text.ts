/**
 * Deterministic "mixed chat/page text" for the benchmark: chat lines and page paragraphs in Indonesian, English and
 * Javanese, drawn from the rule author's labelled items (`tests/fixtures/texts`, risky and harmless alike) and from
 * ordinary prose, shuffled with a seeded generator so every run scans the same bytes. The items are read here, not
 * through the corpus loader, which grows with every writer: the figures stay comparable from run to run.
 */
import fs from 'node:fs';
import path from 'node:path';

const TEXTS = path.resolve(import.meta.dirname, '../../tests/fixtures/texts');

interface Item {
  id: string;
  kind: string;
  text?: string;
  messages?: [string, string][];
  page?: { title: string; headings: string[]; text: string };
}

function labelledItems(): Item[] {
  return fs
    .readdirSync(TEXTS)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      fs
        .readFileSync(path.join(TEXTS, f), 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as Item),
    );
}

const PROSE = [
  'Pemerintah daerah meresmikan jembatan baru yang menghubungkan dua kecamatan. Warga berharap perjalanan ke pasar dan sekolah menjadi lebih singkat, terutama saat musim hujan ketika jalan lama sering tergenang.',
  'Siswa kelas enam mengikuti lomba cerdas cermat tingkat kabupaten. Mereka berlatih setiap sore di perpustakaan bersama guru pendamping, membahas soal matematika, ilmu pengetahuan alam dan sejarah.',
  'Campurkan tepung, gula dan telur sampai rata, lalu masukkan mentega cair sedikit demi sedikit. Panggang adonan selama tiga puluh menit sampai bagian atasnya berwarna kecokelatan.',
  'Di musim kemarau petani menanam jagung dan kacang tanah karena lebih tahan kering. Hasil panen dijual ke koperasi desa dan sebagian disimpan untuk kebutuhan keluarga.',
  'The library will extend its opening hours during the exam period. Students can borrow up to five books at a time and reserve study rooms online through the school portal.',
  'Volcanoes form where molten rock from deep inside the Earth reaches the surface. Some erupt often with small lava flows, while others stay quiet for centuries before a large eruption.',
  'Our football club finished the season in third place after a late winner in the final match. The coach thanked the parents who drove the players to every away game.',
  'To build the shelter, players gather wood and stone, then craft a crafting table and a door. At night monsters appear, so it is wise to light torches around the base.',
  'Sekolah mengadakan kerja bakti setiap Jumat pagi. Siswa membersihkan kelas, menyiram tanaman dan merapikan buku di perpustakaan sebelum pelajaran dimulai.',
  'Harga cabai dan bawang merah naik menjelang hari raya. Pedagang di pasar tradisional mengatakan pasokan dari luar daerah berkurang karena cuaca buruk.',
  'Mengko sore aku arep dolan nang omahe mbah, terus sinau bareng karo sedulur. Bapak lagi nang sawah, ibu masak sego pecel kanggo kabeh.',
  'The museum opens a new exhibition about the ocean next month, with models of whales, coral reefs and the submarines scientists use to explore the deep sea.',
  'Hujan deras sejak sore membuat beberapa ruas jalan di pusat kota tergenang. Petugas dinas pekerjaan umum membersihkan saluran air yang tersumbat sampah plastik.',
  'Tim voli putri sekolah kami lolos ke babak final setelah menang dua set langsung. Pertandingan final akan digelar di gedung olahraga kabupaten pada hari Minggu.',
  'Untuk menanam cabai di pot, siapkan tanah gembur, pupuk kandang dan bibit yang sehat. Siram setiap pagi dan letakkan pot di tempat yang terkena sinar matahari.',
  'Photosynthesis is the process plants use to turn sunlight, water and carbon dioxide into sugar and oxygen. It happens mostly in the leaves, inside tiny structures called chloroplasts.',
  'The new update adds a desert biome, three new pets and a trading system between friends. Players who log in this week receive a free hat for their avatar.',
  'Wali kelas mengingatkan agar siswa membawa buku catatan, pensil warna dan bekal makan siang untuk kegiatan belajar di luar kelas hari Kamis.',
  'Kampung kami mengadakan lomba tujuh belasan: balap karung, makan kerupuk dan panjat pinang. Anak-anak dan orang tua ikut meramaikan sampai sore.',
  'In the second half the visitors pressed forward, but the goalkeeper made two brilliant saves. The match ended in a draw and both teams stay in the top four.',
];

// Ordinary chat lines, the bulk of what a child's chats look like.
const CHAT = [
  'udah makan belum?',
  'besok berangkat jam berapa?',
  'wkwk iya bener',
  'oke siap',
  'nanti malam mabar ya',
  'pr matematika udah belum?',
  'aku ketiduran tadi',
  'lagi di jalan, bentar lagi sampai',
  'mantap!',
  'gimana ujiannya tadi?',
  'jangan lupa bawa buku paket',
  'hahaha lucu banget',
  'aku lagi nonton film',
  'nanti kabarin ya',
  'selamat pagi semua',
  'did you finish the homework?',
  'lol same',
  'see you tomorrow',
  'that level was so hard',
  'my mom made cookies',
  'what time is practice?',
  'gg',
  'brb dinner',
  'can you help me with question 4?',
  'the new skin looks cool',
  'mengko sore dolan yo',
  'wis mangan durung?',
  'aku lagi sinau',
  'sesuk mlebu jam pitu',
  'oke tak tunggu nang ngarep',
];

/** A seeded linear congruential generator: the same numbers in [0, 1) for the same seed. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

let pieces: string[] | null = null;
let corpusSize = 0;

/**
 * Four ordinary pieces (chat lines and page paragraphs) for every piece from the labelled corpus, whose texts are
 * far denser in risky and look-alike words than real browsing.
 */
function corpusPieces(): string[] {
  if (pieces) return pieces;
  const chat: string[] = [];
  const page: string[] = [...PROSE];
  const names = ['Rina', 'Dimas', 'Kak Ayu', 'Budi', 'Alex', 'Sam', 'Mbak Sri', 'Bu Guru'];
  for (const item of labelledItems()) {
    if (item.page) page.push([item.page.title, ...item.page.headings, item.page.text].join('\n'));
    else if (item.messages) item.messages.forEach(([, t], i) => chat.push(`${names[i % names.length]}: ${t}`));
    else if (item.kind === 'chat') chat.push(`${names[item.id.length % names.length]}: ${item.text}`);
    else page.push(item.text!);
  }
  const corpus = [...chat, ...page];
  corpusSize = corpus.length;
  const ordinary = [...CHAT.map((line, i) => `${names[i % names.length]}: ${line}`), ...PROSE];
  pieces = [...corpus];
  while (pieces.length < corpus.length * 5) pieces.push(...ordinary);
  return pieces;
}

/** About `bytes` characters of mixed chat lines and page text, the same for the same arguments. */
export function benchText(bytes: number, seed = 1, corpusOnly = false): string {
  const all = corpusOnly ? corpusPieces().slice(0, corpusSize) : corpusPieces();
  const random = rng(seed);
  const out: string[] = [];
  let length = 0;
  while (length < bytes) {
    const piece = all[Math.floor(random() * all.length)]!;
    out.push(piece);
    length += piece.length + 1;
  }
  return out.join('\n').slice(0, bytes);
}
