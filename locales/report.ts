import type { ChildLang } from './index';

// The report flow (DESIGN.md §7), for a child who just asked for help: short sentences, warm, never blaming.

const id = {
  pageTitle: 'Minta bantuan — Kawan Aman',
  skipToSend: 'Langsung ke tombol kirim',
  loading: 'Sebentar, ya…',
  reassure: {
    title: 'Kamu sudah melakukan hal yang benar',
    lines: [
      'Kamu tidak salah.',
      'Kamu tidak dalam masalah.',
      'Minta bantuan itu berani. Orang dewasa yang baik mau membantumu.',
    ],
  },
  sextortion: {
    title: 'Kalau ada yang mengancammu',
    lines: [
      'Jangan bayar apa pun.',
      'Jangan kirim foto atau video lagi.',
      'Ini bukan salahmu.',
      'Ceritakan ke orang dewasa sekarang juga.',
    ],
    takeItDown:
      'Kalau fotomu sendiri disebar atau diancam akan disebar, Take It Down bisa membantu menghentikan penyebarannya di aplikasi dan situs yang ikut serta. Fotomu tidak diunggah.',
    takeItDownLink: 'Buka Take It Down',
  },
  happened: 'Yang terjadi',
  young: {
    more: 'Lainnya: simpan bukti dan bantuan lain',
    moreHint: 'Bagian ini bisa dibuka bersama orang dewasa yang membantumu.',
  },
  oneTap: {
    title: 'Ceritakan ke orang dewasa',
    sendTo: 'Kirim ke {name}',
    sendVia: 'Kirim ke {name} lewat {channel}',
    callTo: 'Telepon {name}',
    otherWays: 'Cara lain:',
    noAdult: 'Belum ada orang dewasa pilihan di Kawan Aman. SAPA 129 siap membantu anak-anak, 24 jam.',
    adultNoChannel:
      '{name} belum punya nomor atau email di Kawan Aman. Minta orang tuamu menambahkannya. Sementara itu, SAPA 129 siap membantu, 24 jam.',
    orSapa: 'Atau hubungi SAPA 129, 24 jam:',
    preview: 'Lihat pesan yang akan dikirim',
    previewHint: 'Kamu bisa mengubah isinya di bagian “Simpan bukti”.',
    opened:
      'Aplikasinya dibuka untuk mengirim ke {to}. Kalau tidak terbuka, coba cara lain atau tunjukkan halaman ini ke orang dewasa.',
  },
  channels: {
    whatsapp: 'WhatsApp',
    sms: 'SMS',
    tel: 'Telepon',
    email: 'Email',
  },
  message: {
    greeting: 'Halo {name}, ini aku. Aku butuh bantuanmu.',
    greetingService: 'Halo {name}. Aku seorang anak dan aku butuh bantuan.',
    intro: 'Ada yang membuatku tidak nyaman di internet.',
    what: 'Apa yang terjadi',
    where: 'Di mana',
    who: 'Siapa',
    when: 'Kapan',
    words: 'Kata-kata yang ditandai',
    note: 'Ceritaku',
    footer: 'Dikirim lewat Kawan Aman.',
    subject: 'Aku butuh bantuan (Kawan Aman)',
  },
  todo: {
    title: 'Yang bisa kamu lakukan sekarang',
    donts: [
      'Jangan balas pesannya.',
      'Jangan kirim apa pun: foto, video, atau data pribadi.',
      'Jangan bayar. Jangan kirim pulsa, diamond, atau uang.',
      'Jangan hapus obrolannya. Orang dewasa mungkin perlu melihatnya.',
    ],
    blockTitle: 'Blokir dan laporkan orang itu di aplikasinya',
    otherApps: 'Cara di aplikasi lain',
  },
  evidence: {
    title: 'Simpan bukti',
    intro: 'Kawan Aman sudah mengisi yang ia tahu. Kamu boleh mengubahnya. Tidak ada gambar yang disimpan.',
    site: 'Situs',
    pageTitle: 'Judul halaman',
    contact: 'Nama atau akun orang itu',
    when: 'Kapan terjadi',
    categories: 'Apa yang terjadi',
    categoriesChange: 'Pilih jenis kejadian',
    words: 'Kata-kata yang ditandai',
    note: 'Ceritakan dengan kata-katamu sendiri (boleh kosong)',
    save: 'Simpan laporan',
    copy: 'Salin teks',
    copied: 'Teks sudah disalin.',
    copyFailed: 'Tidak bisa menyalin. Pakai tombol “Unduh teks”.',
    download: 'Unduh teks',
    print: 'Cetak',
    shareHint: 'Salin, unduh, atau cetak hanya kalau kamu atau orang tuamu memerlukannya.',
    statusNone: 'Belum disimpan.',
    statusDraft: 'Draf tersimpan otomatis di komputer ini.',
    statusSaved: 'Laporan tersimpan di komputer ini.',
    statusSent: 'Terkirim ke {to}. Laporan tersimpan di komputer ini.',
    resumed: 'Ini laporanmu yang belum selesai. Semua isinya masih ada.',
    startNew: 'Mulai laporan baru',
    labNote:
      'Ini komputer sekolah yang dipakai bersama. Laporanmu dihapus saat browser ditutup. Kirim ke guru BK atau wali kelasmu, atau cetak dulu.',
    fileName: 'laporan-kawan-aman',
  },
  evidenceText: {
    heading: 'Laporan Kawan Aman',
    created: 'Dibuat',
    status: 'Status',
    site: 'Situs',
    pageTitle: 'Judul halaman',
    contact: 'Orang itu',
    when: 'Kapan terjadi',
    categories: 'Apa yang terjadi',
    words: 'Kata-kata yang ditandai',
    note: 'Cerita anak',
    noImages: 'Tidak ada gambar yang disimpan atau dilampirkan.',
    help: 'Butuh bantuan? {name}: telepon {tel}, WhatsApp {whatsapp} (24 jam).',
    empty: '—',
  },
  status: {
    draft: 'Draf',
    saved: 'Disimpan',
    sent: 'Terkirim ke {to}',
  },
  help: {
    title: 'Bantuan lain',
    forAdults: 'Untuk orang dewasa yang membantumu',
    call: 'Telepon {number}',
    whatsapp: 'WhatsApp {number}',
    open: 'Buka {site}',
    checked: 'Dicek {date}',
    local: 'Layanan di daerahmu',
    localWhat: 'Layanan perlindungan anak di daerahmu, dipilih oleh orang tua atau sekolahmu.',
    newTab: '(terbuka di tab baru)',
  },
  list: {
    title: 'Laporanku',
    empty: 'Belum ada laporan yang tersimpan.',
    open: 'Buka',
    delete: 'Hapus',
    confirmDelete: 'Hapus laporan ini? Laporan yang dihapus tidak bisa kembali.',
    confirmYes: 'Ya, hapus',
    cancel: 'Batal',
    current: 'sedang dibuka',
    unknownSite: 'Situs tidak diketahui',
    deleted: 'Laporan dihapus.',
  },
};

