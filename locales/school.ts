import type { Lang } from './index';

/**
 * Words for the school admin and the counsellor (guru BK): the school report CSV and the options page's school
 * panel. Adults read these; they may be technical but stay plain.
 */
const id = {
  panel: {
    nav: 'Sekolah',
    gateLink: 'Untuk admin sekolah: lihat kebijakan sekolah tanpa PIN',
    noteLink: 'Buka halaman kebijakan sekolah',
    title: 'Kebijakan sekolah',
    intro:
      'Untuk admin TI dan guru BK: apa yang diatur kebijakan browser sekolah di komputer ini, apa yang perlu diperbaiki, dan laporan sekolah. Halaman ini tidak berisi nama, pesan, atau situs anak, jadi bisa dibuka tanpa PIN.',
    managed: 'Browser ini diatur oleh sekolah. Nilai di bawah berlaku dan tidak bisa diubah di halaman Pengaturan.',
    noPolicy:
      'Browser ini tidak punya kebijakan sekolah untuk Kawan Aman. Cara memasangnya ada di panduan sekolah Kawan Aman (docs/school-guide.md) dan folder deploy/.',
    inForceTitle: 'Kebijakan yang berlaku',
    inForceCaption: 'Kunci kebijakan yang berlaku di komputer ini dan nilainya',
    setting: 'Pengaturan',
    key: 'Kunci',
    value: 'Nilai',
    lockedTitle: 'Dikunci di komputer ini',
    lockedHint:
      'Di halaman Pengaturan, ini tampil dengan tanda "Diatur oleh sekolah" dan tidak bisa diubah. Menyimpan perubahan tidak pernah mengubahnya.',
    byLabMode: 'karena mode lab',
    detail: 'Rincian: {detail}',
  },
  codes: {
    'unknown-key': 'Kunci ini tidak dikenal Kawan Aman, jadi diabaikan. Periksa ejaannya.',
    'invalid-value': 'Nilainya tidak sah, jadi diabaikan.',
    'not-an-object': 'Kebijakan harus berupa objek berisi kunci dan nilai, jadi seluruhnya diabaikan.',
    'no-counsellor':
      'Mode lab menyala tetapi guru BK belum diatur (trustedAdult), jadi "Minta bantuan" hanya menawarkan SAPA 129.',
    placeholder: 'Masih berisi REPLACE_WITH_… dari contoh berkas kebijakan. Ganti dengan data sekolah.',
    'snippets-in-lab': 'Di mode lab potongan pesan tidak pernah disimpan, jadi kunci ini tidak berpengaruh.',
  },
  values: {
    on: 'Ya',
    off: 'Tidak',
    days: '{n} hari',
    none: 'Tidak ada',
    more: 'dan {n} lainnya',
    anyLanguage: 'semua bahasa',
  },
  lab: {
    role: 'Komputer sekolah',
    settingsNote:
      'Ini komputer sekolah yang dipakai bersama. Pengaturan di sini hanya bisa diubah lewat kebijakan sekolah, tidak di halaman ini. Nilai tanpa tanda "Diatur oleh sekolah" tidak diatur kebijakan: itu bawaan Kawan Aman, atau nilai yang pernah diatur di komputer ini sebelumnya.',
    pictureNote:
      'Di komputer sekolah bersama, Kawan Aman hanya menghitung kejadian per hari dan per jenis: tanpa situs, jam, pesan, pilihan, atau laporan anak.',
  },
  report: {
    date: 'Tanggal',
    total: 'Jumlah',
    /** The CSV file name before the date, e.g. laporan-sekolah-kawan-aman-2026-03-02.csv. */
    filename: 'laporan-sekolah-kawan-aman',
    exportButton: 'Unduh laporan sekolah (CSV)',
    exportHint:
      'Jumlah per hari untuk setiap jenis kejadian di komputer ini. Tanpa nama, tanpa situs, tanpa jam: aman dibagikan ke guru BK.',
    empty: 'Belum ada kejadian yang tercatat di komputer ini.',
    title: 'Laporan sekolah',
    recorded: '{n} hari tercatat, dari {from} sampai {to}. Hari tanpa kejadian ditulis 0.',
    recordedOne: '1 hari tercatat: {from}.',
    labOnly:
      'Laporan sekolah hanya menghitung kejadian selama mode lab menyala. Riwayat keluarga di komputer ini tetap milik orang tua dan tidak masuk laporan.',
    recentTitle: '14 hari terakhir yang tercatat',
    recentCaption: 'Jumlah kejadian per hari, yang terbaru di atas',
    kinds: 'Jenis kejadian',
    downloaded: 'Berkas {file} sudah diunduh.',
    failed: 'Laporan tidak bisa dibuat. Coba lagi.',
  },
  status: {
    managed: 'Diatur oleh sekolah',
    labMode: 'Ini komputer sekolah yang dipakai bersama (mode lab).',
    labModeDetail:
      'Tidak ada cuplikan pesan, kejadian hanya dihitung per hari, guru BK adalah orang dewasa tepercaya, dan tidak ada data pribadi yang tersisa setelah browser ditutup.',
    problemsTitle: 'Kebijakan sekolah yang diabaikan',
    problemsHint: 'Kunci ini salah tulis atau nilainya tidak sah, jadi diabaikan. Kunci lain tetap berlaku.',
    warningsTitle: 'Perlu diperiksa',
    noProblems: 'Kebijakan sekolah terbaca tanpa masalah.',
    checkBrowser:
      'Nilai dengan tipe yang salah (misalnya teks untuk true/false) dibuang oleh Chrome dan Edge sebelum sampai ke Kawan Aman. Periksa di chrome://policy bahwa setiap kunci yang Anda atur punya nilai.',
  },
};

