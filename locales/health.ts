/**
 * The parent's notes about stored data (options page, on every parent screen): the computer's storage is full,
 * damaged settings went back to their default, something changed the settings without the PIN and was undone, or the
 * learned detection layer's file could not be used. Plain words; what still works comes first.
 */
const id = {
  storageFull: {
    title: 'Penyimpanan komputer ini penuh',
    body: 'Sejak {since}, {lost} catatan tidak bisa disimpan karena ruang penyimpanan browser atau komputer ini penuh. Kawan Aman tetap menjaga dan tetap menampilkan tips kepada anak; hanya catatannya yang hilang.',
    todo: 'Kosongkan ruang di komputer (hapus berkas besar yang tidak dipakai), atau hapus riwayat lama di halaman Data.',
  },
  storageFailed: {
    title: 'Catatan Kawan Aman tidak bisa disimpan',
    body: 'Sejak {since}, {lost} catatan tidak bisa disimpan karena penyimpanan Kawan Aman di browser ini bermasalah. Kawan Aman tetap menjaga dan tetap menampilkan tips kepada anak; hanya catatannya yang hilang.',
    todo: 'Tutup dan buka lagi browser. Bila pesan ini muncul lagi, unduh data Anda di halaman Data, lalu pasang ulang Kawan Aman.',
  },
  settingsRepaired: {
    title: 'Beberapa pengaturan rusak dan sudah diperbaiki',
    body: 'Pada {at}, pengaturan ini tersimpan rusak dan dikembalikan ke nilai bawaan: {keys}. Pengaturan lain tetap seperti yang Anda pilih.',
    all: 'Pada {at}, pengaturan tersimpan rusak seluruhnya dan semuanya dikembalikan ke nilai bawaan.',
    todo: 'Periksa pengaturan ini di halaman Pengaturan dan simpan lagi bila perlu.',
  },
  settingsGuarded: {
    title: 'Ada yang mencoba mengubah Kawan Aman tanpa PIN',
    body: 'Pada {at}, sesuatu di komputer ini (misalnya ekstensi browser lain atau sebuah program) mengubah pengaturan atau aturan Kawan Aman tanpa PIN ({times}). Kawan Aman langsung mengembalikannya, dan tetap menjaga seperti yang Anda pilih.',
    todo: 'Periksa ekstensi yang terpasang di browser ini dan hapus yang tidak Anda kenal. Bicarakan dengan anak dengan tenang, tanpa menyalahkan.',
    once: '1 kali',
    times: '{count} kali',
  },
  modelTrouble: {
    title: 'Lapisan pendeteksi tambahan Kawan Aman tidak bisa dipakai',
    body: 'Pada {at}, berkas model pendeteksi Kawan Aman {problem}. Aturan pendeteksi tetap bekerja dan tetap menampilkan tips kepada anak, tetapi kalimat yang ditulis dengan cara baru bisa lebih sering terlewat.',
    problems: {
      missing: 'tidak ditemukan',
      truncated: 'terpotong',
      tampered: 'tidak sama dengan yang dikirim bersama versi ini',
      format: 'dibuat untuk versi Kawan Aman yang lain',
    },
    todo: 'Pasang ulang atau perbarui Kawan Aman dari tokonya. Bila pesan ini muncul lagi, periksa ekstensi atau program lain yang bisa mengubah berkas browser.',
  },
  dismiss: 'Sudah saya baca',
};

const en: typeof id = {
  storageFull: {
    title: 'This computer’s storage is full',
    body: 'Since {since}, {lost} records could not be saved because the browser’s or the computer’s storage is full. Kawan Aman still guards and still shows your child its tips; only the records are missing.',
    todo: 'Free some space on the computer (delete large files you don’t use), or delete old history on the Data page.',
  },
  storageFailed: {
    title: 'Kawan Aman could not save its records',
    body: 'Since {since}, {lost} records could not be saved because Kawan Aman’s storage in this browser has a problem. Kawan Aman still guards and still shows your child its tips; only the records are missing.',
    todo: 'Close the browser and open it again. If this note comes back, download your data on the Data page, then reinstall Kawan Aman.',
  },
  settingsRepaired: {
    title: 'Some settings were damaged and have been repaired',
    body: 'On {at}, these settings were stored damaged and went back to their default: {keys}. Your other settings stay as you chose them.',
    all: 'On {at}, the stored settings were damaged as a whole, and all went back to their default.',
    todo: 'Check these settings on the Settings page and save them again if needed.',
  },
  settingsGuarded: {
    title: 'Something tried to change Kawan Aman without the PIN',
    body: 'On {at}, something on this computer (another browser extension or a program, for example) changed Kawan Aman’s settings or rules without the PIN ({times}). Kawan Aman put them back right away and keeps guiding as you chose.',
    todo: 'Check the extensions installed in this browser and remove any you don’t know. Talk with your child calmly, without blame.',
    once: 'once',
    times: '{count} times',
  },
  modelTrouble: {
    title: 'Kawan Aman’s extra detection layer can’t be used',
    body: 'On {at}, Kawan Aman’s detection model file {problem}. The detection rules keep working and still show your child its tips, but messages written in new ways may be missed more often.',
    problems: {
      missing: 'was not found',
      truncated: 'was cut short',
      tampered: 'was not the one that came with this version',
      format: 'was made for another version of Kawan Aman',
    },
    todo: 'Reinstall or update Kawan Aman from its store. If this note comes back, check other extensions or programs that could change the browser’s files.',
  },
  dismiss: 'I have read this',
};

export const healthWords = { id, en };
