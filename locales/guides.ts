import type { Category } from '../lib/detection/types';
import type { Lang } from './index';

/**
 * The parent guide (issue #7): per kind of risk, what it means, how to start the conversation without blame, and
 * what to do if the child is already in trouble. Written for parents, calm and practical. Help lines are filled in
 * from `lib/guide/help-lines.ts` ({sapaPhone}, {sapaWhatsapp}, {tepsa}, {iwf}, {takeItDown}, {aduanKonten},
 * {patroliSiber}); never write a number here.
 */
interface CategoryGuide {
  /** The parent's name for this kind of risk. */
  name: string;
  /** What it means, in two or three sentences. */
  means: string;
  /** Ways to start the conversation without blame. */
  talk: string[];
  /** What to do if the child is already in trouble, specific to this kind (the common steps follow). */
  trouble: string[];
}

interface GuideWords {
  title: string;
  intro: string;
  /** A link to the card gallery: every card the child can see, in every language. */
  cardsLink: string;
  principlesTitle: string;
  principles: string[];
  categoriesTitle: string;
  meansTitle: string;
  talkTitle: string;
  troubleTitle: string;
  commonTroubleTitle: string;
  commonTrouble: string[];
  helpTitle: string;
  help: {
    sapa: string;
    tepsa: string;
    local: string;
    localMissing: string;
    iwf: string;
    takeItDown: string;
    aduanKonten: string;
    patroliSiber: string;
  };
  backToGuide: string;
  categories: Record<Category, CategoryGuide>;
}