const en: typeof id = {
  panel: {
    nav: 'School',
    gateLink: 'For the school admin: see the school policy without the PIN',
    noteLink: 'Open the school policy page',
    title: 'School policy',
    intro:
      "For the IT admin and the counsellor: what the school's browser policy sets on this computer, what needs fixing, and the school report. This page holds no child's name, message or site, so it opens without the PIN.",
    managed:
      'This browser is managed by your school. The values below apply and cannot be changed on the Settings page.',
    noPolicy:
      'This browser has no school policy for Kawan Aman. How to set one up is in the Kawan Aman school guide (docs/school-guide.md) and the deploy/ folder.',
    inForceTitle: 'Policy in force',
    inForceCaption: 'The policy keys in force on this computer and their values',
    setting: 'Setting',
    key: 'Key',
    value: 'Value',
    lockedTitle: 'Locked on this computer',
    lockedHint:
      'On the Settings page these show "Managed by your school" and cannot be changed. Saving never changes them.',
    byLabMode: 'because of lab mode',
    detail: 'Detail: {detail}',
  },
  codes: {
    'unknown-key': 'Kawan Aman does not know this key, so it was ignored. Check the spelling.',
    'invalid-value': 'Its value is not valid, so it was ignored.',
    'not-an-object': 'The policy must be an object of keys and values, so all of it was ignored.',
    'no-counsellor': 'Lab mode is on but no counsellor is set (trustedAdult), so "Get help" offers SAPA 129 only.',
    placeholder: 'Still holds a REPLACE_WITH_… placeholder from the sample policy file. Put in the school’s details.',
    'snippets-in-lab': 'Message snippets are never kept in lab mode, so this key has no effect.',
  },
  values: {
    on: 'Yes',
    off: 'No',
    days: '{n} days',
    none: 'None',
    more: 'and {n} more',
    anyLanguage: 'any language',
  },
  lab: {
    role: 'School computer',
    settingsNote:
      'This is a shared school computer. Its settings change only through the school policy, not on this page. Values without "Managed by your school" are not in the policy: they are Kawan Aman’s defaults, or what was set on this computer before.',
    pictureNote:
      'On a shared school computer Kawan Aman only counts events per day and per kind: no sites, times, messages, choices or children’s reports.',
  },
  report: {
    date: 'Date',
    total: 'Total',
    filename: 'kawan-aman-school-report',
    exportButton: 'Download the school report (CSV)',
    exportHint:
      'Counts per day for each kind of event on this computer. No names, no sites, no times of day: safe to share with the counsellor.',
    empty: 'Nothing has been recorded on this computer yet.',
    title: 'School report',
    recorded: '{n} days recorded, from {from} to {to}. Days without events show 0.',
    recordedOne: '1 day recorded: {from}.',
    labOnly:
      'The school report counts only what happened while lab mode was on. A family’s history on this computer stays the parent’s and is not in it.',
    recentTitle: 'The last 14 recorded days',
    recentCaption: 'Events per day, the most recent first',
    kinds: 'Kinds of event',
    downloaded: '{file} was downloaded.',
    failed: 'The report could not be made. Please try again.',
  },
  status: {
    managed: 'Managed by your school',
    labMode: 'This is a shared school computer (lab mode).',
    labModeDetail:
      'No message snippets, events are only counted per day, the counsellor is the trusted adult, and nothing personal is left after the browser closes.',
    problemsTitle: 'School policy keys that were ignored',
    problemsHint: 'These keys are misspelt or their values are not valid, so they were ignored. All other keys apply.',
    warningsTitle: 'Worth a look',
    noProblems: 'The school policy was read without problems.',
    checkBrowser:
      'Chrome and Edge drop a value of the wrong type (e.g. text for true/false) before it reaches Kawan Aman. Check on chrome://policy that every key you set has a value.',
  },
};

export const schoolWords: Record<Lang, typeof id> = { id, en };