const en: typeof id = {
  pageTitle: 'Get help — Kawan Aman',
  skipToSend: 'Skip to the send button',
  loading: 'Just a moment…',
  reassure: {
    title: 'You did the right thing',
    lines: [
      "It's not your fault.",
      "You're not in trouble.",
      'Asking for help is brave. Good adults want to help you.',
    ],
  },
  sextortion: {
    title: 'If someone is threatening you',
    lines: [
      "Don't pay anything.",
      "Don't send more photos or videos.",
      "It's not your fault.",
      'Tell an adult right now.',
    ],
    takeItDown:
      'If your own photos are shared or someone threatens to share them, Take It Down can help stop them being shared on the apps and sites that take part. Your photos are not uploaded.',
    takeItDownLink: 'Open Take It Down',
  },
  happened: 'What happened',
  young: {
    more: 'More: keep the evidence and other help',
    moreHint: 'You can open this part together with the adult who helps you.',
  },
  oneTap: {
    title: 'Tell an adult',
    sendTo: 'Send to {name}',
    sendVia: 'Send to {name} by {channel}',
    callTo: 'Call {name}',
    otherWays: 'Other ways:',
    noAdult: 'No trusted adult is set in Kawan Aman yet. SAPA 129 helps children, 24 hours a day.',
    adultNoChannel:
      '{name} has no number or email in Kawan Aman yet. Ask your parent to add one. Until then, SAPA 129 can help, 24 hours a day.',
    orSapa: 'Or contact SAPA 129, 24 hours a day:',
    preview: 'See the message that will be sent',
    previewHint: 'You can change what it says in “Keep the evidence”.',
    opened: "The app was opened to send to {to}. If it didn't open, try another way or show this page to an adult.",
  },
  channels: {
    whatsapp: 'WhatsApp',
    sms: 'SMS',
    tel: 'Phone',
    email: 'Email',
  },
  message: {
    greeting: "Hi {name}, it's me. I need your help.",
    greetingService: "Hello {name}. I'm a child and I need help.",
    intro: 'Something online made me feel uncomfortable.',
    what: 'What happened',
    where: 'Where',
    who: 'Who',
    when: 'When',
    words: 'Flagged words',
    note: 'In my words',
    footer: 'Sent with Kawan Aman.',
    subject: 'I need help (Kawan Aman)',
  },
  todo: {
    title: 'What you can do now',
    donts: [
      "Don't reply.",
      "Don't send anything: no photos, videos or personal details.",
      "Don't pay. Don't send phone credit, diamonds or money.",
      "Don't delete the chat. An adult may need to see it.",
    ],
    blockTitle: 'Block and report the person in the app',
    otherApps: 'How to do it in other apps',
  },
  evidence: {
    title: 'Keep the evidence',
    intro: 'Kawan Aman filled in what it knows. You can change it. No pictures are kept.',
    site: 'Website',
    pageTitle: 'Page title',
    contact: "The person's name or account",
    when: 'When it happened',
    categories: 'What happened',
    categoriesChange: 'Choose what kind of thing happened',
    words: 'Flagged words',
    note: 'Tell it in your own words (you can leave this empty)',
    save: 'Save report',
    copy: 'Copy text',
    copied: 'The text was copied.',
    copyFailed: 'Could not copy. Use “Download text” instead.',
    download: 'Download text',
    print: 'Print',
    shareHint: 'Copy, download or print only when you or your parent need it.',
    statusNone: 'Not saved yet.',
    statusDraft: 'Draft saved on this computer automatically.',
    statusSaved: 'Report saved on this computer.',
    statusSent: 'Sent to {to}. Report saved on this computer.',
    resumed: 'This is the report you did not finish. Everything is still here.',
    startNew: 'Start a new report',
    labNote:
      'This is a shared school computer. Your report is deleted when the browser closes. Send it to your school counsellor or class teacher, or print it first.',
    fileName: 'kawan-aman-report',
  },
  evidenceText: {
    heading: 'Kawan Aman report',
    created: 'Created',
    status: 'Status',
    site: 'Website',
    pageTitle: 'Page title',
    contact: 'The person',
    when: 'When it happened',
    categories: 'What happened',
    words: 'Flagged words',
    note: "The child's words",
    noImages: 'No pictures are kept or attached.',
    help: 'Need help? {name}: call {tel}, WhatsApp {whatsapp} (24 hours).',
    empty: '—',
  },
  status: {
    draft: 'Draft',
    saved: 'Saved',
    sent: 'Sent to {to}',
  },
  help: {
    title: 'More help',
    forAdults: 'For the adult who helps you',
    call: 'Call {number}',
    whatsapp: 'WhatsApp {number}',
    open: 'Open {site}',
    checked: 'Checked {date}',
    local: 'A service near you',
    localWhat: 'A child protection service in your area, chosen by your parent or school.',
    newTab: '(opens in a new tab)',
  },
  list: {
    title: 'My reports',
    empty: 'No saved reports yet.',
    open: 'Open',
    delete: 'Delete',
    confirmDelete: 'Delete this report? A deleted report cannot come back.',
    confirmYes: 'Yes, delete',
    cancel: 'Cancel',
    current: 'open now',
    unknownSite: 'Unknown website',
    deleted: 'The report was deleted.',
  },
};

