import type { Tip, TipLibrary } from './types';

const t = (what: string, why: string, todo: string): Tip => ({ what, why, todo });

/**
 * Tips dalam Bahasa Indonesia: apa yang terjadi, kenapa penting, apa yang bisa dilakukan sekarang. 6–9: kalimat
 * pendek, tanpa kata yang menakutkan; 10–12: menamai triknya; 13–17: jujur, menghargai, dengan layanan dari
 * DESIGN.md §7 saja.
 */
export const id: TipLibrary = {
  secrecy: {
    '6-9': [
      t(
        'Ada yang memintamu merahasiakan obrolan ini dari keluargamu.',
        'Rahasia yang baik itu kejutan yang menyenangkan, seperti kado ulang tahun. Rahasia yang disembunyikan dari keluarga itu bukan rahasia yang baik.',
        'Ceritakan obrolan ini ke Ayah, Ibu, Mbah, atau gurumu. Bercerita itu boleh.',
      ),
      t(
        'Ada yang bilang “jangan bilang ortu, ya”.',
        'Teman sungguhan senang kalau keluargamu kenal dengannya.',
        'Tunjukkan obrolan ini ke orang dewasa yang kamu percaya, hari ini juga.',
      ),
      t(
        'Kamu diminta menyembunyikan obrolan ini.',
        'Kalau obrolan disembunyikan, orang dewasa sulit menolongmu saat ada yang terasa aneh.',
        'Kamu tidak perlu membalas. Tunjukkan obrolannya ke Ayah, Ibu, Mbah, atau gurumu.',
      ),
      t(
        'Ada yang ingin obrolan ini jadi “rahasia kita berdua”.',
        'Orang yang baik tidak meminta anak-anak menyembunyikan sesuatu dari keluarganya.',
        'Berhenti mengobrol dan datangi orang dewasa. Bercerita itu selalu boleh.',
      ),
      t(
        'Di obrolan ini kamu diminta menyimpan rahasia.',
        'Kejutan hanya sebentar dan membuat orang senang. Rahasia seperti ini berbeda.',
        'Tunjukkan obrolan ini ke Ayah, Ibu, Mbah, atau gurumu sekarang.',
      ),
    ],
    '10-12': [
      t(
        'Ada yang memintamu merahasiakan obrolan kalian dari orang tuamu.',
        'Orang yang berniat baik tidak perlu sembunyi dari keluargamu. Meminta rahasia sering jadi langkah pertama orang yang ingin menipu anak.',
        'Jangan setuju untuk merahasiakannya. Ceritakan ke orang tua atau guru apa yang dia bilang.',
      ),
      t(
        'Kamu diberi tahu “ini cukup kita berdua yang tahu”.',
        'Rahasia memisahkanmu dari orang-orang yang bisa menolong kalau ada masalah.',
        'Simpan obrolannya dan tunjukkan ke orang dewasa yang kamu percaya.',
      ),
      t(
        'Ada yang bilang orang tuamu “tidak akan mengerti”.',
        'Itu cara supaya kamu merasa hanya dia yang membelamu. Keluargamu ada di pihakmu.',
        'Bicaralah dengan orang tua, kakak sepupu, atau guru. Mulai saja dengan: “Ada orang di internet yang memintaku merahasiakan sesuatu.”',
      ),
      t(
        'Ada yang memintamu menghapus pesan atau menyembunyikan obrolan.',
        'Kalau obrolan dihapus, bukti yang dibutuhkan orang dewasa untuk menolongmu ikut hilang.',
        'Jangan hapus apa pun. Keluar dari aplikasi dan ceritakan ke orang dewasa.',
      ),
      t(
        'Kamu diminta menyembunyikan sebuah pertemanan.',
        'Pertemanan yang harus disembunyikan bukan pertemanan yang aman, walaupun orangnya terlihat baik.',
        'Kamu boleh menolak dan berhenti membalas. Ceritakan ke orang yang kamu percaya.',
      ),
    ],
    '13-17': [
      t(
        'Ada yang memintamu merahasiakan percakapan ini dari orang tua atau temanmu.',
        'Kerahasiaan adalah salah satu tanda grooming yang paling jelas: kamu dijauhkan dari orang lain, jadi tidak ada yang sadar kalau keadaan memburuk.',
        'Kamu tidak berutang rahasia padanya. Simpan obrolannya dan ceritakan ke orang dewasa yang kamu percaya.',
      ),
      t(
        'Dia bilang “tidak ada yang bakal ngerti kita”.',
        'Membuatmu merasa hubungan ini harus disembunyikan memberinya kendali atas dirimu.',
        'Perhatikan rasanya diminta bersembunyi. Bicarakan dengan orang dewasa yang kamu percaya.',
      ),
      t(
        'Kamu diminta menghapus atau menyembunyikan pesan.',
        'Menghapus obrolan melindungi dia, bukan kamu. Kalau suatu saat kamu butuh bantuan, pesan itu penting.',
        'Simpan pesannya. Jangan hapus obrolan, walaupun dia memaksa.',
      ),
      t(
        'Ada yang bilang kamu akan kena masalah kalau ada yang tahu.',
        'Itu tekanan, dan begitulah cara orang membuat anak muda diam. Bukan kamu yang bermasalah.',
        'Ceritakan ke orang dewasa yang kamu percaya atau hubungi SAPA 129. Minta tolong tidak pernah berarti ingkar janji.',
      ),
      t(
        'Kamu diajak menjalani “hubungan rahasia”.',
        'Orang dewasa yang ingin hubungan rahasia dengan remaja adalah pihak yang melanggar aturan, bukan kamu.',
        'Berhenti membalas dan bicara dengan orang yang kamu percaya. Kamu tetap bisa mendapat bantuan walaupun sudah terlanjur berbagi.',
      ),
    ],
  },
  move_private: {
    '6-9': [
      t(
        'Ada yang ingin mengobrol denganmu di aplikasi lain.',
        'Di aplikasi lain, orang dewasa tidak bisa melihat apa yang terjadi.',
        'Tetap di sini dan ceritakan ke Ayah, Ibu, Mbah, atau gurumu.',
      ),
      t(
        'Ada yang meminta nomor WhatsApp-mu.',
        'Nomormu hanya untuk keluarga dan teman yang kamu kenal di dunia nyata.',
        'Jangan berikan. Tunjukkan obrolan ini ke orang dewasa.',
      ),
      t(
        'Ada yang bilang “ngobrol di tempat lain, yuk”.',
        'Orang yang baik tidak keberatan mengobrol di tempat yang bisa dilihat keluargamu.',
        'Bilang “tidak, terima kasih” lalu datangi orang dewasa.',
      ),
      t(
        'Kamu diminta menambahkan seseorang di aplikasi lain.',
        'Kamu hanya menambahkan orang yang kamu kenal dari rumah atau sekolah.',
        'Tanya orang dewasa dulu sebelum menambahkan siapa pun.',
      ),
      t(
        'Ada yang ingin video call denganmu di aplikasi lain.',
        'Video call dengan orang yang tidak kamu kenal bukan untuk anak-anak.',
        'Jangan angkat teleponnya. Langsung ceritakan ke orang dewasa.',
      ),
    ],
    '10-12': [
      t(
        'Ada yang ingin memindahkan obrolan ke WhatsApp, Telegram, atau aplikasi lain.',
        'Di aplikasi pribadi tidak ada yang mengawasi. Karena itu orang yang ingin menipu anak mengajak pindah.',
        'Mengobrol di sini saja, atau berhenti. Ceritakan ke orang tua kalau dia terus mengajak.',
      ),
      t(
        'Kamu diminta nomor HP atau username di aplikasi lain.',
        'Begitu dia punya nomormu, dia bisa mengirim pesan di mana saja dan kapan saja.',
        'Jangan berikan. Kamu bisa bilang: “Orang tuaku tidak mengizinkan.”',
      ),
      t(
        'Ada yang bilang aplikasi ini “membosankan” atau “tidak aman” dan mengajak pindah.',
        'Mendorongmu ke tempat yang lebih tersembunyi adalah tanda bahaya, walaupun alasannya terdengar baik.',
        'Tolak saja. Kalau dia marah karena itu, kamu jadi tahu sesuatu tentang dia.',
      ),
      t(
        'Kamu diminta memakai aplikasi yang pesannya bisa hilang sendiri.',
        'Pesan yang hilang tidak bisa ditunjukkan ke orang yang bisa menolongmu.',
        'Jangan pindah aplikasi. Tunjukkan obrolan yang ada sekarang ke orang dewasa.',
      ),
      t(
        'Kamu diundang ke grup atau server pribadi.',
        'Di grup pribadi bisa ada orang yang jauh lebih tua dari yang mereka akui.',
        'Tanya orang tua dulu sebelum masuk grup dari orang yang kamu kenal di internet.',
      ),
    ],
    '13-17': [
      t(
        'Dia ingin pindah ke WhatsApp, Telegram, Snapchat, atau DM pribadi.',
        'Pindah ke aplikasi pribadi atau yang pesannya bisa hilang adalah langkah grooming yang klasik: lebih sedikit moderator, lebih sedikit bukti.',
        'Tetap mengobrol di tempat ini, atau akhiri. Kamu tidak perlu alasan.',
      ),
      t(
        'Ada yang terus meminta nomormu padahal kamu sudah menolak.',
        'Mengabaikan penolakanmu adalah tanda bahaya tentang cara dia memperlakukan batasanmu yang lain.',
        'Blokir dia. Kalau dia muncul di tempat lain, ceritakan ke orang dewasa yang kamu percaya.',
      ),
      t(
        'Dia memintamu membuat akun kedua yang rahasia untuk mengobrol.',
        'Akun tersembunyi berarti tidak ada yang bisa menolong kalau terjadi sesuatu di sana.',
        'Tetap pakai akun yang diketahui orang-orang terdekatmu.',
      ),
      t(
        'Dia menyarankan aplikasi dengan pesan yang hilang sendiri atau “mode rahasia”.',
        'Pesan yang hilang membantunya lolos dari laporan. Itu tidak melindungimu.',
        'Tolak. Simpan obrolan yang sekarang supaya ada kalau kamu butuh bantuan.',
      ),
      t(
        'Orang yang hanya kamu kenal di internet mengundangmu ke grup atau server tertutup.',
        'Grup tertutup sering menjadi tempat konten seksual dan tekanan dimulai.',
        'Cek siapa pengelolanya dan bicarakan dengan orang yang kamu percaya sebelum bergabung.',
      ),
    ],
  },
  sexual_request: {
    '6-9': [
      t(
        'Ada yang meminta fotomu.',
        'Fotomu hanya untuk keluargamu dan orang yang kamu kenal.',
        'Jangan kirim foto apa pun. Ceritakan ke orang dewasa sekarang juga.',
      ),
      t(
        'Ada yang memintamu memperlihatkan tubuhmu di kamera.',
        'Tubuhmu milikmu. Tidak ada yang boleh meminta itu di internet.',
        'Matikan kamera dan datangi Ayah, Ibu, Mbah, atau gurumu.',
      ),
      t(
        'Ada yang meminta fotomu memakai piyama atau saat mandi.',
        'Tidak ada yang boleh meminta foto seperti itu dari anak-anak. Itu tidak boleh.',
        'Bilang tidak, tutup obrolannya, dan ceritakan ke orang dewasa. Kamu tidak salah apa-apa.',
      ),
      t(
        'Ada yang ingin video call berdua saja denganmu.',
        'Video call dengan orang yang tidak kamu kenal bukan untuk anak-anak.',
        'Jangan diangkat. Tunjukkan pesannya ke orang dewasa.',
      ),
      t(
        'Ada yang bertanya tentang bagian pribadi tubuhmu.',
        'Bagian tubuh yang tertutup baju renang itu pribadi. Tidak ada yang boleh membicarakannya denganmu di internet.',
        'Berhenti mengobrol dan ceritakan ke orang dewasa yang kamu percaya. Kamu tidak salah.',
      ),
    ],
    '10-12': [
      t(
        'Ada yang memintamu mengirim foto diri (“pap”).',
        'Foto bisa disimpan dan disebarkan selamanya, dan ada orang yang memakainya untuk menekan anak-anak nanti.',
        'Jangan kirim. Kamu cukup bilang tidak lalu pergi. Ceritakan ke orang tua atau guru.',
      ),
      t(
        'Kamu diajak video call (“vcs”) atau diminta menyalakan kamera.',
        'Orang yang meminta anak-anak tampil di kamera bisa saja merekamnya.',
        'Tolak dan akhiri obrolan. Tunjukkan apa yang dia katakan ke orang dewasa.',
      ),
      t(
        'Ada yang meminta fotomu dengan pakaian yang lebih sedikit.',
        'Meminta itu dari anak muda tidak pernah boleh, dan bukan salahmu kalau dia meminta.',
        'Jangan balas. Langsung ceritakan ke orang dewasa yang kamu percaya.',
      ),
      t(
        'Ada yang mengirimimu gambar yang tidak ingin kamu lihat.',
        'Mengirim gambar seksual ke anak-anak itu salah, dan itu bukan karena kamu.',
        'Jangan buka yang lain dan jangan teruskan. Ceritakan ke orang dewasa dan blokir pengirimnya.',
      ),
      t(
        'Kamu ditanya-tanya tentang tubuhmu.',
        'Pertanyaan seperti ini dipakai supaya hal pribadi terasa biasa. Dari orang asing, itu tidak biasa.',
        'Berhenti menjawab. Bicaralah dengan orang tua, guru BK, atau wali kelasmu.',
      ),
    ],
    '13-17': [
      t(
        'Ada yang meminta foto telanjang atau foto seksual darimu.',
        'Meminta, menyimpan, atau menyebarkan gambar seksual anak di bawah 18 tahun melanggar hukum, dan yang salah adalah orang yang melakukannya, bukan kamu. Begitu terkirim, kamu tidak bisa mengendalikannya lagi.',
        'Jangan kirim. Kamu boleh pergi tanpa menjelaskan. Kalau merasa ditekan, ceritakan ke orang yang kamu percaya.',
      ),
      t(
        'Dia ingin video call atau melihatmu di kamera.',
        'Video call bisa direkam tanpa kamu tahu, dan rekamannya sering dipakai untuk memeras.',
        'Tolak. Kalau kamu sudah terlanjur tampil di kamera, itu bukan salahmu: segera minta bantuan.',
      ),
      t(
        'Dia bilang “semua orang juga begitu” atau “satu foto aja”.',
        'Kalimat seperti itu dibuat supaya menolak terasa canggung. “Tidak” sudah cukup sebagai jawaban.',
        'Bilang tidak sekali, dan blokir kalau dia memaksa. Bicaralah dengan orang yang kamu percaya.',
      ),
      t(
        'Dia lebih dulu mengirim konten seksual kepadamu.',
        'Mengirim konten seksual lebih dulu adalah taktik supaya itu terasa biasa dan kamu merasa harus membalas.',
        'Jangan tanggapi dan jangan teruskan. Blokir dan laporkan di aplikasinya, lalu ceritakan ke orang dewasa.',
      ),
      t(
        'Kamu sudah terlanjur mengirim sesuatu dan sekarang khawatir.',
        'Kamu tidak dalam masalah, dan kamu tidak harus menghadapinya sendirian. Take It Down (takeitdown.ncmec.org) membantu menghentikan penyebaran gambar anak di bawah 18 tahun di aplikasi dan situs yang ikut serta; gambarnya tetap di perangkatmu.',
        'Jangan kirim lagi. Bicaralah dengan orang dewasa yang kamu percaya atau hubungi SAPA 129.',
      ),
    ],
  },
  personal_info: {
    '6-9': [
      t(
        'Ada yang bertanya di mana rumahmu.',
        'Alamat rumahmu hanya untuk orang yang kamu kenal di dunia nyata.',
        'Jangan beri tahu. Tunjukkan obrolan ini ke orang dewasa.',
      ),
      t(
        'Ada yang bertanya kamu sekolah di mana.',
        'Nama sekolahmu bisa membuat orang menemukanmu. Itu hal pribadi.',
        'Jangan beri tahu. Ceritakan pertanyaan itu ke orang dewasa.',
      ),
      t(
        'Ada yang meminta nomor HP-mu.',
        'Hanya keluarga dan teman dari dunia nyata yang boleh tahu.',
        'Bilang tidak, lalu tanya orang dewasa.',
      ),
      t(
        'Ada yang bertanya apakah kamu sendirian di rumah.',
        'Sendirian atau tidak, itu urusan pribadi. Kamu boleh tidak menjawab.',
        'Jangan jawab. Langsung ceritakan ke orang dewasa.',
      ),
      t(
        'Ada yang menanyakan nama lengkap dan umurmu.',
        'Di internet, nama panggilan lebih baik. Nama aslimu untuk orang yang kamu kenal.',
        'Pakai nama panggilanmu dan ceritakan pertanyaan itu ke orang dewasa.',
      ),
    ],
    '10-12': [
      t(
        'Kamu ditanya alamat, sekolah, atau nomor HP.',
        'Data itu bisa dipakai untuk menemukanmu di dunia nyata atau menghubungimu di mana saja.',
        'Jangan bagikan. Bilang “aku tidak memberikan itu” dan ceritakan ke orang tua.',
      ),
      t(
        'Ada yang meminta kata sandi atau kode masukmu.',
        'Tidak ada yang perlu tahu kata sandimu, bahkan teman. Dengan itu, akunmu bisa diambil alih.',
        'Jangan pernah bagikan kode. Ceritakan ke orang tua, dan ganti kata sandi kalau sudah terlanjur.',
      ),
      t(
        'Ada yang bertanya kapan orang tuamu pergi.',
        'Pertanyaan tentang kapan kamu sendirian bisa dipakai untuk merencanakan sesuatu.',
        'Jangan jawab, dan ceritakan pertanyaan itu ke orang dewasa.',
      ),
      t(
        'Ada yang meminta foto seragam sekolah atau jalan rumahmu.',
        'Detail kecil di foto, seperti logo atau papan nama jalan, menunjukkan di mana kamu berada.',
        'Jangan kirim. Periksa detail seperti itu di fotomu sebelum mengunggah ke mana pun.',
      ),
      t(
        'Ada yang banyak bertanya tentang keluargamu.',
        'Mengumpulkan informasi tentang kamu dan keluargamu bisa jadi cara untuk mendapat kepercayaan atau menekanmu nanti.',
        'Jawab seperlunya saja, dan bicara dengan orang dewasa kalau terasa aneh.',
      ),
    ],
    '13-17': [
      t(
        'Ada yang bertanya di mana kamu tinggal, sekolah, atau nongkrong.',
        'Detail kecil mudah disusun jadi lokasimu; begitulah kontak di internet berubah jadi pertemuan sungguhan.',
        'Sebut tempat secara umum saja, matikan berbagi lokasi, dan jangan benarkan tebakannya.',
      ),
      t(
        'Dia meminta nomor, email, atau akun-akunmu yang lain.',
        'Setiap cara baru untuk menghubungimu adalah cara baru untuk menekanmu.',
        'Jangan bagikan apa pun yang tidak akan kamu berikan ke orang asing di jalan. Blokir kalau dia memaksa.',
      ),
      t(
        'Dia meminta kode SMS (OTP) atau kata sandimu.',
        'Itu trik mengambil alih akun: dengan kode itu dia menguasai akunmu dan kontak-kontakmu.',
        'Jangan pernah bagikan OTP atau kata sandi. Kalau terlanjur, ganti kata sandi dan ceritakan ke orang dewasa.',
      ),
      t(
        'Dia bertanya tentang kegiatan harianmu atau kapan kamu sendirian.',
        'Kebiasaan harianmu bisa dipakai untuk mencarimu atau menemuimu.',
        'Jangan bagikan. Ceritakan ke orang yang kamu percaya.',
      ),
      t(
        'Dia meminta dokumen pribadi atau foto kartu identitasmu.',
        'Data identitas bisa dipakai untuk penipuan atau untuk menekanmu.',
        'Jangan pernah kirim foto identitas ke orang di internet. Tanya orang tua kalau sebuah aplikasi benar-benar memintanya.',
      ),
    ],
  },
  gifts: {
    '6-9': [
      t(
        'Ada yang menawarimu diamond, Robux, atau hadiah game lainnya.',
        'Hadiah dari orang asing bisa membuatmu merasa harus membalas.',
        'Bilang “tidak, terima kasih” dan ceritakan ke orang dewasa.',
      ),
      t(
        'Ada yang ingin memberimu pulsa atau uang.',
        'Anak-anak tidak perlu uang dari orang yang dikenal di internet.',
        'Jangan terima. Tunjukkan pesannya ke orang dewasa.',
      ),
      t(
        'Ada yang bilang kamu akan dapat hadiah kalau melakukan sesuatu.',
        'Hadiah sungguhan tidak pernah butuh rahasia atau foto.',
        'Tanya orang dewasa dulu sebelum melakukan apa pun.',
      ),
      t(
        'Ada yang ingin mengirim hadiah ke rumahmu.',
        'Untuk mengirim hadiah, dia butuh alamatmu, dan alamat itu pribadi.',
        'Jangan bagikan alamatmu. Ceritakan ke orang dewasa.',
      ),
      t(
        'Ada yang terus memberimu hadiah di dalam game.',
        'Hadiah terus-menerus bisa jadi trik supaya dia jadi “teman spesialmu”.',
        'Ceritakan soal hadiah-hadiah itu ke Ayah, Ibu, Mbah, atau gurumu.',
      ),
    ],
    '10-12': [
      t(
        'Ada yang menawarimu diamond, Robux, skin, atau top-up gratis.',
        'Hadiah gratis sering jadi umpan: nanti dia bisa meminta foto, rahasia, atau akunmu.',
        'Tolak saja. Teman sungguhan tidak perlu membeli perhatianmu.',
      ),
      t(
        'Kamu ditawari pulsa, kuota, atau saldo e-wallet.',
        'Uang dari orang asing bisa membuatmu merasa berutang padanya.',
        'Jangan terima, dan ceritakan ke orang tua apa yang ditawarkan.',
      ),
      t(
        'Ada yang bilang hadiah itu “rahasia kita”.',
        'Hadiah yang harus disembunyikan adalah tanda bahaya dua kali lipat.',
        'Ceritakan ke orang dewasa tentang hadiahnya dan juga rahasianya.',
      ),
      t(
        'Dia meminta data masuk akunmu supaya bisa “mengirim” hadiah.',
        'Hadiah tidak pernah butuh kata sandimu. Begitulah cara akun dicuri.',
        'Jangan pernah bagikan data masuk akunmu. Ceritakan ke orang tua.',
      ),
      t(
        'Dia sudah memberimu sesuatu, dan sekarang minta balasan.',
        'Mengubah hadiah menjadi utang adalah trik untuk menekanmu. Kamu tidak berutang apa pun.',
        'Berhenti mengobrol dan ceritakan ke orang dewasa apa yang dia minta.',
      ),
    ],
    '13-17': [
      t(
        'Orang yang kamu kenal di internet menawarkan uang, pulsa, atau item game.',
        'Hadiah adalah langkah grooming yang umum: dia membangun rasa berutang yang nanti bisa dipakai untuk menekanmu.',
        'Tolak dengan sopan, atau abaikan saja. Kamu tidak perlu menjelaskan apa pun.',
      ),
      t(
        'Dia menawarkan uang untuk foto, video, atau “jadi model”.',
        'Membayar remaja untuk gambar dirinya adalah eksploitasi, apa pun sebutannya.',
        'Jangan ladeni. Blokir, laporkan, dan ceritakan ke orang dewasa yang kamu percaya.',
      ),
      t(
        'Dia menawarkan membayari barang yang kamu inginkan: HP, jalan-jalan, top-up.',
        'Hadiah besar dari orang di internet biasanya datang bersama harapan di kemudian hari.',
        'Tanya dirimu apa yang mungkin dia inginkan sebagai balasan, dan bicarakan dengan seseorang sebelum menerima apa pun.',
      ),
      t(
        'Dia meminta nomor e-wallet atau rekening bank untuk “mengirim” uang.',
        'Data itu bisa disalahgunakan untuk penipuan atau untuk memutar uang lewat rekeningmu.',
        'Jangan pernah bagikan data rekening. Ceritakan ke orang tua.',
      ),
      t(
        'Kamu sudah menerima hadiah dan sekarang merasa berutang.',
        'Perasaan itulah tujuan hadiahnya. Kamu tidak berutang apa pun padanya: bukan foto, bukan pertemuan.',
        'Kamu bisa berhenti kapan saja. Bicaralah dengan orang dewasa yang kamu percaya atau SAPA 129.',
      ),
    ],
  },
  meet_offline: {
    '6-9': [
      t(
        'Ada yang ingin bertemu denganmu.',
        'Orang dari internet tetap orang asing, walaupun dia ramah di obrolan.',
        'Jangan pernah pergi. Ceritakan ke Ayah, Ibu, Mbah, atau gurumu.',
      ),
      t(
        'Ada yang memintamu datang ke suatu tempat.',
        'Anak-anak hanya pergi bersama orang dewasa yang menjaga mereka.',
        'Bilang tidak dan langsung ceritakan ke orang dewasa.',
      ),
      t(
        'Ada yang bilang dia akan datang ke sekolah atau rumahmu.',
        'Orang dewasa di rumah dan di sekolah perlu tahu tentang ini.',
        'Ceritakan ke orang dewasa hari ini. Bercerita adalah hal yang benar.',
      ),
      t(
        'Ada yang ingin bermain denganmu di dunia nyata.',
        'Kamu tidak tahu siapa dia sebenarnya.',
        'Bermainlah hanya dengan teman yang dikenal keluargamu.',
      ),
      t(
        'Ada yang mengajakmu bertemu tanpa memberi tahu siapa pun.',
        'Pertemuan yang harus dirahasiakan anak-anak tidak pernah boleh.',
        'Langsung ceritakan ke orang dewasa. Bercerita itu boleh.',
      ),
    ],
    '10-12': [
      t(
        'Orang yang kamu kenal di internet mengajak ketemuan (“kopdar”).',
        'Orang di internet bisa berbohong tentang umur dan siapa dirinya.',
        'Jangan pergi. Ceritakan ke orang tua: kalau suatu pertemuan boleh, orang dewasa yang memutuskan dan ikut datang.',
      ),
      t(
        'Dia ingin bertemu berdua saja atau di tempat yang sepi.',
        'Ingin berduaan denganmu adalah tanda bahaya.',
        'Jangan pergi. Ceritakan ke orang dewasa apa yang dia usulkan.',
      ),
      t(
        'Dia menawarkan menjemputmu atau membayari ojekmu.',
        'Naik kendaraan seseorang berarti kamu tidak bisa pergi kapan kamu mau.',
        'Tolak dan ceritakan ke orang tua.',
      ),
      t(
        'Dia bilang dia ada di dekatmu, atau tahu di mana kamu berada.',
        'Ini bisa dimaksudkan untuk menakutimu, atau supaya kamu merasa dekat dengannya.',
        'Berhenti mengobrol dan langsung ceritakan ke orang dewasa.',
      ),
      t(
        'Dia ingin ketemuan dan merahasiakannya.',
        'Pertemuan rahasia dengan orang dari internet tidak pernah aman.',
        'Ceritakan ke orang tua atau guru hari ini, walaupun kamu sudah terlanjur setuju.',
      ),
    ],
    '13-17': [
      t(
        'Orang yang hanya kamu kenal di internet ingin bertemu langsung.',
        'Profil dan foto bisa palsu; berbulan-bulan mengobrol pun tidak membuktikan siapa dia.',
        'Jangan pergi menemui orang yang hanya kamu kenal di internet tanpa orang dewasa yang kamu percaya. Kalau orang tuamu setuju, mereka ikut datang, dan bertemunya di tempat umum yang ramai.',
      ),
      t(
        'Dia ingin kamu datang sendirian, atau merahasiakannya.',
        'Ingin kamu sendirian adalah tanda bahaya, apa pun alasannya.',
        'Jangan pergi. Orang yang berniat baik tidak keberatan orang tuamu tahu dan ikut datang.',
      ),
      t(
        'Dia menawarkan membayari perjalanan atau hotel.',
        'Perjalanan yang dibayari bisa membuatmu jauh dari rumah dan bergantung padanya.',
        'Tolak, dan bicaralah dengan orang dewasa yang kamu percaya.',
      ),
      t(
        'Dia mendesakmu cepat-cepat bertemu, atau marah saat kamu ragu.',
        'Desakan dan kemarahan adalah tanda ingin mengendalikan, bukan tanda peduli.',
        'Akhiri percakapan dan ceritakan ke seseorang.',
      ),
      t(
        'Kamu sudah setuju bertemu dan sekarang merasa ragu.',
        'Kamu boleh berubah pikiran kapan saja. Keselamatanmu lebih penting daripada janji.',
        'Batalkan, lalu ceritakan ke orang tua, atau hubungi SAPA 129 kalau kamu merasa ditekan.',
      ),
    ],
  },
  sextortion: {
    '6-9': [
      t(
        'Ada yang bilang mau menunjukkan fotomu ke orang lain.',
        'Itu tidak boleh, dan itu bukan salahmu.',
        'Jangan kirim apa pun. Ceritakan ke orang dewasa sekarang juga.',
      ),
      t(
        'Ada yang berkata kasar supaya kamu mau melakukan sesuatu.',
        'Kamu tidak harus menuruti katanya.',
        'Berhenti mengobrol dan datangi Ayah, Ibu, Mbah, atau gurumu.',
      ),
      t(
        'Ada yang bilang akan mengadu ke orang tuamu kalau kamu tidak menurut.',
        'Dia bilang begitu supaya kamu diam. Kamu tidak salah.',
        'Ceritakan lebih dulu ke orang dewasa yang kamu percaya. Bercerita itu berani.',
      ),
      t(
        'Ada yang meminta uang atau pulsa darimu, “kalau tidak…”.',
        'Jangan pernah membayar. Orang dewasa bisa membantumu.',
        'Tunjukkan obrolannya ke orang dewasa. Jangan dihapus.',
      ),
      t(
        'Kamu merasa cemas atau perutmu tidak enak karena sebuah obrolan.',
        'Perasaan itu tandanya kamu perlu minta bantuan. Bercerita itu berani.',
        'Datangi orang dewasa yang kamu percaya dan tunjukkan obrolannya.',
      ),
    ],
    '10-12': [
      t(
        'Ada yang mengancam akan menyebarkan foto atau pesanmu.',
        'Yang dia lakukan adalah kejahatan. Itu bukan kesalahanmu.',
        'Jangan kirim lagi dan jangan bayar. Ceritakan ke orang tua atau guru sekarang: orang dewasa bisa membantu menghentikannya.',
      ),
      t(
        'Dia meminta uang, pulsa, atau foto lagi supaya “tutup mulut”.',
        'Membayar atau mengirim lagi hampir tidak pernah membuatnya berhenti; biasanya dia malah meminta lebih.',
        'Berhenti membalas, simpan obrolannya, dan segera minta bantuan orang dewasa.',
      ),
      t(
        'Dia bilang kamu akan kena masalah kalau bercerita ke siapa pun.',
        'Itu bohong, supaya kamu sendirian. Bercerita adalah langkah pertama untuk menghentikannya.',
        'Ceritakan ke orang dewasa yang kamu percaya, atau hubungi SAPA 129.',
      ),
      t(
        'Dia menekanmu dengan hitungan mundur atau batas waktu.',
        'Membuatmu terburu-buru adalah trik supaya kamu tidak sempat berpikir atau minta tolong.',
        'Tarik napas. Kamu tidak harus menjawab. Datangi orang dewasa sekarang.',
      ),
      t(
        'Kamu terlalu malu untuk bercerita ke siapa pun.',
        'Banyak anak muda mengalami ini. Ini bukan salahmu, dan meminta bantuan itu berani.',
        'Mulai saja dengan: “Ada orang di internet yang mengancamku, aku butuh bantuan.”',
      ),
    ],
    '13-17': [
      t(
        'Ada yang mengancam menyebarkan foto atau obrolan pribadimu kalau kamu tidak membayar atau mengirim lagi.',
        'Ini pemerasan seksual (sextortion), dan itu kejahatan. Ini bukan salahmu, walaupun kamu pernah mengirim sesuatu.',
        'Jangan bayar, jangan kirim lagi, jangan hapus obrolan. Ceritakan ke orang dewasa yang kamu percaya atau hubungi SAPA 129 (WhatsApp 08111-129-129).',
      ),
      t(
        'Dia menuntut uang, voucher, atau kartu hadiah.',
        'Membayar jarang mengakhirinya; itu malah menunjukkan kamu mau membayar lagi.',
        'Berhenti menanggapi. Simpan username dan pesannya, lalu blokir dan laporkan akunnya.',
      ),
      t(
        'Dia bilang sudah mengirimkannya ke teman-temanmu.',
        'Ancaman seperti itu sering hanya gertakan supaya kamu panik dan membayar.',
        'Jangan bernegosiasi. Minta bantuan sekarang: orang dewasa bisa membantumu memutuskan langkahnya.',
      ),
      t(
        'Gambarmu mungkin akan disebarkan.',
        'Take It Down (takeitdown.ncmec.org) membantu anak di bawah 18 tahun menghentikan penyebaran gambar di platform yang ikut serta; gambarnya tidak pernah keluar dari perangkatmu.',
        'Gunakan bersama orang dewasa yang kamu percaya, dan laporkan akunnya di aplikasi.',
      ),
      t(
        'Kamu merasa terjebak, malu, atau putus asa.',
        'Perasaan itulah yang dia ingin kamu rasakan. Kamu tidak sendirian, dan ada orang yang bisa membantu.',
        'Bicaralah dengan seseorang hari ini: orang tua, guru BK, wali kelas, atau SAPA 129 (telepon 129).',
      ),
    ],
  },
  flattery_trust: {
    '6-9': [
      t(
        'Ada yang terus bilang kamu istimewa dan lebih hebat dari semua orang.',
        'Pujian itu menyenangkan, tapi terlalu banyak dari orang asing bisa jadi trik.',
        'Ceritakan ke orang dewasa apa yang dia katakan.',
      ),
      t(
        'Ada yang bilang dia sahabatmu, padahal kalian belum pernah bertemu.',
        'Sahabat adalah orang yang kamu kenal di dunia nyata.',
        'Ceritakan teman barumu di internet ini ke Ayah, Ibu, Mbah, atau gurumu.',
      ),
      t(
        'Ada yang bilang hanya dia yang mengerti kamu.',
        'Keluarga dan teman-temanmu juga mengerti kamu.',
        'Ceritakan perasaanmu ke orang dewasa yang kamu percaya.',
      ),
      t(
        'Ada yang bilang kamu terlihat lebih tua dari umurmu.',
        'Kamu masih anak-anak. Obrolan seperti itu bukan untuk anak-anak.',
        'Berhenti mengobrol dan tunjukkan ke orang dewasa.',
      ),
      t(
        'Ada yang sangat baik padamu dan ingin kamu melakukan sesuatu untuknya.',
        'Berbuat baik tidak seharusnya disertai tugas atau rahasia.',
        'Tanya orang dewasa apakah ini boleh.',
      ),
    ],
    '10-12': [
      t(
        'Ada yang memujimu terus: “kamu dewasa banget”.',
        'Pujian bertubi-tubi dari orang asing adalah cara cepat mendapat kepercayaanmu.',
        'Nikmati pujian dari orang yang kamu kenal. Ceritakan yang ini ke orang dewasa.',
      ),
      t(
        'Dia mengaku seumuran denganmu, tapi bicaranya seperti orang dewasa.',
        'Berpura-pura jadi anak-anak adalah trik yang umum.',
        'Berhati-hatilah, dan ceritakan tentang dia ke orang tua.',
      ),
      t(
        'Dia bilang orang tuamu tidak mengerti kamu, tapi dia mengerti.',
        'Menjelek-jelekkan keluargamu adalah cara menarikmu lebih dekat kepadanya.',
        'Tetap mengobrol dengan keluargamu, dan ceritakan apa yang dia katakan.',
      ),
      t(
        'Dia bilang sayang padamu, atau menyebutmu pacarnya.',
        '“Sayang” dari orang yang belum pernah kamu temui bisa dipakai untuk mengendalikanmu.',
        'Pelan-pelan saja, dan bicarakan dengan orang yang kamu percaya.',
      ),
      t(
        'Dia bersikap sakit hati kalau kamu tidak cepat membalas.',
        'Membuatmu merasa bersalah adalah cara untuk menekanmu.',
        'Kamu boleh membalas kapan kamu mau, atau tidak membalas sama sekali.',
      ),
    ],
    '13-17': [
      t(
        'Ada yang menghujanimu dengan perhatian dan pujian.',
        'Love bombing membangun kepercayaan dengan cepat, supaya permintaan berikutnya terasa sulit ditolak.',
        'Perhatikan kecepatannya. Hubungan yang tulus tidak perlu terburu-buru.',
      ),
      t(
        'Dia bilang hanya dia yang benar-benar memahamimu.',
        'Menjauhkanmu dari orang lain membuatmu lebih mudah ditekan.',
        'Tetap dekat dengan teman dan keluargamu, dan tanyakan pendapat mereka tentang orang ini.',
      ),
      t(
        'Dia jauh lebih tua darimu, atau menghindar saat ditanya umurnya.',
        'Orang dewasa yang mencari hubungan romantis dengan anak di bawah 18 tahun menyalahgunakan kuasanya, sepeduli apa pun kelihatannya.',
        'Bicarakan dengan orang yang kamu percaya.',
      ),
      t(
        'Dia cemburu atau marah kalau kamu mengobrol dengan orang lain.',
        'Perilaku mengekang sering berawal dari kelihatan “terlalu peduli”.',
        'Kamu berhak punya orang lain dalam hidupmu. Bicaralah dengan seseorang kalau ini terus terjadi.',
      ),
      t(
        'Dia bilang akan menyakiti dirinya sendiri kalau kamu pergi.',
        'Itu tekanan emosional. Kamu tidak bertanggung jawab atas pilihannya.',
        'Ceritakan ke orang dewasa yang kamu percaya. Kalau dia benar-benar tampak berisiko, orang dewasa bisa membantu tanpa kamu harus bertahan.',
      ),
    ],
  },
  hidden_account: {
    '6-9': [
      t(
        'Halaman ini tentang membuat akun rahasia.',
        'Kalau ada masalah di akun rahasia, tidak ada yang bisa menolongmu.',
        'Pakai hanya akun yang diketahui keluargamu.',
      ),
      t(
        'Kamu sedang melihat cara menyembunyikan aplikasi.',
        'Menyembunyikan aplikasi dari keluarga membuat mereka sulit menolongmu.',
        'Tanya orang dewasa kalau kamu ingin aplikasi baru.',
      ),
      t(
        'Halaman ini menunjukkan cara mengaku lebih tua dari umurmu.',
        'Aplikasi punya aturan umur untuk menjaga anak-anak.',
        'Pakai umurmu yang sebenarnya, dan tanya orang dewasa.',
      ),
      t(
        'Kamu ingin membuat akun baru sendirian.',
        'Orang dewasa membantu membuat akun supaya aman untukmu.',
        'Minta Ayah, Ibu, Mbah, atau gurumu membantu.',
      ),
      t(
        'Halaman ini membahas punya akun kedua.',
        'Satu akun yang diketahui keluargamu adalah yang terbaik untukmu.',
        'Ceritakan ke orang dewasa apa yang ingin kamu lakukan di internet.',
      ),
    ],
    '10-12': [
      t(
        'Halaman ini menjelaskan akun rahasia atau akun kedua (“akun fake”).',
        'Di akun yang tidak diketahui siapa pun, tidak ada yang bisa turun tangan kalau orang asing mulai menekanmu.',
        'Kalau kamu ingin lebih bebas di internet, bicarakan dengan orang tuamu.',
      ),
      t(
        'Kamu sedang membaca cara menyembunyikan aplikasi atau obrolan.',
        'Aplikasi tersembunyi adalah tempat favorit orang asing mengobrol, karena orang dewasa tidak bisa melihat.',
        'Biarkan aplikasimu terlihat, dan bicarakan dengan orang tua privasi yang kamu inginkan.',
      ),
      t(
        'Halaman ini tentang memalsukan umur untuk mendaftar.',
        'Batas umur ada karena orang dewasa bisa menghubungi pengguna di aplikasi itu.',
        'Tunggu sampai umurmu cukup, atau pakai versi untuk anak-anak.',
      ),
      t(
        'Kamu sedang mencari cara melewati kontrol orang tua.',
        'Kontrol itu juga menghalangi orang yang mengincar anak-anak di internet.',
        'Lebih baik ajak orang tuamu membicarakan perubahan aturannya.',
      ),
      t(
        'Ini tentang akun dengan nama palsu.',
        'Nama palsu tidak membuatmu lebih aman. Kalau ada masalah, orang yang bisa menolong tidak tahu itu kamu.',
        'Jadilah dirimu sendiri, dan pakai akun yang diketahui keluargamu.',
      ),
    ],
    '13-17': [
      t(
        'Halaman ini tentang akun rahasia atau akun alter.',
        'Ingin privasi itu wajar di usiamu. Tapi di akun rahasia, kalau ada yang menekan atau mengancammu, tidak ada yang tahu untuk menolong.',
        'Kalau kamu punya akun pribadi, pastikan satu orang yang kamu percaya tahu akun itu ada.',
      ),
      t(
        'Kamu sedang membaca tentang aplikasi penyembunyi atau aplikasi “brankas”.',
        'Aplikasi brankas sering dipakai untuk menyembunyikan obrolan dengan orang yang tidak ingin ketahuan.',
        'Pikirkan siapa yang diuntungkan oleh kerahasiaan itu.',
      ),
      t(
        'Ini tentang memalsukan umur di sebuah platform.',
        'Umur dewasa palsu mematikan perlindungan dan mempertemukanmu dengan orang dewasa yang mengira kamu sudah cukup umur.',
        'Pakai umurmu yang sebenarnya, supaya fitur keamanan melindungimu.',
      ),
      t(
        'Kamu sedang melihat akun sekali pakai atau nomor “burner”.',
        'Akun sekali pakai membuat melapor dan mencari bantuan jauh lebih sulit.',
        'Kalau ada yang membuatmu khawatir di akunmu, bicarakan dengan seseorang sebelum menyembunyikannya.',
      ),
      t(
        'Kamu ingin lebih banyak privasi dari orang tuamu.',
        'Itu keinginan yang wajar. Bicarakan dengan mereka apa yang kamu butuhkan dan alasannya.',
        'Sepakati privasi bersama, dan tetap punya cara untuk minta tolong.',
      ),
    ],
  },
  vpn_bypass: {
    '6-9': [
      t(
        'Halaman ini tentang VPN atau cara membuka situs yang ditutup.',
        'Situs ditutup supaya anak jauh dari orang asing dan hal dewasa.',
        'Tanya orang dewasa sebelum memakai hal seperti ini.',
      ),
      t(
        'Kamu sedang melihat cara melewati blokir.',
        'Blokir itu seperti pagar di taman bermain: menjagamu tetap di tempat yang baik.',
        'Ceritakan ke orang dewasa apa yang ingin kamu lihat.',
      ),
      t(
        'Halaman ini bilang bisa membuka game atau situs yang dikunci.',
        'Aplikasi pembuka kunci bisa membawa iklan dan orang yang tidak kamu kenal.',
        'Jangan diunduh. Tanya orang dewasa.',
      ),
      t(
        'Halaman ini memintamu memasang sesuatu.',
        'Hanya orang dewasa yang boleh memasang aplikasi di komputer ini.',
        'Tutup halamannya dan datangi orang dewasa.',
      ),
      t(
        'Kamu ingin melihat situs yang ditutup.',
        'Orang dewasa bisa memeriksa apakah situs itu baik untukmu.',
        'Minta Ayah, Ibu, Mbah, atau gurumu melihatnya bersamamu.',
      ),
    ],
    '10-12': [
      t(
        'Halaman ini tentang VPN atau aplikasi pembuka blokir.',
        'Situs sering diblokir karena ada orang asing atau konten dewasa di sana. VPN membawamu melewati pagar itu.',
        'Kalau situs yang kamu butuhkan diblokir, minta orang tua atau guru memeriksanya.',
      ),
      t(
        'Kamu sedang membaca cara melewati filter di sekolah atau di rumah.',
        'Filter juga menghentikan situs penipuan dan situs dewasa. Tanpa filter, kamu bertemu lebih banyak orang asing.',
        'Bicarakan dengan orang dewasa situs yang kamu inginkan.',
      ),
      t(
        'Halaman ini menawarkan unduhan VPN gratis.',
        'VPN gratis bisa mengumpulkan datamu atau membawa virus.',
        'Jangan dipasang. Tanya orang dewasa.',
      ),
      t(
        'Kamu sedang melihat situs proxy atau situs mirror.',
        'Situs mirror menyalin situs yang diblokir, dengan orang asing dan risiko yang sama.',
        'Tutup, lalu tanya orang dewasa tentang apa yang sedang kamu cari.',
      ),
      t(
        'Temanmu menyuruhmu memakai VPN untuk main game.',
        'VPN game bisa mempertemukanmu dengan pemain yang tidak bisa kamu lihat atau laporkan.',
        'Tanya orang tua dulu sebelum mencobanya.',
      ),
    ],
    '13-17': [
      t(
        'Halaman ini tentang VPN atau cara menembus blokir.',
        'VPN sendiri tidak salah, tapi memakainya untuk membuka situs yang diblokir membawamu ke tempat yang penuh orang asing, tanpa moderasi, dan tanpa ada yang bisa menolongmu.',
        'Tanya dirimu apa yang dilindungi blokir itu, dan apakah kamu bisa mendapat bantuan di sana.',
      ),
      t(
        'Kamu sedang melihat aplikasi VPN gratis.',
        'VPN gratis sering mencatat dan menjual datamu, menyisipkan iklan, atau membawa malware.',
        'Kalau kamu butuh privasi, bicarakan pilihan yang tepercaya dengan orang tua.',
      ),
      t(
        'Kamu mencoba melewati filter sekolah.',
        'Filter sekolah juga melindungi komputer bersama dari penipuan dan situs yang mengeksploitasi anak muda.',
        'Minta guru atau petugas IT meninjau situs yang kamu perlukan untuk sekolah.',
      ),
      t(
        'Kamu ingin membuka situs yang diblokir di Indonesia.',
        'Platform yang diblokir biasanya minim moderasi dan tidak punya jalur pelaporan di sini.',
        'Pikirkan apa yang akan kamu lakukan kalau ada yang menekanmu di sana, dan siapa yang bisa menolong.',
      ),
      t(
        'Orang di internet menyuruhmu memasang VPN supaya bisa terus mengobrol.',
        'Itu cara memindahkanmu ke tempat yang tidak bisa dilihat atau dibantu siapa pun.',
        'Jangan. Tetap mengobrol di tempat yang sekarang, dan ceritakan ke seseorang.',
      ),
    ],
  },
  anonymous_chat: {
    '6-9': [
      t(
        'Situs ini mempertemukanmu dengan orang yang tidak kamu kenal.',
        'Kamu tidak bisa melihat siapa mereka sebenarnya.',
        'Tutup halaman ini dan bermainlah dengan orang yang kamu kenal.',
      ),
      t(
        'Obrolan ini memilihkan orang asing untuk kamu ajak bicara.',
        'Anak-anak sebaiknya hanya mengobrol dengan orang yang dikenal keluarganya.',
        'Minta orang dewasa mencarikan tempat bermain yang baik.',
      ),
      t(
        'Situs ini punya video chat dengan orang asing.',
        'Kamera dengan orang asing bukan untuk anak-anak.',
        'Tutup sekarang dan ceritakan ke orang dewasa.',
      ),
      t(
        'Di situs ini, tidak ada yang memakai nama asli.',
        'Tanpa nama asli, orang bisa berpura-pura jadi orang lain.',
        'Tinggalkan situs ini dan ceritakan ke orang dewasa.',
      ),
      t(
        'Kamu menemukan situs untuk mengobrol dengan orang acak.',
        'Mengobrol dengan teman sungguhan lebih seru.',
        'Tanya orang dewasa tentang game dan obrolan yang baik untuk anak-anak.',
      ),
    ],
    '10-12': [
      t(
        'Ini situs chat acak.',
        'Chat acak penuh orang dewasa, dan sebagian dari mereka mencari anak-anak.',
        'Tinggalkan situs ini. Kalau sudah ada yang bilang hal yang membuatmu tidak nyaman, ceritakan ke orang dewasa.',
      ),
      t(
        'Situs ini punya video chat acak.',
        'Orang di video chat bisa merekammu, atau menunjukkan hal yang tidak ingin kamu lihat.',
        'Tutup. Tidak apa-apa menceritakan ke orang dewasa apa yang kamu lihat.',
      ),
      t(
        'Orang asing di situs ini bertanya “asl” (umur, jenis kelamin, lokasi).',
        'Pertanyaan ini membantu orang asing memilih siapa yang mau diincar.',
        'Jangan jawab, lalu pergi.',
      ),
      t(
        'Aplikasi ini bilang penggunanya anonim.',
        'Anonim berarti kamu tidak bisa tahu dengan siapa kamu bicara, tapi mereka bisa mencari tahu tentangmu.',
        'Pakai aplikasi tempat kamu kenal orang-orangnya.',
      ),
      t(
        'Ada orang di sini yang ingin pindah ke aplikasi lain.',
        'Begitulah cara orang asing dari chat acak tetap berhubungan dengan anak-anak.',
        'Tolak dan tutup obrolannya.',
      ),
    ],
    '13-17': [
      t(
        'Ini situs chat acak atau anonim.',
        'Banyak kasus grooming dan sextortion berawal dari chat anonim, karena tidak ada yang bertanggung jawab.',
        'Kalau kamu memakainya, cukup lewat teks, jangan bagikan hal pribadi, dan pergi begitu ada pesan yang tidak nyaman.',
      ),
      t(
        'Situs ini memasangkanmu dengan orang asing lewat video.',
        'Video bisa direkam tanpa kamu tahu dan dipakai untuk memeras.',
        'Matikan kameramu, atau pergi.',
      ),
      t(
        'Ada orang di sini yang meminta akun media sosialmu.',
        'Menghubungkan chat anonim dengan akun aslimu sama dengan menyerahkan identitasmu.',
        'Jangan bagikan akun media sosialmu ke orang acak.',
      ),
      t(
        'Kamu sedang bosan atau kesepian dan mencari teman mengobrol.',
        'Itu perasaan yang wajar. Situs anonim bisa memperburuknya kalau ada yang memanfaatkannya.',
        'Coba bicara dengan teman, guru BK, atau wali kelasmu. Kamu pantas punya orang-orang yang mengenalmu.',
      ),
      t(
        'Kamu melihat sesuatu yang mengganggu di situs ini.',
        'Kamu tidak salah apa-apa karena melihatnya.',
        'Tutup dan bicaralah dengan orang yang kamu percaya. Konten publik yang berbahaya bisa dilaporkan di aduankonten.id.',
      ),
    ],
  },
  unknown_contact: {
    '6-9': [
      t(
        'Kamu mengobrol dengan orang yang tidak ada di kontakmu.',
        'Kamu tidak tahu siapa dia, walaupun dia terlihat ramah.',
        'Tanya orang dewasa sebelum membalas.',
      ),
      t(
        'Ada orang baru yang mengirimimu pesan.',
        'Mengobrollah hanya dengan orang yang dikenal keluargamu.',
        'Tunjukkan pesannya ke orang dewasa.',
      ),
      t(
        'Ada yang bilang dia kenal keluargamu.',
        'Siapa pun bisa bilang begitu di internet.',
        'Tanya orang tuamu apakah itu benar.',
      ),
      t(
        'Ada orang yang tidak kamu kenal menambahkanmu.',
        'Kamu tidak harus menerima orang yang tidak kamu kenal.',
        'Tolak, lalu ceritakan ke orang dewasa.',
      ),
      t(
        'Ada yang mengirim pesan tanpa foto dan tanpa nama.',
        'Kamu tidak bisa tahu siapa dia.',
        'Jangan balas. Tunjukkan ke orang dewasa.',
      ),
    ],
    '10-12': [
      t(
        'Obrolan ini dengan orang yang tidak ada di kontakmu.',
        'Siapa pun bisa berpura-pura jadi anak-anak, teman dari temanmu, atau moderator game.',
        'Jangan bagikan hal pribadi. Tanya orang dewasa kalau kamu ragu.',
      ),
      t(
        'Ada permintaan pesan dari orang yang tidak kamu kenal.',
        'Permintaan pesan adalah cara orang asing pertama kali menghubungimu.',
        'Kamu tidak harus membalas atau menerimanya. Tunjukkan ke orang dewasa kalau isinya aneh.',
      ),
      t(
        'Dia mengaku teman dari temanmu.',
        'Itu mudah diakui. Cek langsung ke temanmu di dunia nyata.',
        'Tanya temanmu secara langsung sebelum mengobrol.',
      ),
      t(
        'Dia mengaku dari tim bantuan game atau aplikasi.',
        'Petugas bantuan sungguhan tidak pernah meminta kata sandi atau foto.',
        'Jangan balas. Laporkan akunnya.',
      ),
      t(
        'Nomor yang tidak kamu kenal mengirimimu pesan.',
        'Nomor tidak dikenal bisa jadi penipuan, atau orang asing.',
        'Jangan balas, dan ceritakan ke orang tua.',
      ),
    ],
    '13-17': [
      t(
        'Orang yang tidak ada di kontakmu sedang mengobrol denganmu.',
        'Orang asing sering menyamar jadi seumuranmu; foto dan umur mudah dipalsukan.',
        'Pelan-pelan saja, jangan bagikan hal pribadi, dan percayai firasatmu.',
      ),
      t(
        'Akun baru dengan sedikit unggahan atau pengikut mengirimimu pesan.',
        'Akun baru yang kosong sering palsu, atau dibuat untuk mengincar anak muda.',
        'Cek profil dan teman bersamanya. Kalau ragu, jangan balas.',
      ),
      t(
        'Dia mengaku pencari bakat model, perekrut, atau influencer.',
        '“Kesempatan” palsu adalah cara umum untuk meminta foto.',
        'Agensi sungguhan menghubungi lewat orang tua. Jangan kirim apa pun.',
      ),
      t(
        'Nomor tak dikenal memasukkanmu ke sebuah grup.',
        'Grup dari nomor tak dikenal bisa berisi penipuan atau konten vulgar.',
        'Keluar dari grup dan laporkan.',
      ),
      t(
        'Dia sepertinya tahu banyak hal tentangmu.',
        'Informasi itu bisa berasal dari unggahan publikmu. Itu tidak membuatnya bisa dipercaya.',
        'Periksa pengaturan privasimu, dan ceritakan ke seseorang kalau terasa janggal.',
      ),
    ],
  },
  oversharing: {
    '6-9': [
      t(
        'Kamu akan membagikan alamat rumahmu.',
        'Alamatmu untuk orang yang kamu kenal di dunia nyata.',
        'Jangan dikirim dulu. Tanya orang dewasa.',
      ),
      t(
        'Kamu akan membagikan nomor HP-mu.',
        'Nomormu hanya untuk keluarga dan teman.',
        'Jangan kirim. Tanya orang dewasa dulu.',
      ),
      t(
        'Kamu sedang menulis nama sekolahmu.',
        'Nama sekolahmu itu pribadi di internet.',
        'Jangan ditulis, dan tanya orang dewasa.',
      ),
      t(
        'Kamu akan bilang bahwa kamu sendirian di rumah.',
        'Itu pribadi. Kamu tidak perlu memberi tahu siapa pun.',
        'Jangan kirim. Ceritakan ke orang dewasa dengan siapa kamu mengobrol.',
      ),
      t('Kamu membagikan nama lengkapmu.', 'Di internet, nama panggilan lebih baik.', 'Ganti dengan nama panggilanmu.'),
    ],
    '10-12': [
      t(
        'Kamu sedang mengetik data pribadi: nomor HP, alamat, atau sekolah.',
        'Begitu terkirim, kamu tidak bisa menariknya kembali, dan bisa diteruskan ke orang lain.',
        'Pikir dulu: apakah kamu kenal orang ini di dunia nyata?',
      ),
      t(
        'Kamu sedang mengetik bahwa tidak ada orang lain di rumah sekarang.',
        'Itu memberi tahu orang kapan tidak ada orang dewasa di dekatmu.',
        'Jangan dikirim. Kamu cukup bilang “aku lagi sibuk”.',
      ),
      t(
        'Kamu membagikan kata sandi atau kode.',
        'Dengan itu, orang bisa mengambil alih akunmu.',
        'Jangan pernah kirim kata sandi atau kode ke siapa pun.',
      ),
      t(
        'Kamu membagikan lokasimu.',
        'Lokasimu memberi tahu orang di mana menemukanmu saat ini.',
        'Bagikan lokasi hanya ke keluargamu.',
      ),
      t(
        'Kamu membagikan foto yang memperlihatkan sekolah atau rumahmu.',
        'Detail kecil menunjukkan di mana kamu tinggal atau bersekolah.',
        'Periksa fotomu sebelum dikirim.',
      ),
    ],
    '13-17': [
      t(
        'Kamu akan membagikan data pribadi ke seseorang.',
        'Data seperti alamat, sekolah, atau nomormu sulit ditarik kembali dan mudah disalahgunakan.',
        'Berhenti sejenak. Apakah kamu akan memberikannya ke orang asing di jalan?',
      ),
      t(
        'Kamu membagikan di mana kamu berada, atau akan berada.',
        'Lokasi langsung membuat orang bisa menemukanmu.',
        'Bagikan hanya ke orang yang kamu kenal di dunia nyata.',
      ),
      t(
        'Kamu sedang mengetik bahwa kamu sendirian atau sedang sedih.',
        'Orang yang mengincar remaja mencari saat-saat kamu sedang rapuh.',
        'Ceritakan perasaanmu ke orang yang kamu percaya, bukan ke orang asing.',
      ),
      t(
        'Kamu membagikan kode OTP, kata sandi, atau nomor identitas.',
        'Itu membuat orang lain bisa mengambil alih akunmu atau menipu atas namamu.',
        'Jangan kirim. Kalau sudah terlanjur, ganti kata sandi dan ceritakan ke orang dewasa.',
      ),
      t(
        'Kamu membagikan cerita tentang teman atau keluargamu.',
        'Informasi mereka adalah hak mereka untuk dibagikan.',
        'Tanya mereka dulu, dan ceritakan secara umum saja.',
      ),
    ],
  },
};