const id: GuideWords = {
  title: 'Panduan orang tua',
  intro:
    'Kawan Aman memberi tanda, tetapi yang paling melindungi anak adalah obrolan yang tenang dengan orang dewasa yang ia percaya. Panduan ini menjelaskan setiap jenis risiko dan cara membicarakannya.',
  cardsLink: 'Lihat semua kartu yang bisa dilihat anak, dalam Bahasa Indonesia, Basa Jawa, dan English',
  principlesTitle: 'Sebelum mengobrol',
  principles: [
    'Pilih waktu santai, misalnya saat makan atau di perjalanan, bukan tepat setelah ada tanda.',
    'Mulai dengan bertanya dan mendengarkan. Jangan langsung menyita HP atau melarang internet: anak jadi berhenti bercerita.',
    'Katakan dengan jelas: "Kamu tidak salah, dan kamu tidak akan dimarahi karena cerita."',
    'Yang salah selalu orang dewasa yang mendekati anak, bukan anaknya.',
  ],
  categoriesTitle: 'Jenis risiko',
  meansTitle: 'Artinya',
  talkTitle: 'Cara memulai obrolan tanpa menyalahkan',
  troubleTitle: 'Kalau anak sudah dalam masalah',
  commonTroubleTitle: 'Langkah untuk semua jenis',
  commonTrouble: [
    'Tetap tenang dan terima kasih kepada anak karena sudah cerita. Katakan bahwa ia tidak salah.',
    'Simpan bukti: nama akun atau nomor, nama situs atau aplikasi, tanggal dan jam, dan kata-kata yang dikirim. Tulis atau salin teksnya. Jangan menyimpan atau meneruskan foto atau video anak — itu sendiri bisa melanggar hukum dan menyakiti anak.',
    'Jangan menghadapi, mengancam, atau membalas pelaku. Ia bisa menghapus jejak, menyebarkan gambar, atau pindah ke anak lain.',
    'Jangan hapus obrolan dan jangan hapus akun anak dulu. Blokir dan laporkan pelaku di aplikasinya setelah bukti tersimpan.',
    'Hubungi SAPA 129 (telepon {sapaPhone}, WhatsApp {sapaWhatsapp}, 24 jam) atau UPTD PPA di daerah Anda untuk pendampingan.',
  ],
  helpTitle: 'Tempat meminta bantuan',
  help: {
    sapa: 'SAPA 129 (KemenPPPA): telepon {sapaPhone}, WhatsApp {sapaWhatsapp}. Kekerasan terhadap anak, 24 jam.',
    tepsa: 'TePSA (Kemensos): {tepsa}.',
    local: 'Layanan setempat: {name}',
    localMissing:
      'Layanan setempat (UPTD PPA atau DP3AKB): isi nama dan nomornya di Pengaturan agar mudah ditemukan saat dibutuhkan.',
    iwf: 'Gambar seksual anak di internet: laporkan alamatnya secara anonim di {iwf} (IWF bersama ECPAT Indonesia).',
    takeItDown:
      'Foto anak Anda sendiri disebar atau diancam akan disebar: {takeItDown} (untuk di bawah 18 tahun; gambar tidak diunggah).',
    aduanKonten: 'Konten publik yang berbahaya: {aduanKonten} (Komdigi).',
    patroliSiber: 'Laporan kejahatan siber ke polisi: {patroliSiber} (meminta identitas pelapor dewasa).',
  },
  backToGuide: 'Kembali ke panduan',
  categories: {
    secrecy: {
      name: 'Diminta merahasiakan',
      means:
        'Seseorang meminta anak merahasiakan obrolan dari orang tua atau guru. Ini tanda paling umum dari pendekatan (grooming): pelaku ingin memisahkan anak dari orang yang bisa menolongnya.',
      talk: [
        '"Ada nggak teman online yang minta kamu merahasiakan sesuatu dari Mama/Papa?"',
        'Bedakan kejutan dan rahasia: kejutan akhirnya diceritakan dan membuat senang; rahasia yang membuat tidak nyaman boleh selalu diceritakan.',
        'Katakan: "Kalau ada yang minta rahasia dari kami, itu tanda dia yang berbuat salah, bukan kamu."',
      ],
      trouble: [
        'Tanyakan pelan-pelan apa yang sudah dibicarakan dan apakah ada permintaan lain (foto, pindah aplikasi, ketemuan).',
      ],
    },
    move_private: {
      name: 'Diajak pindah ke aplikasi lain',
      means:
        'Seseorang mengajak anak pindah dari game atau media sosial ke WhatsApp, Telegram, atau aplikasi lain yang lebih tertutup. Di sana pengawasan dan moderasi lebih sedikit.',
      talk: [
        '"Di game kamu, ada yang pernah minta nomor WA atau ajak ngobrol di aplikasi lain?"',
        'Sepakati bersama: nomor HP hanya untuk orang yang dikenal di dunia nyata.',
        'Puji anak kalau ia menolak atau bercerita: "Bagus kamu tanya dulu."',
      ],
      trouble: [
        'Kalau nomor anak sudah diberikan, simpan nama dan nomor pelaku, lalu blokir dan laporkan di kedua aplikasi.',
      ],
    },
    sexual_request: {
      name: 'Diminta foto atau video',
      means:
        'Seseorang meminta foto, video, atau video call yang tidak pantas ("pap", "vcs"). Ini eksploitasi seksual, apa pun yang dikatakan pelaku, dan anak tidak pernah bersalah.',
      talk: [
        '"Kalau ada yang minta foto yang bikin kamu nggak nyaman, kamu boleh menolak dan langsung cerita. Kamu nggak akan dimarahi."',
        'Jelaskan bahwa foto yang sudah dikirim bisa disimpan dan disebar, dan bahwa orang baik tidak meminta itu dari anak.',
        'Tanyakan dengan tenang, tanpa menyalahkan, apakah pernah ada yang meminta seperti itu.',
      ],
      trouble: [
        'Kalau foto sudah terkirim: jangan salahkan anak. Gunakan {takeItDown} agar gambar bisa dikenali dan dihapus dari platform yang ikut.',
        'Jangan membuka, menyimpan, atau meneruskan gambar itu sendiri; catat saja alamat atau nama akunnya.',
      ],
    },
    personal_info: {
      name: 'Ditanya data pribadi',
      means:
        'Seseorang menanyakan alamat, sekolah, nomor HP, atau kapan anak sendirian. Data ini bisa dipakai untuk menemukan atau menekan anak.',
      talk: [
        '"Menurutmu, info apa yang aman dibagikan di internet, dan apa yang tidak?"',
        'Latih jawaban sopan untuk menolak: "Maaf, aku nggak boleh kasih itu."',
        'Periksa bersama pengaturan privasi akun anak.',
      ],
      trouble: [
        'Kalau alamat atau sekolah sudah diberikan dan ada ajakan bertemu, beri tahu pihak sekolah dan pastikan anak tidak pergi menemui orang itu.',
      ],
    },
    gifts: {
      name: 'Ditawari hadiah',
      means:
        'Seseorang menawarkan diamond, robux, pulsa, kuota, atau saldo e-wallet. Hadiah dari orang asing sering dipakai agar anak merasa berutang dan sulit menolak permintaan berikutnya.',
      talk: [
        '"Pernah ada yang kasih diamond atau pulsa gratis? Dia minta apa sebagai gantinya?"',
        'Jelaskan: hadiah dari orang yang belum dikenal bisa jadi jebakan, dan anak tidak berutang apa pun.',
        'Tawarkan cara yang aman kalau anak ingin item game, misalnya menabung bersama.',
      ],
      trouble: [
        'Simpan bukti transfer atau kode hadiah. Anak tidak wajib membalas atau mengembalikan apa pun kepada pelaku.',
      ],
    },
    meet_offline: {
      name: 'Diajak ketemuan',
      means:
        'Seseorang dari internet mengajak anak bertemu langsung ("kopdar"). Ini risiko terbesar bagi keselamatan fisik anak.',
      talk: [
        '"Kalau teman online ngajak ketemu, apa yang sebaiknya kamu lakukan?" Dengarkan dulu jawabannya.',
        'Buat aturan bersama: tidak pernah bertemu teman online tanpa orang tua.',
        'Jelaskan bahwa orang bisa berbohong tentang umur dan wajahnya di internet.',
      ],
      trouble: [
        'Kalau pertemuan sudah direncanakan, jangan biarkan anak pergi. Simpan detail tempat dan waktu, dan hubungi SAPA 129 atau polisi bila ada bahaya.',
      ],
    },
    sextortion: {
      name: 'Diancam',
      means:
        'Seseorang mengancam menyebarkan foto atau rahasia anak kecuali anak mengirim lebih banyak atau membayar ("nanti fotomu kusebar"). Pemerasan seksual sangat menakutkan bagi anak; yang ia butuhkan pertama adalah rasa aman.',
      talk: [
        'Katakan dulu: "Kamu tidak salah. Kita hadapi ini bersama."',
        'Jangan marah atau panik di depan anak; itu membuat anak diam.',
        'Tanyakan apa yang sudah terjadi tanpa menyalahkan.',
      ],
      trouble: [
        'Jangan bayar dan jangan kirim apa pun lagi: pelaku biasanya meminta lebih.',
        'Gunakan {takeItDown} untuk gambar anak, dan hubungi SAPA 129 segera.',
        'Kalau anak terlihat sangat tertekan atau berbicara tentang menyakiti diri, temani terus dan cari bantuan saat itu juga.',
      ],
    },
    flattery_trust: {
      name: 'Dipuji berlebihan',
      means:
        'Seseorang terus memuji, memberi perhatian besar, atau berkata hanya dia yang mengerti anak. Ini cara membangun kepercayaan dan menjauhkan anak dari keluarga.',
      talk: [
        '"Ada teman online yang baik banget sama kamu? Ceritain dong."',
        'Jelaskan perbedaan teman yang baik dan orang yang ingin sesuatu: teman yang baik tidak meminta rahasia, foto, atau pertemuan.',
        'Luangkan waktu dan perhatian di rumah; anak yang merasa didengar lebih sulit didekati.',
      ],
      trouble: ['Perhatikan apakah ada tanda lain (rahasia, hadiah, ajakan pindah aplikasi).'],
    },
    hidden_account: {
      name: 'Akun rahasia',
      means:
        'Anak mencari cara membuat akun kedua atau akun tersembunyi. Banyak anak melakukannya demi privasi; risikonya, kalau ada masalah di akun itu, tidak ada orang dewasa yang tahu.',
      talk: [
        '"Banyak teman punya akun kedua ya? Menurutmu kenapa?"',
        'Akui kebutuhan anak akan privasi, dan sepakati bahwa ia tetap boleh bercerita kalau ada yang aneh di akun mana pun.',
        'Hindari melarang tanpa penjelasan; itu sering membuat akun makin tersembunyi.',
      ],
      trouble: ['Kalau ada masalah di akun rahasia, bantu anak menyimpan bukti dulu sebelum akun dihapus.'],
    },
    vpn_bypass: {
      name: 'VPN atau pembuka blokir',
      means:
        'Anak mencari VPN, proxy, atau cara membuka situs yang diblokir. Situs yang diblokir sering berisi orang asing dan konten tidak aman, dan VPN gratis bisa mengumpulkan data.',
      talk: [
        '"Situs apa yang ingin kamu buka? Kenapa?" Mungkin ada kebutuhan yang bisa dipenuhi dengan aman.',
        'Jelaskan risikonya, bukan sekadar larangan: orang asing, konten berbahaya, dan aplikasi yang mencuri data.',
        'Buat kesepakatan tentang situs dan aplikasi yang boleh dipakai.',
      ],
      trouble: [
        'Kalau anak melihat sesuatu yang membuatnya takut atau bingung, dengarkan dan yakinkan ia tidak salah.',
      ],
    },
    anonymous_chat: {
      name: 'Chat dengan orang asing',
      means:
        'Situs yang mempertemukan anak secara acak dengan orang asing, sering dengan video. Banyak orang dewasa dengan niat buruk ada di situs seperti ini.',
      talk: [
        '"Pernah coba situs yang ngobrol sama orang acak? Apa yang terjadi?"',
        'Jelaskan bahwa di situs ini tidak ada cara tahu siapa lawan bicara sebenarnya.',
        'Tawarkan tempat ngobrol yang lebih aman dengan teman yang dikenal.',
      ],
      trouble: ['Kalau anak melihat atau diminta sesuatu yang tidak pantas, simpan nama situs dan waktunya.'],
    },
    unknown_contact: {
      name: 'Orang yang belum dikenal',
      means:
        'Anak mengobrol dengan seseorang yang tidak ada di kontaknya. Tidak selalu berbahaya, tetapi bersama tanda lain risikonya naik.',
      talk: [
        '"Kamu kenal dia dari mana? Sudah pernah ketemu di dunia nyata?"',
        'Ajarkan: tidak apa-apa tidak membalas orang yang tidak dikenal.',
        'Tambahkan orang yang memang dikenal anak ke Kontak tepercaya di Pengaturan.',
      ],
      trouble: ['Simpan nama akun atau nomornya sebelum diblokir.'],
    },
    oversharing: {
      name: 'Anak membagikan data pribadi',
      means:
        'Anak hampir mengirim nomor HP, alamat, nama sekolah, atau bahwa ia sedang sendirian di rumah. Kawan Aman hanya mengingatkan; tidak pernah menahan ketikan atau menyimpan isinya.',
      talk: [
        '"Tadi Kawan Aman mengingatkan soal data pribadi. Kamu lagi ngobrol sama siapa?"',
        'Latih bersama: sebelum mengirim, tanya "Apakah aku kenal orang ini di dunia nyata?"',
        'Jangan marahi anak karena hampir berbagi; ia belajar dari pengingat itu.',
      ],
      trouble: [
        'Kalau data sudah terkirim ke orang yang tidak dikenal, perhatikan ajakan bertemu atau ancaman berikutnya.',
      ],
    },
  },
};