const jv: typeof id = {
  pageTitle: 'Njaluk tulung — Kawan Aman',
  skipToSend: 'Langsung nang tombol kirim',
  loading: 'Sek, yo…',
  reassure: {
    title: 'Koen wes nglakoni sing bener',
    lines: [
      'Koen gak salah.',
      'Koen gak kenek masalah.',
      'Njaluk tulung iku wani. Wong gedhe sing apik gelem nulungi koen.',
    ],
  },
  sextortion: {
    title: 'Lek onok sing ngancam koen',
    lines: [
      'Ojok mbayar opo-opo.',
      'Ojok ngirim foto utowo video maneh.',
      'Iki dudu salahmu.',
      'Critakno nang wong gedhe saiki.',
    ],
    takeItDown:
      'Lek fotomu dhewe disebar utowo diancam arep disebar, Take It Down isok nulungi mandekno sebarane nang aplikasi ambek situs sing melok. Fotomu gak diunggah.',
    takeItDownLink: 'Bukak Take It Down',
  },
  happened: 'Sing kedaden',
  young: {
    more: 'Liyane: nyimpen bukti ambek bantuan liyo',
    moreHint: 'Bagian iki isok dibukak bareng wong gedhe sing nulungi koen.',
  },
  oneTap: {
    title: 'Critakno nang wong gedhe',
    sendTo: 'Kirim nang {name}',
    sendVia: 'Kirim nang {name} lewat {channel}',
    callTo: 'Telpon {name}',
    otherWays: 'Cara liyo:',
    noAdult: 'Durung onok wong gedhe pilihan nang Kawan Aman. SAPA 129 siap nulungi arek-arek, 24 jam.',
    adultNoChannel:
      '{name} durung nduwe nomer utowo email nang Kawan Aman. Jaluken wong tuwomu nambahno. Sakdurunge ditambahno, SAPA 129 isok nulungi, 24 jam.',
    orSapa: 'Utowo hubungono SAPA 129, 24 jam:',
    preview: 'Delok pesen sing arep dikirim',
    previewHint: 'Koen isok ngganti isine nang bagian “Simpen bukti”.',
    opened:
      'Aplikasine dibukak gawe ngirim nang {to}. Lek gak kebukak, jajalen cara liyo utowo tuduhno halaman iki nang wong gedhe.',
  },
  channels: {
    whatsapp: 'WhatsApp',
    sms: 'SMS',
    tel: 'Telpon',
    email: 'Email',
  },
  message: {
    greeting: 'Halo {name}, iki aku. Aku butuh bantuanmu.',
    greetingService: 'Halo {name}. Aku isih arek, aku butuh bantuan.',
    intro: 'Onok sing nggawe aku gak penak nang internet.',
    what: 'Sing kedaden',
    where: 'Nang endi',
    who: 'Sopo',
    when: 'Kapan',
    words: 'Tembung sing ditandhani',
    note: 'Critaku',
    footer: 'Dikirim lewat Kawan Aman.',
    subject: 'Aku butuh bantuan (Kawan Aman)',
  },
  todo: {
    title: 'Sing isok koen lakoni saiki',
    donts: [
      'Ojok mbales pesene.',
      'Ojok ngirim opo-opo: foto, video, utowo data pribadi.',
      'Ojok mbayar. Ojok ngirim pulsa, diamond, utowo duit.',
      'Chat-e ojok dihapus. Wong gedhe isok ae perlu ndelok.',
    ],
    blockTitle: 'Blokir terus laporno wong iku nang aplikasine',
    otherApps: 'Carane nang aplikasi liyo',
  },
  evidence: {
    title: 'Simpen bukti',
    intro: 'Kawan Aman wes ngisi opo sing dingerteni. Koen oleh ngganti. Gak onok gambar sing disimpen.',
    site: 'Situs',
    pageTitle: 'Judhul halaman',
    contact: 'Jeneng utowo akune wong iku',
    when: 'Kapan kedadeyane',
    categories: 'Sing kedaden',
    categoriesChange: 'Pilih jinise kedadeyan',
    words: 'Tembung sing ditandhani',
    note: 'Critakno nganggo omonganmu dhewe (oleh kosong)',
    save: 'Simpen laporan',
    copy: 'Salin teks',
    copied: 'Teks wes disalin.',
    copyFailed: 'Gak isok nyalin. Pencet tombol “Download teks”.',
    download: 'Download teks',
    print: 'Cetak',
    shareHint: 'Salin, download, utowo cetak mek lek koen utowo wong tuwomu butuh.',
    statusNone: 'Durung disimpen.',
    statusDraft: 'Draf wes kesimpen dhewe nang komputer iki.',
    statusSaved: 'Laporan wes kesimpen nang komputer iki.',
    statusSent: 'Wes dikirim nang {to}. Laporan kesimpen nang komputer iki.',
    resumed: 'Iki laporanmu sing durung mari. Isine kabeh sik onok.',
    startNew: 'Gawe laporan anyar',
    labNote:
      'Iki komputer sekolah sing dienggo bareng. Laporanmu dihapus pas browser ditutup. Kirimen nang guru BK utowo wali kelasmu, utowo dicetak sik.',
    fileName: 'laporan-kawan-aman',
  },
  evidenceText: {
    heading: 'Laporan Kawan Aman',
    created: 'Digawe',
    status: 'Status',
    site: 'Situs',
    pageTitle: 'Judhul halaman',
    contact: 'Wong iku',
    when: 'Kapan kedadeyane',
    categories: 'Sing kedaden',
    words: 'Tembung sing ditandhani',
    note: 'Critane arek',
    noImages: 'Gak onok gambar sing disimpen utowo dilampirno.',
    help: 'Butuh bantuan? {name}: telpon {tel}, WhatsApp {whatsapp} (24 jam).',
    empty: '—',
  },
  status: {
    draft: 'Draf',
    saved: 'Disimpen',
    sent: 'Dikirim nang {to}',
  },
  help: {
    title: 'Bantuan liyo',
    forAdults: 'Gawe wong gedhe sing nulungi koen',
    call: 'Telpon {number}',
    whatsapp: 'WhatsApp {number}',
    open: 'Bukak {site}',
    checked: 'Dicek {date}',
    local: 'Layanan nang daerahmu',
    localWhat: 'Layanan perlindungan arek nang daerahmu, dipilih wong tuwomu utowo sekolahmu.',
    newTab: '(kebukak nang tab anyar)',
  },
  list: {
    title: 'Laporanku',
    empty: 'Durung onok laporan sing disimpen.',
    open: 'Bukak',
    delete: 'Hapus',
    confirmDelete: 'Hapus laporan iki? Laporan sing wes dihapus gak isok bali.',
    confirmYes: 'Iyo, hapus',
    cancel: 'Gak sido',
    current: 'lagi dibukak',
    unknownSite: 'Situs gak dingerteni',
    deleted: 'Laporan wes dihapus.',
  },
};

