import type { Lang } from './index';

/**
 * Words for the school admin and the counsellor (guru BK): the school report CSV and the options page's school
 * panel. Adults read these; they may be technical but stay plain.
 */
const id = {
  report: {
    date: 'Tanggal',
    total: 'Jumlah',
    /** The CSV file name before the date, e.g. laporan-sekolah-kawan-aman-2026-03-02.csv. */
    filename: 'laporan-sekolah-kawan-aman',
    exportButton: 'Unduh laporan sekolah (CSV)',
    exportHint:
      'Jumlah per hari untuk setiap jenis kejadian di komputer ini. Tanpa nama, tanpa situs, tanpa jam: aman dibagikan ke guru BK.',
    empty: 'Belum ada kejadian yang tercatat di komputer ini.',
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
  report: {
    date: 'Date',
    total: 'Total',
    filename: 'kawan-aman-school-report',
    exportButton: 'Download the school report (CSV)',
    exportHint:
      'Counts per day for each kind of event on this computer. No names, no sites, no times of day: safe to share with the counsellor.',
    empty: 'Nothing has been recorded on this computer yet.',
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