const en: GuideWords = {
  title: 'Parent guide',
  intro:
    'Kawan Aman raises flags, but what protects a child most is a calm conversation with an adult they trust. This guide explains each kind of risk and how to talk about it.',
  cardsLink: 'See every card your child can get, in Indonesian, Javanese and English',
  principlesTitle: 'Before you talk',
  principles: [
    'Pick a relaxed moment, such as a meal or a car ride, not right after a flag.',
    'Start by asking and listening. Do not take the phone away or ban the internet straight away: your child will stop telling you things.',
    'Say it clearly: "It is not your fault, and you will not be punished for telling me."',
    'The adult who approaches a child is always the one in the wrong, never the child.',
  ],
  categoriesTitle: 'Kinds of risk',
  meansTitle: 'What it means',
  talkTitle: 'How to start the conversation without blame',
  troubleTitle: 'If your child is already in trouble',
  commonTroubleTitle: 'Steps for every kind',
  commonTrouble: [
    'Stay calm and thank your child for telling you. Tell them it is not their fault.',
    'Save evidence: the account name or number, the site or app, the date and time, and the words that were sent. Write down or copy the text. Do not save or forward photos or videos of your child — that can itself be illegal and hurts your child.',
    'Do not confront, threaten or answer the person. They may delete their traces, share images, or move on to another child.',
    'Do not delete the chat or your child’s account yet. Block and report the person in the app once the evidence is saved.',
    'Contact SAPA 129 (call {sapaPhone}, WhatsApp {sapaWhatsapp}, 24 hours) or the UPTD PPA in your area for support.',
  ],
  helpTitle: 'Where to get help',
  help: {
    sapa: 'SAPA 129 (KemenPPPA): call {sapaPhone}, WhatsApp {sapaWhatsapp}. Violence against children, 24 hours.',
    tepsa: 'TePSA (Kemensos): {tepsa}.',
    local: 'Local service: {name}',
    localMissing:
      'Local service (UPTD PPA or DP3AKB): add its name and number in Settings so it is easy to find when needed.',
    iwf: 'Sexual images of a child online: report the address anonymously at {iwf} (IWF with ECPAT Indonesia).',
    takeItDown:
      'Your child’s own images shared or threatened: {takeItDown} (for under-18s; the image is not uploaded).',
    aduanKonten: 'Harmful public content: {aduanKonten} (Komdigi).',
    patroliSiber: 'Report cybercrime to the police: {patroliSiber} (asks for the adult reporter’s identity).',
  },
  backToGuide: 'Back to the guide',
  categories: {
    secrecy: {
      name: 'Asked to keep a secret',
      means:
        'Someone asks your child to keep a chat secret from parents or teachers. It is the most common sign of grooming: the person wants to cut the child off from those who could help.',
      talk: [
        '"Has anyone online asked you to keep something secret from us?"',
        'Tell surprises from secrets: a surprise is told in the end and makes people happy; a secret that feels bad can always be told.',
        'Say: "If someone asks you to keep secrets from us, that shows they are doing wrong, not you."',
      ],
      trouble: [
        'Gently ask what was talked about and whether there were other requests (photos, moving apps, meeting).',
      ],
    },
    move_private: {
      name: 'Asked to move to another app',
      means:
        'Someone asks your child to move from a game or social media to WhatsApp, Telegram or another more closed app. There is less oversight and moderation there.',
      talk: [
        '"In your game, has anyone asked for your WhatsApp number or to chat in another app?"',
        'Agree together: phone numbers are only for people you know in real life.',
        'Praise your child when they refuse or tell you: "Good that you asked first."',
      ],
      trouble: [
        'If your child already gave their number, save the person’s name and number, then block and report them in both apps.',
      ],
    },
    sexual_request: {
      name: 'Asked for photos or videos',
      means:
        'Someone asks for inappropriate photos, videos or video calls ("pap", "vcs"). This is sexual exploitation, whatever the person says, and the child is never to blame.',
      talk: [
        '"If anyone asks for a photo that makes you uncomfortable, you can say no and tell me right away. You will not be in trouble."',
        'Explain that photos once sent can be kept and shared, and that good people do not ask children for them.',
        'Calmly ask, without blame, whether anyone has ever asked for something like that.',
      ],
      trouble: [
        'If a photo was sent: do not blame your child. Use {takeItDown} so the image can be recognised and removed by participating platforms.',
        'Do not open, save or forward the image yourself; note only the address or account name.',
      ],
    },
    personal_info: {
      name: 'Asked for personal details',
      means:
        'Someone asks for your child’s address, school, phone number, or when they are alone. These details can be used to find or pressure a child.',
      talk: [
        '"What do you think is safe to share online, and what is not?"',
        'Practise a polite refusal together: "Sorry, I’m not allowed to give that."',
        'Check the privacy settings of your child’s accounts together.',
      ],
      trouble: [
        'If the address or school was shared and there is an invitation to meet, tell the school and make sure your child does not go to meet that person.',
      ],
    },
    gifts: {
      name: 'Offered gifts',
      means:
        'Someone offers diamonds, robux, phone credit, data or e-wallet money. Gifts from strangers are often used so a child feels they owe something and finds it hard to refuse the next request.',
      talk: [
        '"Has anyone given you free diamonds or credit? What did they want in return?"',
        'Explain: gifts from people you do not know can be a trap, and your child owes them nothing.',
        'Offer a safe way if your child wants game items, for example saving up together.',
      ],
      trouble: ['Save proof of transfers or gift codes. Your child does not have to answer or pay anything back.'],
    },
    meet_offline: {
      name: 'Asked to meet',
      means:
        'Someone from the internet asks your child to meet in person ("kopdar"). This is the biggest risk to a child’s physical safety.',
      talk: [
        '"If an online friend asks to meet, what should you do?" Listen to their answer first.',
        'Make a rule together: never meet an online friend without a parent.',
        'Explain that people can lie about their age and face online.',
      ],
      trouble: [
        'If a meeting is planned, do not let your child go. Save the place and time, and contact SAPA 129 or the police if there is danger.',
      ],
    },
    sextortion: {
      name: 'Threatened',
      means:
        'Someone threatens to share your child’s photos or secrets unless they send more or pay ("nanti fotomu kusebar"). Sexual extortion is terrifying for a child; what they need first is to feel safe.',
      talk: [
        'Say first: "It is not your fault. We will deal with this together."',
        'Do not get angry or panic in front of your child; it makes children go quiet.',
        'Ask what happened without blame.',
      ],
      trouble: [
        'Do not pay and do not send anything more: the person usually asks for more.',
        'Use {takeItDown} for your child’s images, and contact SAPA 129 straight away.',
        'If your child seems very distressed or talks about hurting themselves, stay with them and get help right then.',
      ],
    },
    flattery_trust: {
      name: 'Too much praise',
      means:
        'Someone keeps praising your child, gives a lot of attention, or says only they understand them. It is a way to build trust and pull a child away from family.',
      talk: [
        '"Is there an online friend who is really nice to you? Tell me about them."',
        'Explain the difference between a good friend and someone who wants something: a good friend does not ask for secrets, photos or meetings.',
        'Make time and attention at home; a child who feels heard is harder to approach.',
      ],
      trouble: ['Watch for other signs (secrets, gifts, moving to another app).'],
    },
    hidden_account: {
      name: 'Secret accounts',
      means:
        'Your child is looking for ways to make a second or hidden account. Many children do it for privacy; the risk is that if something goes wrong there, no adult knows.',
      talk: [
        '"Lots of friends have a second account, right? Why do you think that is?"',
        'Acknowledge your child’s need for privacy, and agree they can always tell you if something odd happens on any account.',
        'Avoid bans without an explanation; they often push accounts further into hiding.',
      ],
      trouble: [
        'If there is trouble on a secret account, help your child save the evidence before the account is deleted.',
      ],
    },
    vpn_bypass: {
      name: 'VPNs and unblockers',
      means:
        'Your child is looking for a VPN, a proxy or a way to open blocked sites. Blocked sites often have strangers and unsafe content, and free VPNs can collect data.',
      talk: [
        '"Which site do you want to open? Why?" There may be a need you can meet safely.',
        'Explain the risks rather than just forbidding: strangers, harmful content, and apps that steal data.',
        'Agree together on the sites and apps that are fine to use.',
      ],
      trouble: [
        'If your child saw something that scared or confused them, listen and reassure them it is not their fault.',
      ],
    },
    anonymous_chat: {
      name: 'Chatting with strangers',
      means:
        'Sites that pair your child at random with strangers, often on video. Many adults with bad intentions use such sites.',
      talk: [
        '"Have you tried sites where you chat with random people? What happened?"',
        'Explain that on these sites there is no way to know who the other person really is.',
        'Offer safer places to chat with friends they know.',
      ],
      trouble: ['If your child saw or was asked for something inappropriate, save the site name and the time.'],
    },
    unknown_contact: {
      name: 'Someone not in their contacts',
      means:
        'Your child is chatting with someone who is not in their contacts. It is not always dangerous, but together with other signs the risk goes up.',
      talk: [
        '"How do you know them? Have you met in real life?"',
        'Teach that it is fine not to answer people you do not know.',
        'Add the people your child really knows to Trusted contacts in Settings.',
      ],
      trouble: ['Save the account name or number before blocking.'],
    },
    oversharing: {
      name: 'Your child sharing private details',
      means:
        'Your child was about to send a phone number, address, school name, or that they are home alone. Kawan Aman only reminds; it never stops the typing or keeps what was typed.',
      talk: [
        '"Kawan Aman reminded you about private details earlier. Who were you chatting with?"',
        'Practise together: before sending, ask "Do I know this person in real life?"',
        'Do not scold your child for almost sharing; the reminder is how they learn.',
      ],
      trouble: ['If details were sent to someone unknown, watch for invitations to meet or for threats that follow.'],
    },
  },
};

export const guideWords: Record<Lang, GuideWords> = { id, en };