export const reportWords: Record<ChildLang, typeof id> = { id, en, jv };

/** The right-click menu item; its own export so the service worker bundles only these words. */
export const reportMenuWords: Record<ChildLang, { title: string }> = {
  id: { title: 'Laporkan dengan Kawan Aman' },
  en: { title: 'Report with Kawan Aman' },
  jv: { title: 'Laporno nganggo Kawan Aman' },
};

interface DirectoryWords {
  /** What the service is for, in child words. */
  what: string;
}

const directoryId: Record<'sapa129' | 'tepsa' | 'iwf' | 'takeitdown' | 'aduankonten' | 'patrolisiber', DirectoryWords> =
  {
    sapa129: {
      what: 'Untuk anak yang mengalami kekerasan, juga di internet. Kamu bisa menelepon atau kirim WhatsApp, 24 jam.',
    },
    tepsa: { what: 'Layanan telepon Kemensos untuk membantu anak. Kamu bisa menelepon untuk minta bantuan.' },
    iwf: {
      what: 'Kalau kamu melihat foto atau video seksual anak di internet, laporkan alamat halamannya di sini. Kamu tidak perlu menyebut namamu.',
    },
    takeitdown: {
      what: 'Kalau fotomu sendiri disebar atau diancam disebar, ini bisa membantu menghentikan penyebarannya di aplikasi dan situs yang ikut serta. Fotomu tetap di perangkatmu, tidak diunggah. Untuk anak di bawah 18 tahun.',
    },
    aduankonten: { what: 'Untuk melaporkan isi internet yang berbahaya dan bisa dilihat semua orang.' },
    patrolisiber: {
      what: 'Untuk melapor kejahatan internet ke polisi. Perlu data diri, jadi biar orang dewasa yang melapor.',
    },
  };

