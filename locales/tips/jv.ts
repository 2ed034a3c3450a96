import type { ChatTipLibrary, Tip } from './types';

const t = (what: string, why: string, todo: string): Tip => ({ what, why, todo });

/**
 * Tips ing basa Jawa ngoko, kanggo kategori obrolan (chat) wae: apa sing kedadeyan, kenapa iku penting, apa sing isa
 * ditindakake saiki. The same keys as the Indonesian tips for these categories (checked by the locales meta-test).
 */
export const jv: ChatTipLibrary = {
  secrecy: {
    '6-9': [
      t(
        'Ana sing njaluk supaya obrolan iki dirahasiakne saka kulawargamu.',
        'Rahasia sing apik iku kejutan sing nyenengke, kaya kado ulang taun. Rahasia sing kudu didhelikake saka kulawarga iku ora oleh.',
        'Critakna obrolan iki marang Bapak, Ibu, utawa gurumu. Kowe ora bakal diseneni.',
      ),
      t(
        'Ana sing ngomong “aja kandha wong tuwamu, ya”.',
        'Kanca sing tenanan seneng yen kulawargamu kenal karo dheweke.',
        'Tuduhna obrolan iki marang wong diwasa sing kowe percaya, dina iki uga.',
      ),
      t(
        'Kowe dijaluk ndhelikake obrolan iki.',
        'Yen obrolan didhelikake, wong diwasa angel nulungi kowe nalika ana sing rasane aneh.',
        'Kowe isa ngomong: “Aku crita kabeh marang kulawargaku.” Banjur tuduhna obrolane.',
      ),
      t(
        'Ana sing pengin obrolan iki dadi “rahasiane awake dhewe wae”.',
        'Wong sing apik ora njaluk bocah ndhelikake apa-apa saka kulawargane.',
        'Mandheg ngobrol lan marani wong diwasa. Crita iku mesthi oleh.',
      ),
      t(
        'Ing obrolan iki kowe dijaluk nyimpen rahasia.',
        'Kejutan iku mung sedhela lan gawe wong seneng. Rahasia sing kaya ngene iki beda.',
        'Takona awakmu: apa aku tenang yen Ibu weruh iki? Yen ora, tuduhna saiki.',
      ),
    ],
    '10-12': [
      t(
        'Ana sing njaluk obrolanmu dirahasiakne saka wong tuwamu.',
        'Wong sing niate apik ora perlu ndhelik saka kulawargamu. Njaluk rahasia asring dadi langkah kawitan wong sing pengin ngapusi bocah.',
        'Aja gelem nyimpen rahasia iku. Critakna marang wong tuwa utawa guru apa sing diomongke.',
      ),
      t(
        'Kowe dikandhani “iki cukup awake dhewe sing ngerti”.',
        'Rahasia misahake kowe saka wong-wong sing isa nulungi yen ana masalah.',
        'Simpen obrolane lan tuduhna marang wong diwasa sing kowe percaya.',
      ),
      t(
        'Ana sing ngomong wong tuwamu “ora bakal ngerti”.',
        'Iku carane supaya kowe rumangsa mung dheweke sing mbelani kowe. Kulawargamu ana ing pihakmu.',
        'Omong-omongan karo wong tuwa, mas utawa mbak sedulur, utawa guru. Wiwiten wae: “Ana wong ing internet sing njaluk aku nyimpen rahasia.”',
      ),
      t(
        'Ana sing njaluk kowe mbusak pesen utawa ndhelikake obrolan.',
        'Yen obrolane dibusak, bukti sing dibutuhake wong diwasa kanggo nulungi kowe dadi ilang.',
        'Aja mbusak apa-apa. Metua saka aplikasi lan critakna marang wong diwasa.',
      ),
      t(
        'Kowe dijaluk ndhelikake sawijining kekancan.',
        'Kekancan sing kudu didhelikake iku dudu kekancan sing aman, senajan wonge ketok apik.',
        'Kowe oleh nolak lan mandheg mbales. Critakna marang wong sing kowe percaya.',
      ),
    ],
    '13-17': [
      t(
        'Ana sing njaluk obrolan iki dirahasiakne saka wong tuwa utawa kanca-kancamu.',
        'Rahasia iku salah siji tandha grooming sing paling cetha: kowe dipisahake saka wong liya, dadi ora ana sing ngerti yen kahanane saya ala.',
        'Kowe ora utang rahasia marang dheweke. Critakna marang wong sing kowe percaya, kanca uga oleh, lan simpen obrolane.',
      ),
      t(
        'Dheweke ngomong “ora ana sing bakal ngerti awake dhewe”.',
        'Nggawe kowe rumangsa hubungan iki kudu didhelikake iku menehi dheweke kuwasa marang kowe.',
        'Rasakna piye rasane dijaluk ndhelik. Rembugen karo wong diwasa sing kowe percaya.',
      ),
      t(
        'Kowe dijaluk mbusak utawa ndhelikake pesen.',
        'Mbusak obrolan iku nglindhungi dheweke, dudu kowe. Yen sawijining dina kowe butuh pitulung, pesen iku penting.',
        'Simpen pesene. Aja mbusak obrolan, senajan dheweke meksa.',
      ),
      t(
        'Ana sing ngomong kowe bakal kena masalah yen ana sing ngerti.',
        'Iku tekanan, lan ngono kuwi carane wong nggawe bocah enom meneng. Dudu kowe sing salah.',
        'Critakna marang wong diwasa sing kowe percaya utawa hubungi SAPA 129. Njaluk tulung dudu ateges nglanggar janji.',
      ),
      t(
        'Kowe dijak nglakoni “hubungan rahasia”.',
        'Wong diwasa sing pengin hubungan rahasia karo bocah enom iku sing nglanggar aturan, dudu kowe.',
        'Mandheg mbales lan omong-omongan karo wong sing kowe percaya. Kowe tetep isa oleh pitulung senajan wis kadhung crita.',
      ),
    ],
  },
  move_private: {
    '6-9': [
      t(
        'Ana sing pengin ngobrol karo kowe ing aplikasi liya.',
        'Ing aplikasi liya, wong diwasa sing njaga kowe ora isa weruh apa sing kedadeyan.',
        'Tetep ing kene lan critakna marang Bapak, Ibu, utawa gurumu.',
      ),
      t(
        'Ana sing njaluk nomer WhatsApp-mu.',
        'Nomermu mung kanggo kulawarga lan kanca sing kowe kenal tenan.',
        'Aja diwenehke. Tuduhna obrolan iki marang wong diwasa.',
      ),
      t(
        'Ana sing ngomong “ayo ngobrol ing panggonan liya”.',
        'Wong sing apik ora keberatan ngobrol ing panggonan sing isa dideleng kulawargamu.',
        'Ngomonga “ora, matur nuwun” banjur marani wong diwasa.',
      ),
      t(
        'Kowe dijaluk nambahake wong ing aplikasi liya.',
        'Kowe mung nambahake wong sing kowe kenal saka omah utawa sekolah.',
        'Takon wong diwasa dhisik sadurunge nambahake sapa wae.',
      ),
      t(
        'Ana sing pengin video call karo kowe ing aplikasi liya.',
        'Video call karo wong sing ora kowe kenal iku dudu kanggo bocah.',
        'Aja diangkat. Langsung critakna marang wong diwasa.',
      ),
    ],
    '10-12': [
      t(
        'Ana sing pengin mindhah obrolan menyang WhatsApp, Telegram, utawa aplikasi liya.',
        'Ing aplikasi pribadi ora ana sing ngawasi. Mulane wong sing pengin ngapusi bocah ngajak pindhah.',
        'Ngobrol ing kene wae, utawa mandheg. Critakna marang wong tuwa yen dheweke terus ngajak.',
      ),
      t(
        'Kowe dijaluk nomer HP utawa username ing aplikasi liya.',
        'Yen dheweke wis duwe nomermu, dheweke isa ngirim pesen ing ngendi wae lan kapan wae.',
        'Aja diwenehke. Kowe isa ngomong: “Wong tuwaku ora ngolehi.”',
      ),
      t(
        'Ana sing ngomong aplikasi iki “mbosenke” utawa “ora aman” lan ngajak pindhah.',
        'Nyurung kowe menyang panggonan sing luwih ndhelik iku tandha bebaya, senajan alesane keprungu apik.',
        'Tolak wae. Yen dheweke nesu merga iku, kowe dadi ngerti sipate.',
      ),
      t(
        'Kowe dijaluk nganggo aplikasi sing pesene isa ilang dhewe.',
        'Pesen sing ilang ora isa dituduhake marang wong sing isa nulungi kowe.',
        'Aja pindhah aplikasi. Tuduhna obrolan sing ana saiki marang wong diwasa.',
      ),
      t(
        'Kowe diundang menyang grup utawa server pribadi.',
        'Ing grup pribadi isa ana wong sing luwih tuwa tinimbang sing diakoni.',
        'Takon wong tuwa dhisik sadurunge mlebu grup saka wong sing kowe kenal ing internet.',
      ),
    ],
    '13-17': [
      t(
        'Dheweke pengin pindhah menyang WhatsApp, Telegram, Snapchat, utawa DM pribadi.',
        'Pindhah menyang aplikasi pribadi utawa sing pesene isa ilang iku langkah grooming sing umum: moderatore luwih sithik, buktine uga luwih sithik.',
        'Tetep ngobrol ing kene, utawa mandhegna. Kowe ora perlu alesan.',
      ),
      t(
        'Ana sing terus njaluk nomermu senajan kowe wis nolak.',
        'Ora nggape penolakanmu iku tandha bebaya babagan carane dheweke nganggep watesanmu liyane.',
        'Blokiren. Yen dheweke muncul ing panggonan liya, critakna marang wong diwasa sing kowe percaya.',
      ),
      t(
        'Dheweke njaluk kowe nggawe akun kapindho sing rahasia kanggo ngobrol.',
        'Akun sing didhelikake ateges ora ana sing isa nulungi yen ana kedadeyan ing kana.',
        'Tetep nganggo akun sing dingerteni wong-wong cedhakmu.',
      ),
      t(
        'Dheweke ngusulake aplikasi sing pesene ilang dhewe utawa “mode rahasia”.',
        'Pesen sing ilang mbantu dheweke supaya ora dilaporke. Iku ora nglindhungi kowe.',
        'Tolak. Simpen obrolan saiki supaya ana yen kowe butuh pitulung.',
      ),
      t(
        'Wong sing mung kowe kenal ing internet ngundang kowe menyang grup utawa server tertutup.',
        'Grup tertutup asring dadi panggonan wiwitane konten seksual lan tekanan.',
        'Priksa sapa sing ngurus lan rembugen karo wong sing kowe percaya sadurunge mlebu.',
      ),
    ],
  },
  sexual_request: {
    '6-9': [
      t(
        'Ana sing njaluk fotomu.',
        'Fotomu mung kanggo kulawargamu lan wong sing kowe kenal.',
        'Aja ngirim foto apa wae. Critakna marang wong diwasa saiki uga.',
      ),
      t(
        'Ana sing njaluk kowe nuduhake awakmu ing kamera.',
        'Awakmu iku duwekmu dhewe. Ora ana sing oleh njaluk kuwi ing internet.',
        'Pateni kamerane lan marani Bapak, Ibu, utawa gurumu.',
      ),
      t(
        'Ana sing njaluk fotomu nganggo piyama utawa nalika adus.',
        'Ora ana sing oleh njaluk foto kaya ngono saka bocah. Iku ora oleh.',
        'Ngomonga ora, tutupen obrolane, lan critakna marang wong diwasa. Kowe ora salah apa-apa.',
      ),
      t(
        'Ana sing pengin video call mung karo kowe dhewe.',
        'Video call karo wong sing ora kowe kenal iku dudu kanggo bocah.',
        'Aja diangkat. Tuduhna pesene marang wong diwasa.',
      ),
      t(
        'Ana sing takon bab perangan awakmu sing pribadi.',
        'Perangan awak sing ketutup klambi renang iku pribadi. Ora ana sing oleh ngomongke kuwi karo kowe ing internet.',
        'Mandheg ngobrol lan critakna marang wong diwasa sing kowe percaya. Kowe ora bakal diseneni.',
      ),
    ],
    '10-12': [
      t(
        'Ana sing njaluk kowe ngirim foto awakmu (“pap”).',
        'Foto isa disimpen lan disebar salawase, lan ana wong sing nganggo foto iku kanggo meksa bocah mengko.',
        'Aja dikirim. Cukup ngomong ora banjur lunga. Critakna marang wong tuwa utawa guru.',
      ),
      t(
        'Kowe dijak video call (“vcs”) utawa dijaluk nguripake kamera.',
        'Wong sing njaluk bocah tampil ing kamera isa wae ngrekam.',
        'Tolak lan mandhegna obrolane. Tuduhna apa sing diomongke marang wong diwasa.',
      ),
      t(
        'Ana sing njaluk fotomu nganggo klambi sing luwih sithik.',
        'Njaluk kuwi saka bocah enom iku ora tau oleh, lan dudu salahmu yen dheweke njaluk.',
        'Aja dibales. Langsung critakna marang wong diwasa sing kowe percaya.',
      ),
      t(
        'Ana sing ngirimi kowe gambar sing ora pengin kowe deleng.',
        'Ngirim gambar seksual marang bocah iku salah, lan iku dudu merga kowe.',
        'Aja mbukak liyane lan aja diterusake. Critakna marang wong diwasa lan blokiren sing ngirim.',
      ),
      t(
        'Kowe ditakoni bab awakmu.',
        'Pitakon kaya ngono dienggo supaya bab pribadi krasa biasa. Saka wong liya, iku ora biasa.',
        'Mandheg njawab. Omong-omongan karo wong tuwa, guru, utawa guru BK.',
      ),
    ],
    '13-17': [
      t(
        'Ana sing njaluk foto wuda utawa foto seksual saka kowe.',
        'Gambar seksual sapa wae sing umure durung 18 taun iku dilarang dijaluk, disimpen, utawa disebar, lan yen wis kadhung dikirim kowe ora isa ngendhaleni maneh.',
        'Aja dikirim. Kowe oleh lunga tanpa nerangake. Yen rumangsa dipeksa, critakna marang wong sing kowe percaya.',
      ),
      t(
        'Dheweke pengin video call utawa ndeleng kowe ing kamera.',
        'Video call isa direkam tanpa kowe ngerti, lan rekamane asring dienggo meres.',
        'Tolak. Yen kowe wis kadhung tampil ing kamera, iku dudu salahmu: enggal njaluk tulung.',
      ),
      t(
        'Dheweke ngomong “kabeh wong ya ngono” utawa “siji foto wae”.',
        'Omongan kaya ngono digawe supaya nolak krasa kikuk. “Ora” iku wis cukup dadi wangsulan.',
        'Ngomonga ora sepisan, lan blokiren yen dheweke meksa. Omong-omongan karo wong sing kowe percaya.',
      ),
      t(
        'Dheweke luwih dhisik ngirim konten seksual marang kowe.',
        'Ngirim konten seksual luwih dhisik iku taktik supaya krasa biasa lan kowe rumangsa kudu mbales.',
        'Aja ditanggepi lan aja diterusake. Blokiren lan laporna ing aplikasine, banjur critakna marang wong diwasa.',
      ),
      t(
        'Kowe wis kadhung ngirim sawijining bab lan saiki kuwatir.',
        'Kowe ora kena masalah, lan iki isih isa diurus. Take It Down (takeitdown.ncmec.org) mbantu ngendhegake sumebare gambar bocah sing durung 18 taun; gambare tetep ana ing pirantimu.',
        'Aja ngirim maneh. Omong-omongan karo wong diwasa sing kowe percaya utawa hubungi SAPA 129.',
      ),
    ],
  },
  personal_info: {
    '6-9': [
      t(
        'Ana sing takon omahmu ing ngendi.',
        'Alamat omahmu mung kanggo wong sing kowe kenal tenan.',
        'Aja dikandhani. Tuduhna obrolan iki marang wong diwasa.',
      ),
      t(
        'Ana sing takon kowe sekolah ing ngendi.',
        'Jeneng sekolahmu isa nggawe wong nemokake kowe. Iku pribadi.',
        'Simpen kanggo awakmu dhewe lan critakna marang wong diwasa.',
      ),
      t(
        'Ana sing njaluk nomer HP-mu.',
        'Mung kulawarga lan kanca saka donya nyata sing oleh ngerti.',
        'Ngomonga ora, banjur takon wong diwasa.',
      ),
      t(
        'Ana sing takon apa kowe dhewekan ing omah.',
        'Dhewekan utawa ora, iku urusan pribadi. Kowe oleh ora njawab.',
        'Aja dijawab. Langsung critakna marang wong diwasa.',
      ),
      t(
        'Ana sing takon jeneng lengkap lan umurmu.',
        'Ing internet, jeneng celukan luwih apik. Jeneng asli kanggo wong sing kowe kenal.',
        'Nganggoa jeneng celukanmu lan critakna pitakon iku marang wong diwasa.',
      ),
    ],
    '10-12': [
      t(
        'Kowe ditakoni alamat, sekolah, utawa nomer HP.',
        'Data iku isa dienggo nemokake kowe ing donya nyata utawa ngubungi kowe ing ngendi wae.',
        'Aja dibagekake. Ngomonga “aku ora menehi kuwi” lan critakna marang wong tuwa.',
      ),
      t(
        'Ana sing njaluk tembung sandhi utawa kode mlebu akunmu.',
        'Ora ana sing perlu ngerti tembung sandhimu, kanca pisan. Nganggo kuwi, akunmu isa direbut.',
        'Aja tau menehi kode. Critakna marang wong tuwa, lan ganti tembung sandhi yen wis kadhung.',
      ),
      t(
        'Ana sing takon kapan wong tuwamu lunga.',
        'Pitakon bab kapan kowe dhewekan isa dienggo ngrancang sawijining bab.',
        'Aja dijawab, lan critakna pitakon iku marang wong diwasa.',
      ),
      t(
        'Ana sing njaluk foto seragam sekolah utawa dalan omahmu.',
        'Bab cilik ing foto, kayata logo utawa papan jeneng dalan, nuduhake kowe ana ing ngendi.',
        'Aja dikirim. Priksa bab kaya ngono ing fotomu sadurunge ngunggah menyang ngendi wae.',
      ),
      t(
        'Ana sing akeh takon bab kulawargamu.',
        'Ngumpulake kabar bab kowe lan kulawargamu isa dadi cara supaya dipercaya utawa kanggo meksa kowe mengko.',
        'Wangsulana sing umum wae, lan omong-omongan karo wong diwasa yen krasa aneh.',
      ),
    ],
    '13-17': [
      t(
        'Ana sing takon kowe manggon, sekolah, utawa nongkrong ing ngendi.',
        'Bab-bab cilik gampang disusun dadi lokasimu; ngono kuwi kontak ing internet dadi ketemu tenanan.',
        'Sebutna panggonan sing umum wae, pateni bagi lokasi, lan aja mbenerake tebakane.',
      ),
      t(
        'Dheweke njaluk nomer, email, utawa akunmu liyane.',
        'Saben cara anyar kanggo ngubungi kowe iku cara anyar kanggo meksa kowe.',
        'Aja menehi apa wae sing ora bakal kowe wenehke marang wong liya ing dalan. Blokiren yen dheweke meksa.',
      ),
      t(
        'Dheweke njaluk kode SMS (OTP) utawa tembung sandhimu.',
        'Iku trik ngrebut akun: nganggo kode iku dheweke nguwasani akunmu lan kontak-kontakmu.',
        'Aja tau menehi OTP utawa tembung sandhi. Yen wis kadhung, ganti tembung sandhi lan critakna marang wong diwasa.',
      ),
      t(
        'Dheweke takon kegiatanmu saben dina utawa kapan kowe dhewekan.',
        'Kebiasaanmu saben dina isa dienggo nggoleki utawa nemoni kowe.',
        'Aja dibagekake. Critakna marang wong sing kowe percaya.',
      ),
      t(
        'Dheweke njaluk dokumen pribadi utawa foto kertu identitasmu.',
        'Data identitas isa dienggo ngapusi utawa meksa kowe.',
        'Aja tau ngirim foto identitas marang wong ing internet. Takon wong tuwa yen ana aplikasi sing tenan njaluk.',
      ),
    ],
  },
  gifts: {
    '6-9': [
      t(
        'Ana sing nawani kowe diamond, Robux, utawa hadiah game liyane.',
        'Hadiah saka wong sing ora kowe kenal isa nggawe kowe rumangsa kudu mbales.',
        'Ngomonga “ora, matur nuwun” lan critakna marang wong diwasa.',
      ),
      t(
        'Ana sing pengin menehi kowe pulsa utawa dhuwit.',
        'Bocah ora butuh dhuwit saka wong sing dikenal ing internet.',
        'Aja ditampa. Tuduhna pesene marang wong diwasa.',
      ),
      t(
        'Ana sing ngomong kowe bakal oleh hadiah yen nglakoni sawijining bab.',
        'Hadiah sing tenanan ora tau butuh rahasia utawa foto.',
        'Takon wong diwasa dhisik sadurunge nglakoni apa wae.',
      ),
      t(
        'Ana sing pengin ngirim hadiah menyang omahmu.',
        'Kanggo ngirim hadiah, dheweke butuh alamatmu, lan alamat iku pribadi.',
        'Aja menehi alamatmu. Critakna marang wong diwasa.',
      ),
      t(
        'Ana sing terus-terusan loman banget marang kowe ing game.',
        'Loman banget isa dadi trik supaya dheweke dadi “kanca istimewamu”.',
        'Critakna hadiah-hadiah iku marang wong diwasa. Kowe ora bakal diseneni.',
      ),
    ],
    '10-12': [
      t(
        'Ana sing nawani kowe diamond, Robux, skin, utawa top-up gratis.',
        'Hadiah gratis asring dadi umpan: mengko dheweke isa njaluk foto, rahasia, utawa akunmu.',
        'Tolak wae. Kanca sing tenanan ora perlu tuku perhatianmu.',
      ),
      t(
        'Kowe ditawani pulsa, kuota, utawa saldo e-wallet.',
        'Dhuwit saka wong liya isa nggawe kowe rumangsa utang marang dheweke.',
        'Aja ditampa, lan critakna marang wong tuwa apa sing ditawakake.',
      ),
      t(
        'Ana sing ngomong hadiah iku “rahasiane awake dhewe”.',
        'Hadiah sing kudu didhelikake iku tandha bebaya ping pindho.',
        'Critakna marang wong diwasa bab hadiahe lan uga rahasiane.',
      ),
      t(
        'Dheweke njaluk data mlebu akunmu supaya isa “ngirim” hadiah.',
        'Hadiah ora tau butuh tembung sandhimu. Ngono kuwi carane akun dicolong.',
        'Aja tau menehi data mlebu akunmu. Critakna marang wong tuwa.',
      ),
      t(
        'Dheweke wis menehi kowe sawijining barang, lan saiki njaluk wales.',
        'Ngowahi hadiah dadi utang iku trik kanggo meksa kowe. Kowe ora utang apa-apa.',
        'Mandheg ngobrol lan critakna marang wong diwasa apa sing dijaluk.',
      ),
    ],
    '13-17': [
      t(
        'Wong sing kowe kenal ing internet nawani dhuwit, pulsa, utawa item game.',
        'Hadiah iku langkah grooming sing umum: dheweke mbangun rasa utang sing mengko isa dienggo meksa kowe.',
        'Tolak kanthi sopan, utawa ora usah digape. Kowe ora perlu nerangake apa-apa.',
      ),
      t(
        'Dheweke nawani dhuwit kanggo foto, video, utawa “dadi model”.',
        'Mbayar bocah enom kanggo gambar awake iku eksploitasi, apa wae jenenge.',
        'Aja diladeni. Blokiren, laporna, lan critakna marang wong diwasa sing kowe percaya.',
      ),
      t(
        'Dheweke nawani mbayari barang sing kowe pengini: HP, dolan, top-up.',
        'Hadiah gedhe saka wong ing internet biasane teka bareng pangarep-arep ing tembe mburi.',
        'Takona awakmu apa sing mbokmenawa dheweke pengini minangka walese, lan rembugen karo wong liya sadurunge nampa apa wae.',
      ),
      t(
        'Dheweke njaluk nomer e-wallet utawa rekening bank kanggo “ngirim” dhuwit.',
        'Data iku isa disalahgunakake kanggo ngapusi utawa kanggo muter dhuwit liwat rekeningmu.',
        'Aja tau menehi data rekening. Critakna marang wong tuwa.',
      ),
      t(
        'Kowe wis nampa hadiah lan saiki rumangsa utang.',
        'Rasa kuwi sing dadi tujuane hadiah. Kowe ora utang apa-apa marang dheweke: dudu foto, dudu ketemuan.',
        'Kowe isa mandheg kapan wae. Omong-omongan karo wong diwasa sing kowe percaya utawa SAPA 129.',
      ),
    ],
  },
  meet_offline: {
    '6-9': [
      t(
        'Ana sing pengin ketemu karo kowe.',
        'Wong saka internet tetep wong liya, senajan dheweke grapyak ing obrolan.',
        'Aja tau lunga. Critakna marang Bapak, Ibu, utawa gurumu.',
      ),
      t(
        'Ana sing njaluk kowe teka menyang sawijining panggonan.',
        'Bocah mung lunga bareng wong diwasa sing njaga dheweke.',
        'Ngomonga ora lan langsung critakna marang wong diwasa.',
      ),
      t(
        'Ana sing ngomong arep teka menyang sekolah utawa omahmu.',
        'Wong diwasa ing omah lan ing sekolah perlu ngerti bab iki.',
        'Critakna marang wong diwasa dina iki. Crita iku tumindak sing bener.',
      ),
      t(
        'Ana sing pengin dolanan karo kowe ing donya nyata.',
        'Kowe ora ngerti sapa dheweke sejatine.',
        'Dolanan mung karo kanca sing dikenal kulawargamu.',
      ),
      t(
        'Ana sing ngajak kowe ketemu tanpa ngandhani sapa wae.',
        'Ketemuan sing kudu dirahasiakne bocah iku ora tau oleh.',
        'Langsung critakna marang wong diwasa. Crita iku oleh.',
      ),
    ],
    '10-12': [
      t(
        'Wong sing kowe kenal ing internet ngajak ketemuan (“kopdar”).',
        'Wong ing internet isa goroh bab umur lan sapa dheweke.',
        'Aja lunga. Critakna marang wong tuwa: yen ana ketemuan sing oleh, wong diwasa sing mutusake lan melu teka.',
      ),
      t(
        'Dheweke pengin ketemu mung wong loro utawa ing panggonan sing sepi.',
        'Pengin mung wong loro karo kowe iku tandha bebaya.',
        'Aja tau lunga dhewekan. Critakna marang wong diwasa apa sing diusulake.',
      ),
      t(
        'Dheweke nawani methuk kowe utawa mbayari ojekmu.',
        'Numpak kendaraane wong ateges kowe ora isa lunga kapan kowe gelem.',
        'Tolak lan critakna marang wong tuwa.',
      ),
      t(
        'Dheweke ngomong yen ana ing cedhakmu, utawa ngerti kowe ana ing ngendi.',
        'Iki isa dimaksudake kanggo medeni kowe, utawa supaya kowe rumangsa cedhak karo dheweke.',
        'Mandheg ngobrol lan langsung critakna marang wong diwasa.',
      ),
      t(
        'Dheweke pengin ketemuan lan ngrahasiakne.',
        'Ketemuan rahasia karo wong saka internet iku ora tau aman.',
        'Critakna marang wong tuwa utawa guru dina iki, senajan kowe wis kadhung gelem.',
      ),
    ],
    '13-17': [
      t(
        'Wong sing mung kowe kenal ing internet pengin ketemu langsung.',
        'Profil lan foto isa palsu; ngobrol pirang-pirang sasi ora mbuktekake sapa dheweke.',
        'Yen kowe mutusake ketemu, kandhanana wong diwasa, ajaken kanca, ketemu ing panggonan umum sing rame, lan duwe cara mulih dhewe.',
      ),
      t(
        'Dheweke pengin kowe teka dhewekan, utawa ngrahasiakne.',
        'Pengin kowe dhewekan iku tandha bebaya, apa wae alesane.',
        'Aja lunga. Wong sing aman ora keberatan kowe ngajak kanca utawa ngandhani wong tuwa.',
      ),
      t(
        'Dheweke nawani mbayari lelungan utawa hotel.',
        'Lelungan sing dibayari isa nggawe kowe adoh saka omah lan gumantung marang dheweke.',
        'Tolak, lan omong-omongan karo wong diwasa sing kowe percaya.',
      ),
      t(
        'Dheweke meksa kowe cepet-cepet ketemu, utawa nesu nalika kowe mangu-mangu.',
        'Meksa lan nesu iku tandha pengin nguwasani, dudu tandha peduli.',
        'Mandhegna obrolane lan critakna marang sawijining wong.',
      ),
      t(
        'Kowe wis gelem ketemu lan saiki rumangsa mangu-mangu.',
        'Kowe oleh ganti pikiran kapan wae. Slametmu luwih penting tinimbang janji.',
        'Batalna, banjur critakna marang wong tuwa, utawa hubungi SAPA 129 yen kowe rumangsa dipeksa.',
      ),
    ],
  },
  sextortion: {
    '6-9': [
      t(
        'Ana sing ngomong arep nuduhake fotomu marang wong liya yen kowe ora manut.',
        'Iku ora oleh, lan iku dudu salahmu.',
        'Aja ngirim apa-apa. Critakna marang wong diwasa saiki uga.',
      ),
      t(
        'Ana sing ngomong kasar supaya kowe gelem nglakoni sawijining bab.',
        'Kowe ora kudu manut omongane.',
        'Mandheg ngobrol lan marani Bapak, Ibu, utawa gurumu.',
      ),
      t(
        'Ana sing ngomong arep wadul marang wong tuwamu yen kowe ora manut.',
        'Wong tuwamu pengin nulungi kowe. Dheweke ora bakal nesu marang kowe.',
        'Critakna marang wong tuwamu luwih dhisik. Kowe ora bakal diseneni.',
      ),
      t(
        'Ana sing njaluk dhuwit utawa pulsa saka kowe, “yen ora…”.',
        'Aja tau mbayar. Wong diwasa isa ngrampungake iki.',
        'Tuduhna obrolane marang wong diwasa. Aja dibusak.',
      ),
      t(
        'Kowe rumangsa kuwatir utawa wetengmu ora kepenak merga sawijining obrolan.',
        'Rasa kuwi tandha yen kowe perlu njaluk tulung. Crita iku wani.',
        'Maranana wong diwasa sing kowe percaya lan tuduhna obrolane.',
      ),
    ],
    '10-12': [
      t(
        'Ana sing ngancam arep nyebar foto utawa pesenmu.',
        'Sing ditindakake iku kejahatan. Iku dudu kaluputanmu.',
        'Aja ngirim maneh lan aja mbayar. Critakna marang wong tuwa utawa guru saiki: wong diwasa isa mbantu ngendhegake.',
      ),
      t(
        'Dheweke njaluk dhuwit, pulsa, utawa foto maneh supaya “meneng”.',
        'Mbayar utawa ngirim maneh meh ora tau nggawe dheweke mandheg; biasane malah njaluk luwih akeh.',
        'Mandheg mbales, simpen obrolane, lan enggal njaluk tulung wong diwasa.',
      ),
      t(
        'Dheweke ngomong kowe bakal kena masalah yen crita marang sapa wae.',
        'Iku goroh, supaya kowe dhewekan. Crita malah dadi cara kanggo mungkasi.',
        'Critakna marang wong diwasa sing kowe percaya, utawa hubungi SAPA 129.',
      ),
      t(
        'Dheweke meksa kowe nganggo itungan mundur utawa wates wektu.',
        'Nggawe kowe kesusu iku trik supaya kowe ora sempat mikir utawa njaluk tulung.',
        'Ambegan dhisik. Kowe ora kudu njawab. Maranana wong diwasa saiki.',
      ),
      t(
        'Kowe isin banget arep crita marang sapa wae.',
        'Akeh bocah enom sing ngalami iki. Wong diwasa sing nulungi wis kerep weruh lan ora bakal nyalahke kowe.',
        'Wiwiten wae: “Ana wong ing internet sing ngancam aku, aku butuh pitulung.”',
      ),
    ],
    '13-17': [
      t(
        'Ana sing ngancam nyebar foto utawa obrolan pribadimu yen kowe ora mbayar utawa ngirim maneh.',
        'Iki pemerasan seksual (sextortion), lan iku kejahatan. Iki dudu salahmu, senajan kowe tau ngirim sawijining bab.',
        'Aja mbayar, aja ngirim maneh, aja mbusak obrolan. Critakna marang wong diwasa sing kowe percaya utawa hubungi SAPA 129 (WhatsApp 08111-129-129).',
      ),
      t(
        'Dheweke nuntut dhuwit, voucher, utawa kertu hadiah.',
        'Mbayar arang mungkasi; iku malah nuduhake yen kowe gelem mbayar maneh.',
        'Mandheg nanggepi. Simpen username lan pesene, banjur blokiren lan laporna akune.',
      ),
      t(
        'Dheweke ngomong wis ngirim menyang kanca-kancamu.',
        'Ancaman kaya ngono asring mung gertakan supaya kowe gugup lan mbayar.',
        'Aja nawar. Njaluka tulung saiki: wong diwasa isa mbantu mutusake langkahe.',
      ),
      t(
        'Gambarmu bisa wae disebar.',
        'Take It Down (takeitdown.ncmec.org) mbantu bocah sing durung 18 taun ngendhegake sumebare gambar ing akeh platform; gambare ora tau metu saka pirantimu.',
        'Gunakna bareng wong diwasa sing kowe percaya, lan laporna akune ing aplikasi.',
      ),
      t(
        'Kowe rumangsa kejebak, isin, utawa putus asa.',
        'Rasa kuwi sing dikarepake dheweke. Kowe ora dhewekan, lan iki isa dirampungake.',
        'Omong-omongan karo sawijining wong dina iki: wong tuwa, guru, guru BK, utawa SAPA 129 (telpon 129).',
      ),
    ],
  },
  flattery_trust: {
    '6-9': [
      t(
        'Ana sing terus ngomong kowe istimewa lan luwih hebat tinimbang kabeh wong.',
        'Tembung sing apik iku nyenengke, nanging kakehan saka wong sing ora kowe kenal isa dadi trik.',
        'Critakna marang wong diwasa apa sing diomongke.',
      ),
      t(
        'Ana sing ngaku kanca raketmu, padahal kowe durung tau ketemu.',
        'Kanca raket iku wong sing kowe kenal ing donya nyata.',
        'Critakna kanca anyarmu ing internet iki marang Bapak utawa Ibu.',
      ),
      t(
        'Ana sing ngomong mung dheweke sing ngerti kowe.',
        'Kulawarga lan kanca-kancamu uga ngerti kowe.',
        'Critakna rasamu marang wong diwasa sing kowe percaya.',
      ),
      t(
        'Ana sing ngomong kowe ketok luwih tuwa tinimbang umurmu.',
        'Bocah ya bocah. Omongan kaya ngono dudu kanggo bocah.',
        'Mandheg ngobrol lan tuduhna marang wong diwasa.',
      ),
      t(
        'Ana sing apik banget marang kowe lan pengin kowe nglakoni sawijining bab kanggo dheweke.',
        'Tumindak apik mesthine ora nggawa tugas utawa rahasia.',
        'Takon wong diwasa apa iki oleh.',
      ),
    ],
    '10-12': [
      t(
        'Ana sing terus ngalem kowe: “kowe dewasa banget”.',
        'Pangalem sing akeh banget saka wong liya iku cara cepet supaya kowe percaya.',
        'Seneng-senenga dialem wong sing kowe kenal. Sing iki critakna marang wong diwasa.',
      ),
      t(
        'Dheweke ngaku sakumuran karo kowe, nanging omongane kaya wong diwasa.',
        'Ethok-ethok dadi bocah iku trik sing umum.',
        'Sing ati-ati, lan critakna bab dheweke marang wong tuwa.',
      ),
      t(
        'Dheweke ngomong wong tuwamu ora ngerti kowe, nanging dheweke ngerti.',
        'Ngelek-elek kulawargamu iku cara kanggo narik kowe luwih cedhak marang dheweke.',
        'Tetep ngobrol karo kulawargamu, lan critakna apa sing diomongke.',
      ),
      t(
        'Dheweke ngomong sayang marang kowe, utawa nyebut kowe pacare.',
        '“Sayang” saka wong sing durung tau kowe temoni isa dienggo nguwasani kowe.',
        'Alon-alon wae, lan rembugen karo wong sing kowe percaya.',
      ),
      t(
        'Dheweke ethok-ethok lara ati yen kowe ora cepet mbales.',
        'Nggawe kowe rumangsa salah iku cara kanggo meksa kowe.',
        'Kowe oleh mbales kapan kowe gelem, utawa ora mbales babar pisan.',
      ),
    ],
    '13-17': [
      t(
        'Ana sing ngudani kowe perhatian lan pangalem.',
        'Love bombing mbangun kapercayan kanthi cepet, supaya panjaluk sabanjure krasa angel ditolak.',
        'Gatekna cepete. Hubungan sing tulus ora perlu kesusu.',
      ),
      t(
        'Dheweke ngomong mung dheweke sing tenan ngerti kowe.',
        'Ngadohake kowe saka wong liya nggawe kowe luwih gampang dipeksa.',
        'Tetep cedhak karo kanca lan kulawargamu, lan takona panemune bab wong iki.',
      ),
      t(
        'Dheweke luwih tuwa adoh tinimbang kowe, utawa ngindhari yen ditakoni umure.',
        'Wong diwasa sing nggoleki hubungan romantis karo bocah sing durung 18 taun iku nyalahgunakake kuwasane, sepira wae pedulie ketoke.',
        'Rembugen karo wong sing kowe percaya.',
      ),
      t(
        'Dheweke cemburu utawa nesu yen kowe ngobrol karo wong liya.',
        'Tumindak ngekang asring diwiwiti saka ketok “peduli banget”.',
        'Kowe duwe hak duwe wong liya ing uripmu. Omong-omongan karo sawijining wong yen iki terus kedadeyan.',
      ),
      t(
        'Dheweke ngomong arep nglarani awake dhewe yen kowe lunga.',
        'Iku tekanan perasaan. Kowe ora tanggung jawab marang pilihane.',
        'Critakna marang wong diwasa sing kowe percaya. Yen dheweke pancen ketok ana ing bebaya, wong diwasa isa mbantu tanpa kowe kudu tetep ana.',
      ),
    ],
  },
  unknown_contact: {
    '6-9': [
      t(
        'Kowe ngobrol karo wong sing ora ana ing kontakmu.',
        'Kowe ora ngerti sapa dheweke, senajan ketok grapyak.',
        'Takon wong diwasa sadurunge mbales.',
      ),
      t(
        'Ana wong anyar sing ngirimi kowe pesen.',
        'Ngobrola mung karo wong sing dikenal kulawargamu.',
        'Tuduhna pesene marang wong diwasa.',
      ),
      t(
        'Ana sing ngaku kenal kulawargamu.',
        'Sapa wae isa ngomong ngono ing internet.',
        'Takona wong tuwamu apa iku bener.',
      ),
      t(
        'Ana wong sing ora kowe kenal nambahake kowe.',
        'Kowe ora kudu nampa wong sing ora kowe kenal.',
        'Tolak, banjur critakna marang wong diwasa.',
      ),
      t(
        'Ana sing ngirim pesen tanpa foto lan tanpa jeneng.',
        'Kowe ora isa ngerti sapa dheweke.',
        'Aja dibales. Tuduhna marang wong diwasa.',
      ),
    ],
    '10-12': [
      t(
        'Obrolan iki karo wong sing ora ana ing kontakmu.',
        'Sapa wae isa ethok-ethok dadi bocah, kancane kancamu, utawa moderator game.',
        'Aja mbagekake bab pribadi. Takon wong diwasa yen kowe ragu.',
      ),
      t(
        'Ana panjaluk pesen saka wong sing ora kowe kenal.',
        'Panjaluk pesen iku carane wong liya kawitan ngubungi kowe.',
        'Kowe oleh ora nggape utawa mbusak. Kowe ora kudu mbales.',
      ),
      t(
        'Dheweke ngaku kancane kancamu.',
        'Iku gampang diakoni. Takon langsung marang kancamu ing donya nyata.',
        'Takona kancamu langsung sadurunge ngobrol.',
      ),
      t(
        'Dheweke ngaku saka tim bantuan game utawa aplikasi.',
        'Petugas bantuan sing tenanan ora tau njaluk tembung sandhi utawa foto.',
        'Aja dibales. Laporna akune.',
      ),
      t(
        'Nomer sing ora kowe kenal ngirimi kowe pesen.',
        'Nomer sing ora dikenal isa wae penipuan, utawa wong liya.',
        'Aja dibales, lan critakna marang wong tuwa.',
      ),
    ],
    '13-17': [
      t(
        'Wong sing ora ana ing kontakmu lagi ngobrol karo kowe.',
        'Wong liya asring nyamar dadi sakumuranmu; foto lan umur gampang dipalsu.',
        'Alon-alon wae, aja mbagekake bab pribadi, lan percayaa rasamu.',
      ),
      t(
        'Akun anyar sing unggahane utawa pengikute sithik ngirimi kowe pesen.',
        'Akun anyar sing kosong asring palsu, utawa digawe kanggo ngincer bocah enom.',
        'Priksa profil lan kanca barenge. Yen ragu, aja dibales.',
      ),
      t(
        'Dheweke ngaku golek bakat model, perekrut, utawa influencer.',
        '“Kesempatan” palsu iku cara sing umum kanggo njaluk foto.',
        'Agensi sing tenanan ngubungi liwat wong tuwa. Aja ngirim apa-apa.',
      ),
      t(
        'Nomer sing ora dikenal nglebokake kowe menyang grup.',
        'Grup saka nomer sing ora dikenal isa isi penipuan utawa konten saru.',
        'Metua saka grup lan laporna.',
      ),
      t(
        'Dheweke ketoke ngerti akeh bab kowe.',
        'Kabar iku isa teka saka unggahan umummu. Iku ora nggawe dheweke isa dipercaya.',
        'Priksa setelan privasimu, lan critakna marang sawijining wong yen krasa aneh.',
      ),
    ],
  },
};
