import type { StoryWords } from './types';

// Kata-kata kartu untuk anak, dipilih dari apa yang benar-benar terjadi (issue #14). Kalimat untuk 6–9 tahun paling
// banyak 12 kata; orang dewasa yang dipercaya disebut dengan luas ("Ayah, Ibu, Mbah, atau gurumu"); nasihat mengikuti
// UNICEF/ECPAT: jangan hapus, jangan bayar, jangan kirim apa pun, ceritakan ke orang dewasa, ini bukan salahmu.

const ADULTS = 'Ayah, Ibu, Mbah, atau gurumu';

export const id: StoryWords = {
  who: {
    someone: 'Ada yang',
    stranger: { '6-9': 'Orang asing', '10-12': 'Orang yang belum kamu kenal', '13-17': 'Orang yang belum kamu kenal' },
  },
  what: {
    'chat.secrecy': '{who} memintamu merahasiakan obrolan ini.',
    'chat.secrecy.keep_secret': '{who} memintamu tidak bilang ke orang tuamu.',
    'chat.secrecy.hide_chat': '{who} memintamu menghapus atau menyembunyikan obrolan ini.',
    'chat.move_private': '{who} mengajakmu pindah ngobrol ke aplikasi lain.',
    'chat.sexual_request': {
      '6-9': '{who} meminta foto atau video yang tidak pantas.',
      '10-12': '{who} meminta foto, video, atau hal pribadi yang tidak pantas.',
      '13-17': '{who} meminta foto, video, atau hal pribadi yang tidak pantas.',
    },
    'chat.sexual_request.photo': '{who} memintamu mengirim fotomu.',
    'chat.sexual_request.explicit': {
      '6-9': '{who} meminta foto badanmu tanpa baju.',
      '10-12': '{who} meminta fotomu tanpa baju.',
      '13-17': '{who} meminta foto atau video telanjang atau seksual darimu.',
    },
    'chat.sexual_request.video_call': {
      '6-9': '{who} mengajakmu video call berdua saja.',
      '10-12': '{who} mengajakmu video call berdua saja.',
      '13-17': '{who} mengajakmu video call pribadi (“vcs”).',
    },
    'chat.sexual_request.sexual_talk': {
      '6-9': '{who} mengirim kata-kata yang tidak pantas tentang tubuh.',
      '10-12': '{who} mengajakmu ngobrol tentang hal seksual.',
      '13-17': '{who} mengajakmu ngobrol tentang seks.',
    },
    'chat.personal_info': '{who} menanyakan hal pribadi tentang dirimu.',
    'chat.personal_info.phone': '{who} menanyakan nomor HP-mu.',
    'chat.personal_info.address': '{who} menanyakan di mana rumahmu.',
    'chat.personal_info.school': '{who} menanyakan sekolahmu.',
    'chat.personal_info.age': '{who} menanyakan umurmu.',
    'chat.personal_info.alone': '{who} bertanya apakah kamu sendirian di rumah.',
    'chat.gifts': '{who} menawarimu hadiah.',
    'chat.gifts.game_currency': '{who} menawarimu diamond atau hadiah untuk game.',
    'chat.gifts.credit_money': '{who} menawarimu pulsa, kuota, atau uang.',
    'chat.meet_offline': '{who} mengajakmu ketemuan.',
    'chat.sextortion': {
      '6-9': '{who} bilang mau menyebarkan fotomu.',
      '10-12': '{who} mengancam akan menyebarkan fotomu.',
      '13-17': '{who} mengancam akan menyebarkan fotomu.',
    },
    'chat.flattery_trust': '{who} terus-menerus memujimu.',
    'chat.flattery_trust.looks': '{who} terus bilang kamu cantik atau ganteng.',
    'chat.flattery_trust.special_bond': '{who} bilang hanya dia yang mengerti kamu.',
    'chat.unknown_contact': 'Orang ini belum ada di kontakmu.',
    'chat.hidden_account': '{who} menyuruhmu membuat akun rahasia.',
    'chat.vpn_bypass': '{who} menyuruhmu memakai VPN.',
    'chat.anonymous_chat': '{who} mengajakmu ke situs chat acak.',
    'search.vpn_bypass': 'Kamu sedang mencari aplikasi VPN.',
    'search.vpn_bypass.unblock': 'Kamu sedang mencari cara membuka situs yang diblokir.',
    'search.hidden_account': 'Kamu sedang mencari cara membuat akun rahasia.',
    'search.hidden_account.hide_from_parents': 'Kamu sedang mencari cara menyembunyikan sesuatu dari orang tuamu.',
    'search.anonymous_chat': 'Kamu sedang mencari situs untuk chat dengan orang asing.',
    'search.other': 'Kamu sedang mencari tentang {topic}.',
    'page.vpn_bypass': 'Halaman ini tentang VPN atau cara membuka situs yang diblokir.',
    'page.vpn_bypass.unblock': 'Halaman ini mengajari cara membuka situs yang diblokir.',
    'page.hidden_account': 'Halaman ini tentang cara membuat akun rahasia.',
    'page.hidden_account.hide_from_parents': 'Halaman ini mengajari cara menyembunyikan sesuatu dari orang tua.',
    'page.anonymous_chat': 'Halaman ini tentang chat acak dengan orang asing.',
    'page.other': 'Halaman ini tentang {topic}.',
    'site.vpn_bypass': 'Ini situs VPN atau situs pembuka blokir.',
    'site.anonymous_chat': 'Ini situs untuk chat acak dengan orang asing.',
    'download.vpn_bypass': 'Ini halaman untuk mengunduh aplikasi VPN.',
    'download.anonymous_chat': 'Ini halaman untuk mengunduh aplikasi chat dengan orang asing.',
    'typed.oversharing': 'Kamu mau mengirim sesuatu yang pribadi.',
    'typed.oversharing.phone': 'Kamu sedang menulis nomor HP di chat.',
    'typed.oversharing.address': 'Kamu sedang menulis alamat rumah di chat.',
    'typed.oversharing.school': 'Kamu sedang menulis nama sekolahmu di chat.',
    'typed.oversharing.home_alone': 'Kamu sedang menulis bahwa kamu sendirian di rumah.',
  },
  topic: {
    secrecy: 'menyimpan rahasia dari orang tua',
    move_private: 'pindah chat ke aplikasi lain',
    sexual_request: 'foto atau video pribadi',
    personal_info: 'data pribadi orang',
    gifts: 'hadiah dari orang di internet',
    meet_offline: 'ketemuan dengan orang dari internet',
    sextortion: 'foto yang disebar tanpa izin',
    flattery_trust: 'rayuan orang di internet',
    hidden_account: 'akun rahasia',
    vpn_bypass: 'VPN dan situs yang diblokir',
    anonymous_chat: 'chat dengan orang asing',
    unknown_contact: 'chat dengan orang yang belum dikenal',
    oversharing: 'membagikan data pribadimu',
  },
  why: {
    secrecy: {
      '6-9': 'Orang yang baik tidak meminta anak merahasiakan sesuatu dari keluarganya.',
      '10-12':
        'Orang yang berniat baik tidak perlu bersembunyi dari keluargamu. Meminta rahasia sering jadi langkah pertama orang yang ingin menipu anak.',
      '13-17':
        'Meminta rahasia adalah salah satu tanda grooming yang paling jelas: kamu dijauhkan dari orang yang bisa menolongmu.',
    },
    'secrecy.hide_chat': {
      '6-9': 'Kalau obrolan dihapus, orang dewasa sulit menolongmu.',
      '10-12': 'Kalau obrolan dihapus, bukti yang dibutuhkan orang dewasa untuk menolongmu ikut hilang.',
      '13-17': 'Menghapus obrolan melindungi dia, bukan kamu. Pesan itu penting kalau kamu butuh bantuan.',
    },
    move_private: {
      '6-9': 'Di aplikasi lain, tidak ada orang dewasa yang bisa melihat dan menolongmu.',
      '10-12': 'Di aplikasi pribadi tidak ada yang mengawasi. Karena itu orang yang ingin menipu anak mengajak pindah.',
      '13-17':
        'Mengajak pindah ke aplikasi pribadi adalah langkah grooming yang umum: lebih sedikit yang melihat, lebih sedikit bukti.',
    },
    sexual_request: {
      '6-9': 'Tubuhmu milikmu. Orang yang baik tidak meminta atau mengatakan hal seperti itu ke anak.',
      '10-12':
        'Orang dewasa yang baik tidak meminta atau mengatakan hal seperti itu ke anak. Itu salah dia, bukan salahmu.',
      '13-17':
        'Mengajak anak di bawah 18 tahun ke obrolan atau gambar seksual itu melanggar hukum. Yang salah dia, bukan kamu.',
    },
    'sexual_request.photo': {
      '6-9': 'Fotomu milikmu. Foto yang sudah terkirim tidak bisa diambil lagi.',
      '10-12': 'Foto yang sudah terkirim bisa disimpan dan disebar ke mana-mana. Kamu tidak bisa menariknya lagi.',
      '13-17': '“Pap” ke orang yang hanya kamu kenal di internet bisa disimpan, disebar, atau dipakai untuk menekanmu.',
    },
    'sexual_request.explicit': {
      '6-9': 'Tubuhmu milikmu. Tidak ada yang boleh meminta foto seperti itu dari anak.',
      '10-12':
        'Orang dewasa yang baik tidak meminta foto atau video seperti itu dari anak. Foto yang sudah terkirim bisa disebar ke mana-mana.',
      '13-17':
        'Meminta gambar seksual dari anak di bawah 18 tahun melanggar hukum. Yang salah adalah orang yang meminta dan menyebarkannya, bukan kamu.',
    },
    'sexual_request.video_call': {
      '6-9': 'Video call berdua dengan orang dari internet bukan untuk anak.',
      '10-12': 'Video call bisa direkam tanpa kamu tahu, lalu disebar.',
      '13-17': 'Video call pribadi bisa direkam tanpa kamu tahu, dan rekamannya sering dipakai untuk memeras.',
    },
    personal_info: {
      '6-9': 'Rumah, sekolah, dan nomor HP hanya untuk orang yang kamu kenal.',
      '10-12': 'Dengan data itu, orang yang belum kamu kenal bisa menemukanmu di dunia nyata.',
      '13-17': 'Potongan kecil data pribadi bisa digabung untuk menemukanmu atau menekanmu.',
    },
    'personal_info.age': {
      '6-9': 'Umurmu itu hal pribadi, hanya untuk orang yang kamu kenal.',
      '10-12': 'Orang asing kadang menanyakan umur untuk mencari anak-anak.',
      '13-17': 'Menanyakan umur sering jadi langkah awal orang dewasa yang mendekati anak muda.',
    },
    'personal_info.alone': {
      '6-9': 'Sendirian atau tidak, itu urusan keluargamu, bukan orang di internet.',
      '10-12': 'Pertanyaan tentang kapan kamu sendirian bisa dipakai untuk merencanakan sesuatu yang tidak baik.',
      '13-17': 'Tahu kapan kamu sendirian bisa dipakai untuk mendekatimu saat tidak ada yang menjaga.',
    },
    gifts: {
      '6-9': 'Hadiah dari orang asing bisa membuatmu merasa berutang.',
      '10-12': 'Hadiah gratis sering dipakai supaya kamu merasa berutang, lalu dimintai sesuatu.',
      '13-17':
        'Hadiah dari orang yang hanya kamu kenal di internet biasanya ada maunya: setelah memberi, dia akan meminta.',
    },
    meet_offline: {
      '6-9': 'Orang dari internet bisa berbeda dari yang dia katakan.',
      '10-12': 'Orang di internet bisa berbohong tentang umur dan siapa dirinya sebenarnya.',
      '13-17':
        'Orang yang kamu kenal dari internet bisa berbohong tentang umur dan niatnya. Ajakan ketemuan darinya perlu diketahui orang dewasa yang kamu percaya.',
    },
    sextortion: {
      '6-9': 'Ini bukan salahmu. Orang dewasa bisa membantu menghentikannya.',
      '10-12': 'Ini bukan salahmu. Ancaman seperti ini biasanya makin besar kalau dituruti.',
      '13-17':
        'Ini bukan salahmu, walaupun kamu sudah terlanjur mengirim. Menurut atau membayar biasanya membuat ancamannya makin besar.',
    },
    flattery_trust: {
      '6-9': 'Orang asing kadang terus memuji supaya kamu cepat percaya.',
      '10-12': 'Pujian berlebihan sering dipakai supaya kamu cepat percaya dan mau menuruti.',
      '13-17': 'Pujian terus-menerus adalah cara membangun kepercayaan dengan cepat, lalu memintamu melakukan sesuatu.',
    },
    'flattery_trust.special_bond': {
      '6-9': 'Keluargamu dan temanmu juga mengerti kamu. Banyak orang baik di sekitarmu.',
      '10-12': 'Itu cara supaya kamu menjauh dari keluarga dan teman. Keluarga dan temanmu ada di pihakmu.',
      '13-17': 'Membuatmu merasa hanya dia yang mengerti adalah cara menjauhkanmu dari orang-orang yang peduli padamu.',
    },
    unknown_contact: {
      '6-9': 'Orang di internet bisa berpura-pura jadi anak atau temanmu.',
      '10-12': 'Orang di internet bisa berbohong tentang nama, umur, dan fotonya.',
      '13-17': 'Akun baru yang tidak kamu kenal bisa siapa saja. Profil, foto, dan umur mudah dipalsukan.',
    },
    hidden_account: {
      '6-9': 'Kalau ada masalah di akun rahasia, tidak ada yang bisa menolongmu.',
      '10-12':
        'Akun yang tidak diketahui siapa pun berarti tidak ada yang bisa menolong kalau terjadi sesuatu di sana.',
      '13-17':
        'Akun rahasia membuat orang yang peduli padamu tidak bisa melihat kalau ada yang mulai menekanmu di sana.',
    },
    'hidden_account.hide_from_parents': {
      '6-9': 'Kalau sesuatu disembunyikan dari keluarga, mereka sulit menolongmu.',
      '10-12': 'Yang disembunyikan dari orang tua tidak bisa mereka bantu kalau ada masalah.',
      '13-17': 'Menyembunyikan sesuatu dari orang tua berarti mereka tidak bisa membantu kalau ada yang menekanmu.',
    },
    vpn_bypass: {
      '6-9': 'VPN dipakai untuk membuka situs yang diblokir. Situs itu diblokir karena tidak baik untuk anak.',
      '10-12':
        'Situs biasanya diblokir karena ada orang asing atau hal untuk orang dewasa di sana. VPN bisa membawamu ke sana.',
      '13-17':
        'VPN sendiri tidak salah, tapi membuka situs yang diblokir dengannya membawamu ke tempat tanpa penjaga dan penuh orang asing.',
    },
    'vpn_bypass.unblock': {
      '6-9': 'Situs diblokir karena ada hal yang tidak baik untuk anak.',
      '10-12': 'Situs biasanya diblokir karena ada orang asing atau hal untuk orang dewasa di sana.',
      '13-17': 'Membuka situs yang diblokir membawamu ke tempat tanpa penjaga dan penuh orang asing.',
    },
    anonymous_chat: {
      '6-9': 'Di situs seperti ini, kamu tidak tahu siapa yang kamu ajak bicara.',
      '10-12': 'Di chat acak kamu tidak tahu siapa lawan bicaramu, dan orang dewasa bisa berpura-pura jadi anak.',
      '13-17':
        'Chat acak mempertemukanmu dengan orang yang tidak bisa kamu periksa, dan apa yang kamu tunjukkan di kamera bisa direkam.',
    },
    oversharing: {
      '6-9': 'Nomor HP, alamat, dan sekolah hanya untuk orang yang kamu kenal.',
      '10-12': 'Yang sudah terkirim tidak bisa ditarik lagi, dan orang asing bisa memakainya untuk menemukanmu.',
      '13-17':
        'Data pribadi yang sudah terkirim tidak bisa ditarik lagi, dan bisa digabung untuk menemukan atau menekanmu.',
    },
    'oversharing.home_alone': {
      '6-9': 'Orang di internet tidak perlu tahu kapan kamu sendirian.',
      '10-12': 'Bilang kamu sendirian bisa dipakai orang untuk mendekatimu saat tidak ada yang menjaga.',
      '13-17': 'Bilang kamu sendirian bisa dipakai orang untuk mendekatimu saat tidak ada yang menjaga.',
    },
  },
  todo: {
    secrecy: {
      '6-9': `Ceritakan obrolan ini ke ${ADULTS}. Bercerita itu selalu boleh.`,
      '10-12': 'Jangan setuju merahasiakannya. Ceritakan ke orang tuamu, Mbah, atau gurumu apa yang dia bilang.',
      '13-17':
        'Kamu tidak berutang rahasia padanya. Ceritakan ke orang dewasa yang kamu percaya: orang tua, guru BK, atau wali kelas.',
    },
    'secrecy.hide_chat': {
      '6-9': `Jangan hapus chatnya. Tunjukkan ke ${ADULTS}.`,
      '10-12': 'Jangan hapus apa pun. Tunjukkan obrolan ini ke orang dewasa yang kamu percaya.',
      '13-17': 'Simpan pesannya, jangan hapus walaupun dia memaksa. Ceritakan ke orang dewasa yang kamu percaya.',
    },
    move_private: {
      '6-9': `Jangan pindah aplikasi. Ceritakan ke ${ADULTS}.`,
      '10-12': 'Jangan pindah aplikasi dan jangan berikan nomormu. Ceritakan ke orang tuamu kalau dia terus mengajak.',
      '13-17': 'Tetap di sini atau akhiri obrolannya. Kamu tidak perlu alasan untuk menolak.',
    },
    sexual_request: {
      '6-9': `Jangan kirim apa pun. Ceritakan ke ${ADULTS} sekarang.`,
      '10-12': 'Jangan kirim apa pun dan berhenti membalas. Ceritakan ke orang dewasa yang kamu percaya.',
      '13-17':
        'Kamu boleh menolak tanpa alasan. Jangan kirim apa pun, lalu ceritakan ke orang dewasa yang kamu percaya.',
    },
    'sexual_request.video_call': {
      '6-9': `Jangan angkat video call-nya. Panggil ${ADULTS}.`,
      '10-12': 'Jangan angkat dan jangan nyalakan kamera. Ceritakan ke orang dewasa yang kamu percaya.',
      '13-17': 'Jangan angkat dan jangan nyalakan kamera. Ceritakan ke orang dewasa yang kamu percaya.',
    },
    personal_info: {
      '6-9': `Jangan dijawab. Tanya ${ADULTS} dulu.`,
      '10-12': 'Kamu boleh tidak menjawab. Kalau dia terus bertanya, ceritakan ke orang dewasa yang kamu percaya.',
      '13-17': 'Kamu tidak wajib menjawab. Kalau dia memaksa, itu tanda untuk berhenti dan bercerita.',
    },
    gifts: {
      '6-9': `Jangan diterima. Ceritakan ke ${ADULTS}.`,
      '10-12': 'Jangan terima, dan jangan kirim apa pun sebagai balasan. Ceritakan ke orang dewasa yang kamu percaya.',
      '13-17':
        'Tolak hadiahnya. Kalau sudah terlanjur menerima, itu bukan salahmu: ceritakan ke orang dewasa yang kamu percaya.',
    },
    meet_offline: {
      '6-9': `Jangan pergi. Ceritakan ke ${ADULTS} sekarang.`,
      '10-12': 'Jangan pergi menemuinya. Ceritakan ajakan ini ke orang tuamu, Mbah, atau gurumu.',
      '13-17': 'Jangan pergi kalau orang dewasa yang kamu percaya tidak ikut. Ceritakan ajakan ini dulu.',
    },
    sextortion: {
      '6-9': `Jangan kirim apa pun dan jangan bayar. Ceritakan ke ${ADULTS} sekarang.`,
      '10-12': 'Jangan bayar, jangan kirim apa pun, jangan hapus chatnya. Ceritakan ke orang dewasa sekarang.',
      '13-17':
        'Jangan bayar, jangan kirim lagi, jangan hapus chatnya. Ceritakan ke orang dewasa yang kamu percaya atau hubungi SAPA 129.',
    },
    flattery_trust: {
      '6-9': `Kamu boleh berhenti mengobrol. Ceritakan ke ${ADULTS}.`,
      '10-12': 'Hati-hati kalau dia mulai meminta sesuatu. Ceritakan ke orang dewasa yang kamu percaya.',
      '13-17': 'Perhatikan apa yang dia minta setelah memuji. Bicarakan dengan orang dewasa yang kamu percaya.',
    },
    unknown_contact: {
      '6-9': `Jangan balas dulu. Tanya ${ADULTS} siapa dia.`,
      '10-12': 'Jangan balas sebelum tahu siapa dia. Tanya orang dewasa yang kamu percaya.',
      '13-17': 'Jangan bagikan apa pun sebelum kamu yakin siapa dia. Blokir kalau dia memaksa.',
    },
    hidden_account: {
      '6-9': `Pakai akun yang diketahui keluargamu. Tanya ${ADULTS} kalau bingung.`,
      '10-12': 'Tetap pakai akun yang diketahui keluargamu. Tanya orang tuamu kalau butuh akun baru.',
      '13-17':
        'Kalau kamu butuh ruang sendiri, bicarakan dengan orang tuamu. Akun yang diketahui orang terdekat tetap lebih aman.',
    },
    'hidden_account.hide_from_parents': {
      '6-9': `Tinggalkan halaman ini. Kamu boleh cerita apa saja ke ${ADULTS}.`,
      '10-12': 'Kalau ada yang ingin kamu sembunyikan, bicarakan dulu dengan orang dewasa yang kamu percaya.',
      '13-17':
        'Kalau kamu butuh privasi, bicarakan dengan orang tuamu atau orang dewasa lain yang kamu percaya. Tetap punya cara untuk minta tolong.',
    },
    vpn_bypass: {
      '6-9': 'Jangan pasang VPN atau buka situs yang diblokir. Tanya orang dewasa dulu.',
      '10-12': 'Kalau butuh situs itu untuk sekolah, minta orang tua atau gurumu membukanya bersamamu.',
      '13-17':
        'Kalau kamu butuh situs yang diblokir, bicarakan dengan orang tua atau guru. Mereka bisa membukanya kalau aman.',
    },
    anonymous_chat: {
      '6-9': 'Jangan pakai situs seperti ini. Main di tempat yang diketahui keluargamu.',
      '10-12': 'Jangan pakai situs seperti ini. Mengobrollah dengan teman yang kamu kenal di dunia nyata.',
      '13-17': 'Jangan pakai situs seperti ini, dan jangan nyalakan kamera untuk orang yang tidak kamu kenal.',
    },
    oversharing: {
      '6-9': `Jangan dikirim dulu. Tanya ${ADULTS}.`,
      '10-12': 'Pikir dulu sebelum mengirim: apakah kamu kenal orang ini di dunia nyata?',
      '13-17': 'Kirim hanya ke orang yang kamu kenal di dunia nyata. Kalau ragu, jangan dikirim.',
    },
    chat: {
      '6-9': `Jangan balas dulu. Tunjukkan chat ini ke ${ADULTS}.`,
      '10-12': 'Jangan balas dulu, dan tunjukkan obrolan ini ke orang dewasa yang kamu percaya.',
      '13-17': 'Berhenti membalas, lalu ceritakan ke orang dewasa yang kamu percaya.',
    },
    browse: {
      '6-9': `Tinggalkan halaman ini. Ceritakan ke ${ADULTS}.`,
      '10-12': 'Tinggalkan halaman ini, lalu ceritakan ke orang dewasa yang kamu percaya.',
      '13-17': 'Tinggalkan halaman ini, lalu ceritakan ke orang dewasa yang kamu percaya.',
    },
    typed: {
      '6-9': `Jangan dikirim dulu. Tanya ${ADULTS}.`,
      '10-12': 'Pikir dulu sebelum mengirim, dan tanya orang dewasa kalau ragu.',
      '13-17': 'Pikir dulu sebelum mengirim, dan tanya orang dewasa kalau ragu.',
    },
  },
  where: {
    chat: 'di chat',
    search: 'saat mencari di internet',
    page: 'di sebuah halaman web',
    site: 'di sebuah situs',
    download: 'di halaman unduhan aplikasi',
    typed: 'saat aku mengetik',
  },
};