const directoryEn: typeof directoryId = {
  sapa129: {
    what: 'For children who are hurt or in danger, online too. You can call or send a WhatsApp message, 24 hours a day.',
  },
  tepsa: {
    what: 'A phone line from Kemensos (the social affairs ministry) that helps children. You can call to ask for help.',
  },
  iwf: {
    what: 'If you see sexual photos or videos of a child online, report the page address here. You do not have to give your name.',
  },
  takeitdown: {
    what: 'If your own photos are shared or someone threatens to share them, this can help stop them being shared on the apps and sites that take part. Your photos stay on your device and are not uploaded. For anyone under 18.',
  },
  aduankonten: { what: 'To report harmful things on the internet that everyone can see.' },
  patrolisiber: {
    what: 'To report online crime to the police. It asks for personal details, so an adult should report it.',
  },
};

const directoryJv: typeof directoryId = {
  sapa129: {
    what: 'Gawe arek sing dilarani utowo gak aman, nang internet yo. Koen isok telpon utowo kirim WhatsApp, 24 jam.',
  },
  tepsa: { what: 'Layanan telpon teko Kemensos gawe nulungi arek. Koen isok telpon gawe njaluk tulung.' },
  iwf: {
    what: 'Lek koen ndelok foto utowo video seksual arek nang internet, laporno alamat halamane nang kene. Koen gak perlu nyebut jenengmu.',
  },
  takeitdown: {
    what: 'Lek fotomu dhewe disebar utowo diancam disebar, iki isok nulungi mandekno sebarane nang aplikasi ambek situs sing melok. Fotomu tetep nang HP utowo komputermu, gak diunggah. Gawe arek sing umure durung 18.',
  },
  aduankonten: { what: 'Gawe nglaporno isi internet sing mbebayani, sing isok dideloki kabeh wong.' },
  patrolisiber: {
    what: 'Gawe nglaporno kejahatan internet nang polisi. Butuh data diri, dadi ben wong gedhe sing nglaporno.',
  },
};

export const directoryWords: Record<ChildLang, typeof directoryId> = {
  id: directoryId,
  en: directoryEn,
  jv: directoryJv,
};

interface PlatformWords {
  name: string;
  steps: string[];
}

type PlatformKey = 'whatsapp' | 'telegram' | 'instagram' | 'messenger' | 'discord' | 'roblox' | 'tiktok' | 'other';

// Button names differ between app versions and languages, so each step names the idea and the usual label.
const platformsId: Record<PlatformKey, PlatformWords> = {
  whatsapp: {
    name: 'WhatsApp',
    steps: [
      'Buka obrolan dengan orang itu.',
      'Klik nama orang itu di bagian atas.',
      'Pilih “Laporkan” (Report), lalu “Blokir” (Block).',
      'Kalau ada pilihan untuk menghapus chat, jangan dicentang.',
    ],
  },
  telegram: {
    name: 'Telegram',
    steps: [
      'Buka obrolan dengan orang itu.',
      'Klik nama orang itu di bagian atas, lalu tombol menu (⋮).',
      'Pilih “Laporkan” (Report), lalu “Blokir pengguna” (Block user).',
      'Jangan hapus obrolannya.',
    ],
  },
  instagram: {
    name: 'Instagram',
    steps: [
      'Buka pesan dengan orang itu.',
      'Klik nama orang itu atau tanda ⓘ di bagian atas.',
      'Pilih “Laporkan” (Report), lalu “Blokir” (Block).',
      'Jangan hapus pesannya.',
    ],
  },
  messenger: {
    name: 'Messenger',
    steps: [
      'Buka obrolan dengan orang itu.',
      'Klik nama orang itu di bagian atas.',
      'Pilih “Laporkan” (Report), lalu “Blokir” (Block).',
      'Jangan hapus obrolannya.',
    ],
  },
  discord: {
    name: 'Discord',
    steps: [
      'Klik kanan pesan dari orang itu, lalu pilih “Laporkan Pesan” (Report Message).',
      'Klik kanan nama orang itu, lalu pilih “Blokir” (Block).',
      'Jangan hapus pesannya.',
    ],
  },
  roblox: {
    name: 'Roblox',
    steps: [
      'Buka profil orang itu.',
      'Klik tombol titik tiga (•••).',
      'Pilih “Laporkan” (Report Abuse), lalu “Blokir” (Block User).',
      'Di dalam game, kamu juga bisa membuka menu dan melaporkan pemain itu.',
    ],
  },
  tiktok: {
    name: 'TikTok',
    steps: [
      'Buka profil orang itu.',
      'Klik tombol titik tiga (•••) atau tanda panah bagikan.',
      'Pilih “Laporkan” (Report), lalu “Blokir” (Block).',
      'Jangan hapus pesannya.',
    ],
  },
  other: {
    name: 'Aplikasi atau situs lain',
    steps: [
      'Cari nama orang itu atau tombol menu (⋮ atau •••).',
      'Pilih “Laporkan” (Report) dan “Blokir” (Block).',
      'Catat nama akunnya di bagian “Simpan bukti”.',
      'Jangan hapus obrolannya.',
    ],
  },
};

const platformsEn: typeof platformsId = {
  whatsapp: {
    name: 'WhatsApp',
    steps: [
      'Open the chat with that person.',
      "Click the person's name at the top.",
      'Choose “Report”, then “Block”.',
      'If it offers to delete the chat too, don’t tick that box.',
    ],
  },
  telegram: {
    name: 'Telegram',
    steps: [
      'Open the chat with that person.',
      "Click the person's name at the top, then the menu button (⋮).",
      'Choose “Report”, then “Block user”.',
      "Don't delete the chat.",
    ],
  },
  instagram: {
    name: 'Instagram',
    steps: [
      'Open the messages with that person.',
      "Click the person's name or the ⓘ sign at the top.",
      'Choose “Report”, then “Block”.',
      "Don't delete the messages.",
    ],
  },
  messenger: {
    name: 'Messenger',
    steps: [
      'Open the chat with that person.',
      "Click the person's name at the top.",
      'Choose “Report”, then “Block”.',
      "Don't delete the chat.",
    ],
  },
  discord: {
    name: 'Discord',
    steps: [
      'Right-click a message from that person and choose “Report Message”.',
      "Right-click the person's name and choose “Block”.",
      "Don't delete the messages.",
    ],
  },
  roblox: {
    name: 'Roblox',
    steps: [
      "Open the person's profile.",
      'Click the three dots (•••).',
      'Choose “Report Abuse”, then “Block User”.',
      'Inside a game, you can also open the menu and report the player.',
    ],
  },
  tiktok: {
    name: 'TikTok',
    steps: [
      "Open the person's profile.",
      'Click the three dots (•••) or the share arrow.',
      'Choose “Report”, then “Block”.',
      "Don't delete the messages.",
    ],
  },
  other: {
    name: 'Other apps and websites',
    steps: [
      "Look for the person's name or a menu button (⋮ or •••).",
      'Choose “Report” and “Block”.',
      'Write down their account name in “Keep the evidence”.',
      "Don't delete the chat.",
    ],
  },
};

const platformsJv: typeof platformsId = {
  whatsapp: {
    name: 'WhatsApp',
    steps: [
      'Bukak chat-e ambek wong iku.',
      'Klik jenenge wong iku nang nduwur.',
      'Pilih “Laporkan” (Report), terus “Blokir” (Block).',
      'Lek onok pilihan chat-e dihapus pisan, ojok dicentang.',
    ],
  },
  telegram: {
    name: 'Telegram',
    steps: [
      'Bukak chat-e ambek wong iku.',
      'Klik jenenge wong iku nang nduwur, terus tombol menu (⋮).',
      'Pilih “Laporkan” (Report), terus “Blokir pengguna” (Block user).',
      'Chat-e ojok dihapus.',
    ],
  },
  instagram: {
    name: 'Instagram',
    steps: [
      'Bukak pesen ambek wong iku.',
      'Klik jenenge wong iku utowo tandha ⓘ nang nduwur.',
      'Pilih “Laporkan” (Report), terus “Blokir” (Block).',
      'Pesene ojok dihapus.',
    ],
  },
  messenger: {
    name: 'Messenger',
    steps: [
      'Bukak chat-e ambek wong iku.',
      'Klik jenenge wong iku nang nduwur.',
      'Pilih “Laporkan” (Report), terus “Blokir” (Block).',
      'Chat-e ojok dihapus.',
    ],
  },
  discord: {
    name: 'Discord',
    steps: [
      'Klik tengen pesen teko wong iku, terus pilih “Laporkan Pesan” (Report Message).',
      'Klik tengen jenenge wong iku, terus pilih “Blokir” (Block).',
      'Pesene ojok dihapus.',
    ],
  },
  roblox: {
    name: 'Roblox',
    steps: [
      'Bukak profil wong iku.',
      'Klik tombol titik telu (•••).',
      'Pilih “Laporkan” (Report Abuse), terus “Blokir” (Block User).',
      'Nang njero game, koen yo isok mbukak menu terus nglaporno pemain iku.',
    ],
  },
  tiktok: {
    name: 'TikTok',
    steps: [
      'Bukak profil wong iku.',
      'Klik tombol titik telu (•••) utowo tandha panah bagikan.',
      'Pilih “Laporkan” (Report), terus “Blokir” (Block).',
      'Pesene ojok dihapus.',
    ],
  },
  other: {
    name: 'Aplikasi utowo situs liyo',
    steps: [
      'Golekono jenenge wong iku utowo tombol menu (⋮ utowo •••).',
      'Pilih “Laporkan” (Report) ambek “Blokir” (Block).',
      'Catheten jeneng akune nang bagian “Simpen bukti”.',
      'Chat-e ojok dihapus.',
    ],
  },
};

export const platformWords: Record<ChildLang, typeof platformsId> = {
  id: platformsId,
  en: platformsEn,
  jv: platformsJv,
};
