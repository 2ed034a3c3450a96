import type { Tip, TipLibrary } from './types';

const t = (what: string, why: string, todo: string): Tip => ({ what, why, todo });

/**
 * Tips nganggo boso Jowo Timuran ngoko, koyok arek Jember nulis ambek moco (koen, nang, gak, ojok, de’e, wong
 * gedhe; -no/-en gawe perintah): onok opo, lapo iku penting, opo sing isok dilakoni saiki. Ditulis anyar, dudu
 * terjemahan teko boso Indonesia. Gawe 6–9 taun: kalimat cendhek, tanpa tembung sing medeni. Tembung sing dipilih:
 * locales/jv-glossary.md.
 */
export const jv: TipLibrary = {
  secrecy: {
    '6-9': [
      t(
        'Onok sing njaluk chat iki dirahasiakno teko keluargamu.',
        'Rahasia sing apik iku kejutan sing nyenengno, koyok kado ulang taun. Rahasia sing didhelikno teko keluarga iku dudu rahasia sing apik.',
        'Critakno chat iki nang Ayah, Ibu, Mbah, utowo gurumu. Crito iku oleh.',
      ),
      t(
        'Onok sing ngomong “ojok ngomong nang ortu, yo”.',
        'Konco temenan seneng lek keluargamu kenal ambek de’e.',
        'Tuduhno chat iki nang wong gedhe sing mbok percoyo, dino iki.',
      ),
      t(
        'Koen dijaluk ndhelikno chat iki.',
        'Lek chat-e didhelikno, wong gedhe angel nulungi koen.',
        'Koen gak perlu mbales. Tuduhno chat-e nang Ayah, Ibu, Mbah, utowo gurumu.',
      ),
      t(
        'Onok sing pengen chat iki dadi “rahasia awak dhewe”.',
        'Wong apik gak njaluk arek cilik ndhelikno opo-opo teko keluargane.',
        'Mandek chat-an, terus parani wong gedhe. Crito iku oleh kapan ae.',
      ),
      t(
        'Nang chat iki koen dikongkon nyimpen rahasia.',
        'Kejutan iku gak suwe terus nggawe seneng. Rahasia koyok ngene iki bedo.',
        'Tuduhno chat iki nang Ayah, Ibu, Mbah, utowo gurumu saiki.',
      ),
    ],
    '10-12': [
      t(
        'Onok sing njaluk chat-mu dirahasiakno teko wong tuwomu.',
        'Wong sing niate apik gak perlu ndhelik teko keluargamu. Njaluk rahasia sering dadi langkah pertama wong sing arep ngapusi arek.',
        'Ojok gelem ngrahasiakno. Critakno nang wong tuwomu utowo gurumu opo sing diomongno de’e.',
      ),
      t(
        'Koen dikandhani “iki cukup awak dhewe sing ngerti”.',
        'Rahasia misahno koen teko wong-wong sing isok nulungi lek onok masalah.',
        'Simpen chat-e, terus tuduhno nang wong gedhe sing mbok percoyo.',
      ),
      t(
        'Onok sing ngomong wong tuwomu “gak bakal ngerti”.',
        'Iku carane cek koen rumongso mek de’e sing mbelani koen. Keluargamu nang pihakmu.',
        'Omongno ambek wong tuwomu, mas utowo mbak sepupumu, utowo guru. Mulai ae: “Onok wong nang internet sing njaluk aku nyimpen rahasia.”',
      ),
      t(
        'Onok sing njaluk pesen dihapus utowo chat didhelikno.',
        'Lek chat-e dihapus, bukti sing dibutuhno wong gedhe gawe nulungi koen melok ilang.',
        'Ojok dihapus blas. Metuo teko aplikasine, terus critakno nang wong gedhe.',
      ),
      t(
        'Koen dijaluk ndhelikno koncoanmu ambek wong iku.',
        'Koncoan sing kudu didhelikno iku dudu koncoan sing aman, masio wonge ketok apik.',
        'Koen oleh nolak terus mandek mbales. Critakno nang wong sing mbok percoyo.',
      ),
    ],
    '13-17': [
      t(
        'Onok sing njaluk obrolan iki dirahasiakno teko wong tuwo utowo koncomu.',
        'Rahasia iku salah siji tandha grooming sing paling jelas: koen dijauhno teko wong-wong liyane, dadi gak onok sing sadar lek kahanane tambah elek.',
        'Koen gak utang rahasia nang de’e. Simpen chat-e, terus critakno nang wong gedhe sing mbok percoyo.',
      ),
      t(
        'De’e ngomong “gak onok sing bakal ngerti awak dhewe”.',
        'Nggawe koen rumongso hubungan iki kudu didhelikno iku nggawe de’e isok ngatur koen.',
        'Rasakno, penak tah dijaluk ndhelik ngono? Omongno ambek wong gedhe sing mbok percoyo.',
      ),
      t(
        'Pesenmu dijaluk dihapus utowo didhelikno.',
        'Chat sing dihapus iku nglindungi de’e, dudu koen. Lek sewayah-wayah koen butuh bantuan, pesen iku penting.',
        'Simpen pesene. Chat-e ojok dihapus, masio de’e meksa.',
      ),
      t(
        'Onok sing ngomong koen bakal kenek masalah lek onok sing ngerti.',
        'Iku tekanan, ngono iku carane wong nggawe arek enom meneng. Dudu koen sing salah.',
        'Critakno nang wong gedhe sing mbok percoyo utowo hubungono SAPA 129. Njaluk tulung iku dudu ingkar janji.',
      ),
      t(
        'Koen dijak nglakoni “hubungan rahasia”.',
        'Wong gedhe sing pengen hubungan rahasia ambek arek enom iku sing nglanggar aturan, dudu koen.',
        'Mandek mbales terus omongno ambek wong sing mbok percoyo. Koen tetep isok oleh bantuan masio wes kebacut crito akeh.',
      ),
    ],
  },
  move_private: {
    '6-9': [
      t(
        'Onok sing pengen chat-an ambek koen nang aplikasi liyo.',
        'Nang aplikasi liyo, wong gedhe gak isok ndelok onok opo.',
        'Tetep nang kene, terus critakno nang Ayah, Ibu, Mbah, utowo gurumu.',
      ),
      t(
        'Onok sing njaluk nomer WhatsApp-mu.',
        'Nomermu mek gawe keluarga ambek konco sing mbok kenal temenan.',
        'Ojok dikeki. Tuduhno chat iki nang wong gedhe.',
      ),
      t(
        'Onok sing ngomong “chat-an nang nggon liyo yuk”.',
        'Wong apik gak kabotan chat-an nang panggonan sing isok dideloki keluargamu.',
        'Ngomongo “gak, suwun”, terus parani wong gedhe.',
      ),
      t(
        'Koen dikongkon nambah wong nang aplikasi liyo.',
        'Koen mek nambah wong sing mbok kenal teko omah utowo sekolah.',
        'Takono wong gedhe sik sakdurunge nambah sopo ae.',
      ),
      t(
        'Onok sing pengen video call ambek koen nang aplikasi liyo.',
        'Video call ambek wong liyo iku dudu gawe arek cilik.',
        'Ojok diangkat. Langsung critakno nang wong gedhe.',
      ),
    ],
    '10-12': [
      t(
        'Onok sing pengen mindah chat nang WhatsApp, Telegram, utowo aplikasi liyo.',
        'Nang aplikasi pribadi gak onok sing ngawasi. Mulakno wong sing arep ngapusi arek ngajak pindah.',
        'Chat-an nang kene ae, utowo mandek. Critakno nang wong tuwomu lek de’e ngajak terus.',
      ),
      t(
        'Koen dijaluk nomer HP utowo username nang aplikasi liyo.',
        'Lek de’e wes nduwe nomermu, de’e isok ngirim pesen nang endi ae, kapan ae.',
        'Ojok dikeki. Koen isok ngomong: “Wong tuwoku gak ngolehi.”',
      ),
      t(
        'Onok sing ngomong aplikasi iki “mboseni” utowo “gak aman” terus ngajak pindah.',
        'Nyurung koen nang panggonan sing luwih ndhelik iku tandha bahaya, masio alesane ketok apik.',
        'Tolaken ae. Lek de’e nesu mergo iku, koen dadi ngerti de’e wong sing koyok opo.',
      ),
      t(
        'Koen dikongkon nganggo aplikasi sing pesene isok ilang dhewe.',
        'Pesen sing ilang gak isok dituduhno nang wong sing isok nulungi koen.',
        'Ojok pindah aplikasi. Tuduhno chat sing onok saiki nang wong gedhe.',
      ),
      t(
        'Koen diundang nang grup utowo server pribadi.',
        'Nang grup pribadi isok onok wong sing umure luwih tuwo teko sing diakoni.',
        'Takono wong tuwomu sik sakdurunge mlebu grup teko wong sing mbok kenal nang internet.',
      ),
    ],
    '13-17': [
      t(
        'De’e pengen pindah nang WhatsApp, Telegram, Snapchat, utowo DM pribadi.',
        'Pindah nang aplikasi pribadi utowo sing pesene isok ilang iku langkah grooming sing umum: moderatore sithik, buktine yo sithik.',
        'Tetep chat-an nang kene, utowo mandekno. Koen gak perlu alesan.',
      ),
      t(
        'Onok sing terus njaluk nomermu masio koen wes nolak.',
        'Gak nggagas penolakanmu iku tandha carane de’e nganggep batesanmu liyane.',
        'Blokiren. Lek de’e muncul nang panggonan liyo, critakno nang wong gedhe sing mbok percoyo.',
      ),
      t(
        'De’e njaluk koen nggawe akun kedua sing rahasia gawe chat-an.',
        'Akun sing didhelikno tegese gak onok sing isok nulungi lek onok opo-opo nang kono.',
        'Tetep nganggo akun sing dingerteni wong-wong cedhakmu.',
      ),
      t(
        'De’e ngusulno aplikasi sing pesene ilang dhewe utowo “mode rahasia”.',
        'Pesen sing ilang mbantu de’e lolos teko laporan. Iku gak nglindungi koen.',
        'Tolaken. Simpen chat sing saiki cek onok lek koen butuh bantuan.',
      ),
      t(
        'Wong sing mek mbok kenal nang internet ngundang koen nang grup utowo server tertutup.',
        'Grup tertutup sering dadi panggonan konten seksual ambek tekanan dimulai.',
        'Cek sopo sing ngurus, terus omongno ambek wong sing mbok percoyo sakdurunge melok.',
      ),
    ],
  },
  sexual_request: {
    '6-9': [
      t(
        'Onok sing njaluk fotomu.',
        'Fotomu mek gawe keluargamu ambek wong sing mbok kenal.',
        'Ojok ngirim foto opo ae. Critakno nang wong gedhe saiki.',
      ),
      t(
        'Onok sing njaluk koen nuduhno badanmu nang kamera.',
        'Badanmu iku duwekmu. Gak onok sing oleh njaluk ngono nang internet.',
        'Pateni kamerane, terus parani Ayah, Ibu, Mbah, utowo gurumu.',
      ),
      t(
        'Onok sing njaluk fotomu nganggo piyama utowo pas adus.',
        'Gak onok sing oleh njaluk foto ngono teko arek cilik.',
        'Ngomongo gak, tutup chat-e, terus critakno nang wong gedhe. Koen gak salah opo-opo.',
      ),
      t(
        'Onok sing pengen video call ambek koen, mek wong loro.',
        'Video call ambek wong sing durung mbok kenal iku dudu gawe arek.',
        'Ojok diangkat. Tuduhno pesene nang wong gedhe.',
      ),
      t(
        'Onok sing takon soal bagian pribadi badanmu.',
        'Bagian badan sing ketutup klambi renang iku pribadi. Gak onok sing oleh ngomongno nang internet.',
        'Mandek chat-an, terus critakno nang wong gedhe sing mbok percoyo. Koen gak salah.',
      ),
    ],
    '10-12': [
      t(
        'Onok sing njaluk koen ngirim fotomu dhewe (“pap”).',
        'Foto isok disimpen terus disebar saklawase. Onok wong sing nganggo foto gawe neken arek.',
        'Ojok dikirim. Cukup ngomong gak terus lungo. Critakno nang wong tuwo utowo guru.',
      ),
      t(
        'Koen dijak video call (“vcs”) utowo dijaluk nguripno kamera.',
        'Wong sing njaluk arek tampil nang kamera isok ae ngrekam.',
        'Tolaken terus mandekno chat-e. Tuduhno opo sing diomongno de’e nang wong gedhe.',
      ),
      t(
        'Onok sing njaluk fotomu nganggo klambi sing luwih sithik.',
        'Njaluk ngono teko arek iku gak tau oleh. Dudu salahmu lek de’e njaluk.',
        'Ojok dibales. Langsung critakno nang wong gedhe sing mbok percoyo.',
      ),
      t(
        'Onok sing ngirimi koen gambar sing gak pengen mbok delok.',
        'Ngirim gambar seksual nang arek iku salah. Iku dudu salahmu.',
        'Ojok mbukak liyane, ojok diterusno. Critakno nang wong gedhe terus blokiren sing ngirim.',
      ),
      t(
        'Koen ditakoni terus soal badanmu.',
        'Pitakon ngene iku dienggo cek perkoro pribadi rasane biasa. Teko wong liyo, iku gak biasa.',
        'Mandek njawab. Omongno ambek wong tuwomu, guru BK, utowo wali kelasmu.',
      ),
    ],
    '13-17': [
      t(
        'Onok sing njaluk foto wudo utowo foto seksual teko koen.',
        'Njaluk, nyimpen, utowo nyebar gambar seksual arek sing umure durung 18 iku nglanggar hukum. Sing salah iku wong sing nglakoni, dudu koen. Lek wes kekirim, koen gak isok ngatur maneh.',
        'Ojok dikirim. Koen oleh lungo tanpa njelasno. Lek rumongso ditekan, critakno nang wong sing mbok percoyo.',
      ),
      t(
        'De’e pengen video call utowo ndelok koen nang kamera.',
        'Video call isok direkam tanpa koen ngerti, terus rekamane sering dienggo meres.',
        'Tolaken. Lek koen wes kebacut tampil nang kamera, iku dudu salahmu: ndang njaluk tulung.',
      ),
      t(
        'De’e ngomong “kabeh wong yo ngono” utowo “siji foto ae”.',
        'Omongan ngono iku digawe cek nolak rasane sungkan. “Gak” wes cukup dadi jawaban.',
        'Ngomongo gak sepisan, terus blokiren lek de’e meksa. Omongno ambek wong sing mbok percoyo.',
      ),
      t(
        'De’e ndisiki ngirim konten seksual nang koen.',
        'Ngirim konten seksual ndisik iku taktik cek ngono iku rasane biasa terus koen rumongso kudu mbales.',
        'Ojok ditanggepi, ojok diterusno. Blokir terus laporno nang aplikasine, terus critakno nang wong gedhe.',
      ),
      t(
        'Koen wes kebacut ngirim opo-opo terus saiki kuwatir.',
        'Koen gak kenek masalah. Koen gak kudu ngadepi iki dewean. Take It Down (takeitdown.ncmec.org) mbantu mandekno sebaran gambar arek sing umure durung 18 nang aplikasi ambek situs sing melok; gambare tetep nang HP utowo komputermu.',
        'Ojok ngirim maneh. Omongno ambek wong gedhe sing mbok percoyo utowo hubungono SAPA 129.',
      ),
    ],
  },
  personal_info: {
    '6-9': [
      t(
        'Onok sing takon omahmu nang endi.',
        'Alamat omahmu mek gawe wong sing mbok kenal nang dunia nyata.',
        'Ojok dijawab. Tuduhno chat iki nang wong gedhe.',
      ),
      t(
        'Onok sing takon koen sekolah nang endi.',
        'Jeneng sekolahmu isok nggawe wong nemokno koen. Iku pribadi.',
        'Ojok dijawab. Critakno pitakon iku nang wong gedhe.',
      ),
      t(
        'Onok sing njaluk nomer HP-mu.',
        'Mek keluarga ambek konco teko dunia nyata sing oleh ngerti.',
        'Ngomongo gak, terus takono wong gedhe.',
      ),
      t(
        'Onok sing takon opo koen dewean nang omah.',
        'Dewean opo gak, iku perkoro pribadi. Koen oleh gak njawab.',
        'Ojok dijawab. Langsung critakno nang wong gedhe.',
      ),
      t(
        'Onok sing takon jeneng lengkap ambek umurmu.',
        'Nang internet, jeneng celukan luwih apik. Jeneng asli gawe wong sing mbok kenal.',
        'Nganggoo jeneng celukanmu, terus critakno pitakon iku nang wong gedhe.',
      ),
    ],
    '10-12': [
      t(
        'Koen ditakoni alamat, sekolah, utowo nomer HP.',
        'Data iku isok dienggo nemokno koen nang dunia nyata utowo ngubungi koen nang endi ae.',
        'Ojok dibagi. Ngomongo “aku gak ngekei iku” terus critakno nang wong tuwomu.',
      ),
      t(
        'Onok sing njaluk password utowo kode login-mu.',
        'Gak onok sing perlu ngerti password-mu, masio koncomu. Nganggo iku, akunmu isok dijupuk.',
        'Ojok tau mbagi kode. Critakno nang wong tuwomu, terus ganti password lek wes kebacut.',
      ),
      t(
        'Onok sing takon kapan wong tuwomu lungo.',
        'Pitakon kapan koen dewean isok dienggo ngrencanakno perkoro sing gak apik.',
        'Ojok dijawab, terus critakno pitakon iku nang wong gedhe.',
      ),
      t(
        'Onok sing njaluk foto seragam sekolah utowo dalan omahmu.',
        'Perkoro cilik nang foto, koyok logo utowo papan jeneng dalan, nuduhno koen nang endi.',
        'Ojok dikirim. Cek perkoro ngono nang fotomu sakdurunge ngunggah nang endi ae.',
      ),
      t(
        'Onok sing takon akeh soal keluargamu.',
        'Ngumpulno informasi soal koen ambek keluargamu isok dadi cara oleh percoyo utowo neken koen engko.',
        'Jawab sak perlune ae, terus omongno ambek wong gedhe lek rasane aneh.',
      ),
    ],
    '13-17': [
      t(
        'Onok sing takon koen manggon, sekolah, utowo nongkrong nang endi.',
        'Perkoro cilik gampang disusun dadi lokasimu; ngono iku carane kenalan nang internet dadi ketemuan temenan.',
        'Sebut panggonan sing umum ae, pateni bagi lokasi, ojok mbenerno tebakane.',
      ),
      t(
        'De’e njaluk nomer, email, utowo akun-akunmu liyane.',
        'Saben cara anyar gawe ngubungi koen iku cara anyar gawe neken koen.',
        'Ojok mbagi opo ae sing gak bakal mbok keki nang wong liyo nang dalan. Blokiren lek de’e meksa.',
      ),
      t(
        'De’e njaluk kode SMS (OTP) utowo password-mu.',
        'Iku trik njupuk akun: nganggo kode iku de’e nguwasani akunmu ambek kontakmu.',
        'Ojok tau mbagi OTP utowo password. Lek wes kebacut, ganti password terus critakno nang wong gedhe.',
      ),
      t(
        'De’e takon kegiatanmu saben dino utowo kapan koen dewean.',
        'Kebiasaanmu saben dino isok dienggo nggoleki utowo nemoni koen.',
        'Ojok dibagi. Critakno nang wong sing mbok percoyo.',
      ),
      t(
        'De’e njaluk dokumen pribadi utowo foto kartu identitasmu.',
        'Data identitas isok dienggo ngapusi utowo neken koen.',
        'Ojok tau ngirim foto identitas nang wong nang internet. Takono wong tuwomu lek onok aplikasi sing temenan njaluk.',
      ),
    ],
  },
  gifts: {
    '6-9': [
      t(
        'Onok sing nawani koen diamond, Robux, utowo hadiah game liyane.',
        'Hadiah teko wong liyo isok nggawe koen rumongso kudu mbales.',
        'Ngomongo “gak, suwun” terus critakno nang wong gedhe.',
      ),
      t(
        'Onok sing pengen ngekei koen pulsa utowo duit.',
        'Arek cilik gak butuh duit teko wong sing dikenal nang internet.',
        'Ojok ditompo. Tuduhno pesene nang wong gedhe.',
      ),
      t(
        'Onok sing ngomong koen oleh hadiah lek nglakoni opo-opo.',
        'Hadiah temenan gak tau butuh rahasia utowo foto.',
        'Takono wong gedhe sik sakdurunge nglakoni opo ae.',
      ),
      t(
        'Onok sing pengen ngirim hadiah nang omahmu.',
        'Gawe ngirim hadiah, de’e butuh alamatmu. Alamat iku pribadi.',
        'Ojok mbagi alamatmu. Critakno nang wong gedhe.',
      ),
      t(
        'Onok sing ngekei koen hadiah terus nang njero game.',
        'Hadiah terus-terusan isok dadi trik cek de’e dadi “konco spesialmu”.',
        'Critakno hadiah-hadiah iku nang Ayah, Ibu, Mbah, utowo gurumu.',
      ),
    ],
    '10-12': [
      t(
        'Onok sing nawani diamond, Robux, skin, utowo top-up gratis.',
        'Hadiah gratis sering dadi umpan: engko de’e isok njaluk foto, rahasia, utowo akunmu.',
        'Tolaken ae. Konco temenan gak perlu tuku perhatianmu.',
      ),
      t(
        'Koen ditawani pulsa, kuota, utowo saldo e-wallet.',
        'Duit teko wong liyo isok nggawe koen rumongso utang nang de’e.',
        'Ojok ditompo, terus critakno nang wong tuwomu opo sing ditawakno.',
      ),
      t(
        'Onok sing ngomong hadiah iku “rahasia awak dhewe”.',
        'Hadiah sing kudu didhelikno iku tandha bahaya kaping pindho.',
        'Critakno nang wong gedhe soal hadiahe ambek rahasiane.',
      ),
      t(
        'De’e njaluk data login akunmu cek isok “ngirim” hadiah.',
        'Hadiah gak tau butuh password-mu. Ngono iku carane akun dicolong.',
        'Ojok tau mbagi data login akunmu. Critakno nang wong tuwomu.',
      ),
      t(
        'De’e wes ngekei koen opo-opo, saiki njaluk bales.',
        'Ngowahi hadiah dadi utang iku trik gawe neken koen. Koen gak utang opo-opo.',
        'Mandek chat-an terus critakno nang wong gedhe opo sing dijaluk de’e.',
      ),
    ],
    '13-17': [
      t(
        'Wong sing mbok kenal nang internet nawakno duit, pulsa, utowo item game.',
        'Hadiah iku langkah grooming sing umum: de’e mbangun rasa utang sing engko isok dienggo neken koen.',
        'Tolaken sing apik, utowo ojok digagas. Koen gak perlu njelasno opo-opo.',
      ),
      t(
        'De’e nawakno duit gawe foto, video, utowo “dadi model”.',
        'Mbayar arek enom gawe gambar awake iku eksploitasi, opo ae jenenge.',
        'Ojok diladeni. Blokir, laporno, terus critakno nang wong gedhe sing mbok percoyo.',
      ),
      t(
        'De’e nawakno mbayari barang sing mbok pengeni: HP, dolan, top-up.',
        'Hadiah gedhe teko wong nang internet biasane teko bareng karep nang mburine.',
        'Pikiren opo sing mungkin dikarepno de’e gawe balesan. Omongno ambek wong sing mbok percoyo sakdurunge nompo.',
      ),
      t(
        'De’e njaluk nomer e-wallet utowo rekening bank gawe “ngirim” duit.',
        'Data iku isok disalahgunakno gawe ngapusi utowo muter duit lewat rekeningmu.',
        'Ojok tau mbagi data rekening. Critakno nang wong tuwomu.',
      ),
      t(
        'Koen wes nompo hadiah terus saiki rumongso utang.',
        'Rasa iku tujuane hadiah. Koen gak utang opo-opo nang de’e: dudu foto, dudu ketemuan.',
        'Koen isok mandek kapan ae. Omongno ambek wong gedhe sing mbok percoyo utowo SAPA 129.',
      ),
    ],
  },
  meet_offline: {
    '6-9': [
      t(
        'Onok sing pengen ketemu koen.',
        'Wong teko internet iku tetep wong liyo, masio ramah nang chat.',
        'Ojok budhal. Critakno nang Ayah, Ibu, Mbah, utowo gurumu.',
      ),
      t(
        'Onok sing ngongkon koen teko nang sak panggonan.',
        'Arek cilik mek lungo bareng wong gedhe sing njogo.',
        'Ngomongo gak, terus langsung critakno nang wong gedhe.',
      ),
      t(
        'Onok sing ngomong arep teko nang sekolah utowo omahmu.',
        'Wong gedhe nang omah ambek sekolah perlu ngerti iki.',
        'Critakno nang wong gedhe dino iki. Crito iku sing bener.',
      ),
      t(
        'Onok sing pengen dolanan ambek koen nang dunia nyata.',
        'Koen gak ngerti sopo de’e sakjane.',
        'Dolanan mek ambek konco sing dikenal keluargamu.',
      ),
      t(
        'Onok sing ngajak ketemuan tanpa ngomong nang sopo-sopo.',
        'Ketemuan sing kudu dirahasiakno arek cilik iku gak tau oleh.',
        'Langsung critakno nang wong gedhe. Crito iku oleh.',
      ),
    ],
    '10-12': [
      t(
        'Wong sing mbok kenal nang internet ngajak ketemuan (“kopdar”).',
        'Wong nang internet isok ngapusi soal umur ambek sopo de’e.',
        'Ojok budhal. Critakno nang wong tuwomu: lek ketemuan oleh, wong gedhe sing mutusno terus melok teko.',
      ),
      t(
        'De’e pengen ketemu mek wong loro utowo nang panggonan sepi.',
        'Pengen berduaan ambek koen iku tandha bahaya.',
        'Ojok budhal. Critakno nang wong gedhe opo sing diusulno de’e.',
      ),
      t(
        'De’e nawakno njemput koen utowo mbayari ojek-mu.',
        'Numpak kendaraane wong tegese koen gak isok lungo kapan koen gelem.',
        'Tolaken, terus critakno nang wong tuwomu.',
      ),
      t(
        'De’e ngomong de’e nang cedhakmu, utowo ngerti koen nang endi.',
        'Iki isok dienggo nggawe koen kuwatir, utowo cek koen rumongso cedhak ambek de’e.',
        'Mandek chat-an terus langsung critakno nang wong gedhe.',
      ),
      t(
        'De’e pengen ketemuan terus dirahasiakno.',
        'Ketemuan rahasia ambek wong teko internet gak tau aman.',
        'Critakno nang wong tuwo utowo guru dino iki, masio koen wes kebacut gelem.',
      ),
    ],
    '13-17': [
      t(
        'Wong sing mek mbok kenal nang internet pengen ketemu langsung.',
        'Profil ambek foto isok palsu; chat-an pirang-pirang wulan yo durung mbuktekno sopo de’e.',
        'Ojok budhal nemoni wong sing mek mbok kenal nang internet tanpa wong gedhe sing mbok percoyo. Lek wong tuwomu setuju, wong tuwomu sing melok teko, ketemune nang panggonan umum sing rame.',
      ),
      t(
        'De’e pengen koen teko dewean, utowo dirahasiakno.',
        'Pengen koen dewean iku tandha bahaya, opo ae alesane.',
        'Ojok budhal. Wong sing niate apik gak kabotan wong tuwomu ngerti terus melok teko.',
      ),
      t(
        'De’e nawakno mbayari perjalanan utowo hotel.',
        'Perjalanan sing dibayari isok nggawe koen adoh teko omah terus gumantung nang de’e.',
        'Tolaken, terus omongno ambek wong gedhe sing mbok percoyo.',
      ),
      t(
        'De’e nyurung koen cepet-cepet ketemu, utowo nesu pas koen ragu.',
        'Nyurung ambek nesu iku tandha pengen ngatur, dudu tandha peduli.',
        'Mandekno chat-e, terus critakno nang wong sing mbok percoyo.',
      ),
      t(
        'Koen wes kebacut gelem ketemu terus saiki ragu.',
        'Koen oleh ganti pikiran kapan ae. Keselamatanmu luwih penting teko janji.',
        'Batalno, terus critakno nang wong tuwomu, utowo hubungono SAPA 129 lek rumongso ditekan.',
      ),
    ],
  },
  sextortion: {
    '6-9': [
      t(
        'Onok sing ngomong arep nuduhno fotomu nang wong liyane.',
        'Iku gak oleh. Iku dudu salahmu.',
        'Ojok ngirim opo-opo. Critakno nang wong gedhe saiki.',
      ),
      t(
        'Onok sing ngomong kasar cek koen gelem nglakoni opo-opo.',
        'Koen gak kudu nuruti omongane.',
        'Mandek chat-an, terus parani Ayah, Ibu, Mbah, utowo gurumu.',
      ),
      t(
        'Onok sing ngomong arep ngadu nang wong tuwomu soal koen.',
        'De’e ngomong ngono cek koen meneng. Koen gak salah.',
        'Critakno sik nang wong gedhe sing mbok percoyo. Crito iku wani.',
      ),
      t(
        'Onok sing njaluk duit utowo pulsa teko koen, “lek gak…”.',
        'Ojok tau mbayar. Wong gedhe isok nulungi koen.',
        'Tuduhno chat-e nang wong gedhe. Ojok dihapus.',
      ),
      t(
        'Koen rumongso sumpek utowo wetengmu gak penak mergo chat-an.',
        'Rasa iku tandha koen perlu njaluk tulung. Crito iku wani.',
        'Parani wong gedhe sing mbok percoyo, terus tuduhno chat-e.',
      ),
    ],
    '10-12': [
      t(
        'Onok sing ngancam arep nyebar foto utowo pesenmu.',
        'Sing dilakoni de’e iku kejahatan. Iku dudu salahmu.',
        'Ojok ngirim maneh, ojok mbayar. Critakno nang wong tuwo utowo guru saiki: wong gedhe isok nulungi mandekno.',
      ),
      t(
        'De’e njaluk duit, pulsa, utowo foto maneh cek de’e “meneng”.',
        'Mbayar utowo ngirim maneh meh gak tau nggawe de’e mandek; biasane malah njaluk luwih akeh.',
        'Mandek mbales, simpen chat-e, terus ndang njaluk tulung nang wong gedhe.',
      ),
      t(
        'De’e ngomong koen bakal kenek masalah lek crito nang sopo ae.',
        'Iku ngapusi, cek koen dewean. Crito iku langkah pertama gawe mandekno.',
        'Critakno nang wong gedhe sing mbok percoyo, utowo hubungono SAPA 129.',
      ),
      t(
        'De’e neken koen nganggo itungan mundur utowo wates wektu.',
        'Nggawe koen kesusu iku trik cek koen gak sempet mikir utowo njaluk tulung.',
        'Ambegan sik. Koen gak kudu njawab. Parani wong gedhe saiki.',
      ),
      t(
        'Koen isin banget gawe crito nang sopo ae.',
        'Akeh arek enom ngalami iki. Iki dudu salahmu. Njaluk tulung iku wani.',
        'Mulai ae: “Onok wong nang internet sing ngancam aku, aku butuh bantuan.”',
      ),
    ],
    '13-17': [
      t(
        'Onok sing ngancam nyebar foto utowo chat pribadimu lek koen gak mbayar utowo ngirim maneh.',
        'Iki pemerasan seksual (sextortion). Iku kejahatan. Iki dudu salahmu, masio koen tau ngirim opo-opo.',
        'Ojok mbayar, ojok ngirim maneh, chat-e ojok dihapus. Critakno nang wong gedhe sing mbok percoyo utowo hubungono SAPA 129 (WhatsApp 08111-129-129).',
      ),
      t(
        'De’e nuntut duit, voucher, utowo kartu hadiah.',
        'Mbayar arang mandekno iki; malah nuduhno koen gelem mbayar maneh.',
        'Mandek nanggepi. Simpen username ambek pesene, terus blokir ambek laporno akune.',
      ),
      t(
        'De’e ngomong wes ngirim nang konco-koncomu.',
        'Ancaman ngono sering mek gertakan cek koen panik terus mbayar.',
        'Ojok tawar-tawaran. Njaluk tulung saiki: wong gedhe isok mbantu mutusno langkahe.',
      ),
      t(
        'Gambarmu mungkin arep disebar.',
        'Take It Down (takeitdown.ncmec.org) mbantu arek sing umure durung 18 mandekno sebaran gambar nang platform sing melok; gambare gak tau metu teko HP utowo komputermu.',
        'Nganggoo bareng wong gedhe sing mbok percoyo, terus laporno akune nang aplikasi.',
      ),
      t(
        'Koen rumongso kejebak, isin, utowo putus asa.',
        'Rasa iku sing dikarepno de’e. Koen gak dewean. Onok wong sing isok nulungi.',
        'Ngomongo nang wong sing mbok percoyo dino iki: wong tuwo, guru BK, wali kelas, utowo SAPA 129 (telpon 129).',
      ),
    ],
  },
  flattery_trust: {
    '6-9': [
      t(
        'Onok sing ngomong terus koen istimewa, luwih hebat teko kabeh wong.',
        'Dialem iku seneng. Tapi kakehan teko wong liyo isok dadi trik.',
        'Critakno nang wong gedhe opo sing diomongno de’e.',
      ),
      t(
        'Onok sing ngaku konco kentelmu, padahal durung tau ketemu.',
        'Konco kentel iku wong sing mbok kenal nang dunia nyata.',
        'Critakno konco anyar teko internet iki nang Ayah, Ibu, Mbah, utowo gurumu.',
      ),
      t(
        'Onok sing ngomong mek de’e sing ngerti koen.',
        'Keluargamu ambek koncomu yo ngerti koen.',
        'Critakno rasamu nang wong gedhe sing mbok percoyo.',
      ),
      t(
        'Onok sing ngomong koen ketok luwih tuwo teko umurmu.',
        'Koen sik arek cilik. Omongan ngono dudu gawe arek cilik.',
        'Mandek chat-an terus tuduhno nang wong gedhe.',
      ),
      t(
        'Onok sing apik banget, terus pengen koen nglakoni opo-opo.',
        'Apik nang wong gak perlu ditambahi tugas utowo rahasia.',
        'Takono wong gedhe iki oleh opo gak.',
      ),
    ],
    '10-12': [
      t(
        'Onok sing ngalem terus: “koen dewasa banget”.',
        'Dialem terus-terusan teko wong liyo iku cara cepet oleh percoyomu.',
        'Alem teko wong sing mbok kenal iku gak popo. Sing iki, critakno nang wong gedhe.',
      ),
      t(
        'De’e ngaku sak umuran ambek koen, tapi omongane koyok wong gedhe.',
        'Ethok-ethok dadi arek iku trik sing umum.',
        'Ati-ati, terus critakno soal de’e nang wong tuwomu.',
      ),
      t(
        'De’e ngomong wong tuwomu gak ngerti koen, tapi de’e ngerti.',
        'Njelek-njelekno keluargamu iku cara narik koen luwih cedhak nang de’e.',
        'Tetep ngobrol ambek keluargamu, terus critakno opo sing diomongno de’e.',
      ),
      t(
        'De’e ngomong sayang koen, utowo nyebut koen pacare.',
        '“Sayang” teko wong sing durung tau mbok temoni isok dienggo ngatur koen.',
        'Alon-alon ae, terus omongno ambek wong sing mbok percoyo.',
      ),
      t(
        'De’e ngambek lek koen gak cepet mbales.',
        'Nggawe koen rumongso salah iku cara gawe neken koen.',
        'Koen oleh mbales kapan koen gelem, utowo gak mbales blas.',
      ),
    ],
    '13-17': [
      t(
        'Onok sing ngguyur koen perhatian ambek alem.',
        'Love bombing mbangun percoyo cepet-cepet, cek panjaluk sakteruse rasane angel ditolak.',
        'Delokno cepete. Hubungan sing tulus gak perlu kesusu.',
      ),
      t(
        'De’e ngomong mek de’e sing temenan paham koen.',
        'Njauhno koen teko wong-wong liyane nggawe koen luwih gampang ditekan.',
        'Tetep cedhak ambek konco ambek keluargamu, terus takono pendapate soal wong iki.',
      ),
      t(
        'De’e luwih tuwo adoh teko koen, utowo ngeles pas ditakoni umure.',
        'Wong gedhe sing nggoleki hubungan romantis ambek arek sing durung 18 taun nyalahgunakno kuasane, masio ketoke peduli.',
        'Omongno ambek wong sing mbok percoyo.',
      ),
      t(
        'De’e cemburu utowo nesu lek koen chat-an ambek wong liyane.',
        'Kelakuan sing ngekang sering diwiwiti teko ketok “peduli banget”.',
        'Koen oleh cedhak ambek wong-wong liyane nang uripmu. Omongno ambek wong sing mbok percoyo lek iki terus kedaden.',
      ),
      t(
        'De’e ngomong arep nglarani awake de’e lek koen lungo.',
        'Iku tekanan perasaan. Koen gak tanggung jawab atas pilihane de’e.',
        'Critakno nang wong gedhe sing mbok percoyo. Lek de’e temenan ketok onok resiko, wong gedhe isok nulungi tanpa koen kudu tetep nang kono.',
      ),
    ],
  },
  hidden_account: {
    '6-9': [
      t(
        'Halaman iki soal nggawe akun rahasia.',
        'Lek onok masalah nang akun rahasia, gak onok sing isok nulungi koen.',
        'Nganggoo akun sing dingerteni keluargamu ae.',
      ),
      t(
        'Koen lagi ndelok carane ndhelikno aplikasi.',
        'Ndhelikno aplikasi teko keluarga nggawe keluarga angel nulungi koen.',
        'Takono wong gedhe lek koen pengen aplikasi anyar.',
      ),
      t(
        'Halaman iki nuduhno carane ngaku luwih tuwo teko umurmu.',
        'Aplikasi nduwe aturan umur gawe njogo arek cilik.',
        'Nganggoo umurmu sing asli, terus takono wong gedhe.',
      ),
      t(
        'Koen pengen nggawe akun anyar dhewe.',
        'Wong gedhe mbantu nggawe akun cek aman gawe koen.',
        'Jaluken Ayah, Ibu, Mbah, utowo gurumu mbantu.',
      ),
      t(
        'Halaman iki soal nduwe akun kedua.',
        'Siji akun sing dingerteni keluargamu iku sing paling apik gawe koen.',
        'Critakno nang wong gedhe opo sing pengen mbok lakoni nang internet.',
      ),
    ],
    '10-12': [
      t(
        'Halaman iki njelasno akun rahasia utowo akun kedua (“akun fake”).',
        'Nang akun sing gak dingerteni sopo-sopo, gak onok sing isok nulungi lek wong liyo mulai neken koen.',
        'Lek koen pengen luwih bebas nang internet, omongno ambek wong tuwomu.',
      ),
      t(
        'Koen lagi moco carane ndhelikno aplikasi utowo chat.',
        'Aplikasi sing didhelikno iku panggonan favorit wong liyo gawe chat-an, mergo wong gedhe gak isok ndelok.',
        'Ben aplikasimu ketok, terus omongno ambek wong tuwomu privasi sing mbok pengeni.',
      ),
      t(
        'Halaman iki soal malsu umur gawe daftar.',
        'Wates umur onok mergo wong gedhe isok ngubungi pengguna nang aplikasi iku.',
        'Enteni sampek umurmu cukup, utowo nganggo versi gawe arek.',
      ),
      t(
        'Koen lagi nggoleki carane ngliwati kontrol wong tuwo.',
        'Kontrol iku yo ngalangi wong sing ngincer arek nang internet.',
        'Luwih apik ajak wong tuwomu ngomongno ganti aturane.',
      ),
      t(
        'Iki soal akun nganggo jeneng palsu.',
        'Jeneng palsu gak nggawe koen luwih aman. Lek onok masalah, wong sing isok nulungi gak ngerti lek iku koen.',
        'Dadi awakmu dhewe, terus nganggo akun sing dingerteni keluargamu.',
      ),
    ],
    '13-17': [
      t(
        'Halaman iki soal akun rahasia utowo akun alter.',
        'Pengen privasi iku wajar nang umurmu. Tapi nang akun rahasia, lek onok sing neken utowo ngancam koen, gak onok sing ngerti gawe nulungi.',
        'Lek koen nduwe akun pribadi, pasekno siji wong sing mbok percoyo ngerti akun iku onok.',
      ),
      t(
        'Koen lagi moco soal aplikasi pendhelik utowo aplikasi “brankas”.',
        'Aplikasi brankas sering dienggo ndhelikno chat ambek wong sing gak pengen ketahuan.',
        'Pikiren sopo sing untung teko rahasia iku.',
      ),
      t(
        'Iki soal malsu umur nang sak platform.',
        'Umur dewasa palsu nggawe perlindungan arek gak aktif, terus nggawe koen ketemu wong gedhe sing ngira koen wes cukup umur.',
        'Nganggoo umurmu sing asli, cek fitur keamanan nglindungi koen.',
      ),
      t(
        'Koen lagi ndelok akun sekali pakai utowo nomer “burner”.',
        'Akun sekali pakai nggawe nglaporno ambek njaluk tulung luwih angel.',
        'Lek onok sing nggawe koen kuwatir nang akunmu, omongno ambek wong sing mbok percoyo sakdurunge ndhelikno.',
      ),
      t(
        'Koen pengen privasi luwih akeh teko wong tuwomu.',
        'Iku karep sing wajar. Omongno ambek wong tuwomu opo sing mbok butuhno ambek alesane.',
        'Rembugen bareng, terus tetep nduwe cara gawe njaluk tulung.',
      ),
    ],
  },
  vpn_bypass: {
    '6-9': [
      t(
        'Halaman iki soal VPN utowo carane mbukak situs sing ditutup.',
        'Situs ditutup cek arek adoh teko wong liyo.',
        'Takono wong gedhe sakdurunge nganggo barang ngene.',
      ),
      t(
        'Koen lagi ndelok carane ngliwati blokiran.',
        'Blokiran iku koyok pager nang taman dolanan: njogo koen nang panggonan sing apik.',
        'Critakno nang wong gedhe opo sing pengen mbok delok.',
      ),
      t(
        'Halaman iki ngomong isok mbukak game utowo situs sing dikunci.',
        'Aplikasi pembuka kunci isok nggowo iklan ambek wong sing gak mbok kenal.',
        'Ojok di-download. Takono wong gedhe.',
      ),
      t(
        'Halaman iki ngongkon koen masang opo-opo.',
        'Mek wong gedhe sing oleh masang aplikasi nang komputer iki.',
        'Tutup halamane, terus parani wong gedhe.',
      ),
      t(
        'Koen pengen ndelok situs sing ditutup.',
        'Wong gedhe isok ngecek situs iku apik gawe koen opo gak.',
        'Jaluken Ayah, Ibu, Mbah, utowo gurumu ndelok bareng koen.',
      ),
    ],
    '10-12': [
      t(
        'Halaman iki soal VPN utowo aplikasi pembuka blokir.',
        'Situs sering diblokir mergo onok wong liyo utowo konten dewasa nang kono. VPN nggowo koen ngliwati pager iku.',
        'Lek situs sing mbok butuhno diblokir, jaluken wong tuwo utowo guru ngecek.',
      ),
      t(
        'Koen lagi moco carane ngliwati filter nang sekolah utowo omah.',
        'Filter yo mandekno situs penipuan ambek situs dewasa. Tanpa filter, koen ketemu luwih akeh wong liyo.',
        'Omongno ambek wong gedhe situs sing mbok pengeni.',
      ),
      t(
        'Halaman iki nawakno download VPN gratis.',
        'VPN gratis isok ngumpulno datamu utowo nggowo virus.',
        'Ojok dipasang. Takono wong gedhe.',
      ),
      t(
        'Koen lagi ndelok situs proxy utowo situs mirror.',
        'Situs mirror nyalin situs sing diblokir, wong liyone ambek resikone yo podho.',
        'Tutupen, terus takono wong gedhe soal opo sing lagi mbok goleki.',
      ),
      t(
        'Koncomu ngongkon koen nganggo VPN gawe main game.',
        'VPN game isok nggawe koen ketemu pemain sing gak isok mbok delok utowo laporno.',
        'Takono wong tuwomu sik sakdurunge njajal.',
      ),
    ],
    '13-17': [
      t(
        'Halaman iki soal VPN utowo carane nembus blokiran.',
        'VPN dhewe gak salah, tapi nganggo VPN gawe mbukak situs sing diblokir nggowo koen nang panggonan sing akeh wong liyo, gak onok moderasi, gak onok sing isok nulungi.',
        'Pikiren opo sing dijogo blokiran iku. Nang kono, opo koen isok oleh bantuan?',
      ),
      t(
        'Koen lagi ndelok aplikasi VPN gratis.',
        'VPN gratis sering nyatet terus ngedol datamu, nyelipno iklan, utowo nggowo malware.',
        'Lek koen butuh privasi, omongno pilihan sing isok dipercoyo ambek wong tuwomu.',
      ),
      t(
        'Koen njajal ngliwati filter sekolah.',
        'Filter sekolah yo nglindungi komputer bareng teko penipuan ambek situs sing ngeksploitasi arek enom.',
        'Jaluken guru utowo petugas IT ngecek situs sing mbok butuhno gawe sekolah.',
      ),
      t(
        'Koen pengen mbukak situs sing diblokir nang Indonesia.',
        'Platform sing diblokir biasane moderasine sithik ambek gak nduwe jalur laporan nang kene.',
        'Pikiren opo sing arep mbok lakoni lek onok sing neken koen nang kono. Sopo sing isok nulungi?',
      ),
      t(
        'Wong nang internet ngongkon koen masang VPN cek isok terus chat-an.',
        'Iku cara mindah koen nang panggonan sing gak isok dideloki utowo dibantu sopo-sopo.',
        'Ojok. Tetep chat-an nang panggonan sing saiki, terus critakno nang wong sing mbok percoyo.',
      ),
    ],
  },
  anonymous_chat: {
    '6-9': [
      t(
        'Situs iki nggawe koen ketemu wong sing gak mbok kenal.',
        'Koen gak isok ndelok sopo de’e sakjane.',
        'Tutup halaman iki, terus dolanan ambek wong sing mbok kenal.',
      ),
      t(
        'Chat iki milihno wong liyo gawe mbok ajak ngomong.',
        'Arek cilik apike mek chat-an ambek wong sing dikenal keluargane.',
        'Jaluken wong gedhe nggolekno panggonan dolanan sing apik.',
      ),
      t(
        'Situs iki nduwe video chat ambek wong liyo.',
        'Kamera ambek wong liyo dudu gawe arek cilik.',
        'Tutupen saiki, terus critakno nang wong gedhe.',
      ),
      t(
        'Nang situs iki, gak onok sing nganggo jeneng asli.',
        'Tanpa jeneng asli, wong isok ngaku dadi sopo ae.',
        'Metuo teko situs iki, terus critakno nang wong gedhe.',
      ),
      t(
        'Koen nemu situs gawe chat-an ambek wong acak.',
        'Chat-an ambek konco temenan luwih seru.',
        'Takono wong gedhe soal game ambek chat sing apik gawe arek.',
      ),
    ],
    '10-12': [
      t(
        'Iki situs chat acak.',
        'Chat acak akeh wong gedhene, sebagian nggoleki arek.',
        'Metuo teko situs iki. Lek wes onok sing ngomong perkoro sing gak penak, critakno nang wong gedhe.',
      ),
      t(
        'Situs iki nduwe video chat acak.',
        'Wong nang video chat isok ngrekam koen, utowo nuduhno perkoro sing gak pengen mbok delok.',
        'Tutupen. Gak popo crito nang wong gedhe opo sing mbok delok.',
      ),
      t(
        'Wong liyo nang situs iki takon “asl” (umur, lanang utowo wedok, lokasi).',
        'Pitakon iki mbantu wong liyo milih sopo sing arep diincer.',
        'Ojok dijawab, terus metuo.',
      ),
      t(
        'Aplikasi iki ngomong penggunane anonim.',
        'Anonim tegese koen gak isok ngerti sopo sing mbok ajak chat-an, tapi de’e isok nggoleki soal koen.',
        'Nganggoo aplikasi sing wong-wonge mbok kenal.',
      ),
      t(
        'Onok wong nang kene sing pengen pindah nang aplikasi liyo.',
        'Ngono iku carane wong liyo teko chat acak tetep nyambung ambek arek.',
        'Tolaken terus tutupen chat-e.',
      ),
    ],
    '13-17': [
      t(
        'Iki situs chat acak utowo anonim.',
        'Akeh kasus grooming ambek sextortion diwiwiti teko chat anonim, mergo gak onok sing tanggung jawab.',
        'Lek koen nganggo, cukup teks ae, ojok mbagi perkoro pribadi, terus metu pas onok pesen sing gak penak.',
      ),
      t(
        'Situs iki nggawe koen ketemu wong liyo lewat video.',
        'Video isok direkam tanpa koen ngerti terus dienggo meres.',
        'Pateni kameramu, utowo metuo.',
      ),
      t(
        'Onok wong nang kene sing njaluk akun medsos-mu.',
        'Nyambungno chat anonim ambek akun aslimu podho ae ngekei identitasmu.',
        'Ojok mbagi akun medsos-mu nang wong acak.',
      ),
      t(
        'Koen lagi bosen utowo kesepian terus nggoleki konco ngobrol.',
        'Iku rasa sing wajar. Situs anonim isok nggawe tambah elek lek onok sing manfaatno.',
        'Jajalen ngomong ambek konco, guru BK, utowo wali kelasmu. Koen pantes nduwe wong-wong sing kenal koen.',
      ),
      t(
        'Koen ndelok perkoro sing gak penak nang situs iki.',
        'Koen gak salah opo-opo mergo ndelok.',
        'Tutupen terus omongno ambek wong sing mbok percoyo. Konten umum sing mbebayani isok dilaporno nang aduankonten.id.',
      ),
    ],
  },
  unknown_contact: {
    '6-9': [
      t(
        'Koen chat-an ambek wong sing gak onok nang kontakmu.',
        'Koen gak ngerti sopo de’e, masio ketok ramah.',
        'Takono wong gedhe sakdurunge mbales.',
      ),
      t(
        'Onok wong anyar sing ngirim pesen nang koen.',
        'Chat-an mek ambek wong sing dikenal keluargamu.',
        'Tuduhno pesene nang wong gedhe.',
      ),
      t(
        'Onok sing ngomong kenal keluargamu.',
        'Sopo ae isok ngomong ngono nang internet.',
        'Takono wong tuwomu, iku bener opo gak.',
      ),
      t(
        'Onok wong sing gak mbok kenal nambah koen.',
        'Koen gak kudu nompo wong sing gak mbok kenal.',
        'Tolaken, terus critakno nang wong gedhe.',
      ),
      t(
        'Onok sing ngirim pesen tanpa foto ambek tanpa jeneng.',
        'Koen gak isok ngerti sopo de’e.',
        'Ojok dibales. Tuduhno nang wong gedhe.',
      ),
    ],
    '10-12': [
      t(
        'Chat iki ambek wong sing gak onok nang kontakmu.',
        'Sopo ae isok ethok-ethok dadi arek, koncone koncomu, utowo moderator game.',
        'Ojok mbagi perkoro pribadi. Takono wong gedhe lek ragu.',
      ),
      t(
        'Onok panjaluk pesen teko wong sing gak mbok kenal.',
        'Panjaluk pesen iku carane wong liyo pertama ngubungi koen.',
        'Koen gak kudu mbales utowo nompo. Tuduhno nang wong gedhe lek isine aneh.',
      ),
      t(
        'De’e ngaku koncone koncomu.',
        'Iku gampang diaku. Takono langsung nang koncomu nang dunia nyata.',
        'Takono koncomu langsung sakdurunge chat-an.',
      ),
      t(
        'De’e ngaku teko tim bantuan game utowo aplikasi.',
        'Petugas bantuan temenan gak tau njaluk password utowo foto.',
        'Ojok dibales. Laporno akune.',
      ),
      t(
        'Nomer sing gak mbok kenal ngirimi koen pesen.',
        'Nomer sing gak dikenal isok penipuan, utowo wong liyo.',
        'Ojok dibales, terus critakno nang wong tuwomu.',
      ),
    ],
    '13-17': [
      t(
        'Wong sing gak onok nang kontakmu lagi chat-an ambek koen.',
        'Wong liyo sering nyamar dadi sak umuranmu; foto ambek umur gampang dipalsu.',
        'Alon-alon ae, ojok mbagi perkoro pribadi, terus percoyo nang rasamu.',
      ),
      t(
        'Akun anyar sing unggahane utowo pengikute sithik ngirimi koen pesen.',
        'Akun anyar sing kosong sering palsu, utowo digawe gawe ngincer arek enom.',
        'Cek profil ambek konco bareng-e. Lek ragu, ojok dibales.',
      ),
      t(
        'De’e ngaku pencari bakat model, perekrut, utowo influencer.',
        '“Kesempatan” palsu iku cara umum gawe njaluk foto.',
        'Agensi temenan ngubungi lewat wong tuwo. Ojok ngirim opo-opo.',
      ),
      t(
        'Nomer sing gak dikenal nglebokno koen nang grup.',
        'Grup teko nomer sing gak dikenal isok isine penipuan utowo konten saru.',
        'Metuo teko grup terus laporno.',
      ),
      t(
        'De’e ketoke ngerti akeh perkoro soal koen.',
        'Informasi iku isok teko unggahanmu sing umum. Iku gak nggawe de’e isok dipercoyo.',
        'Cek setelan privasimu, terus critakno nang wong sing mbok percoyo lek rasane aneh.',
      ),
    ],
  },
  oversharing: {
    '6-9': [
      t(
        'Koen arep mbagi alamat omahmu.',
        'Alamatmu gawe wong sing mbok kenal nang dunia nyata.',
        'Ojok dikirim sik. Takono wong gedhe.',
      ),
      t(
        'Koen arep mbagi nomer HP-mu.',
        'Nomermu mek gawe keluarga ambek konco.',
        'Ojok dikirim. Takono wong gedhe sik.',
      ),
      t(
        'Koen lagi nulis jeneng sekolahmu.',
        'Jeneng sekolahmu iku pribadi nang internet.',
        'Ojok ditulis, terus takono wong gedhe.',
      ),
      t(
        'Koen arep ngomong lek koen dewean nang omah.',
        'Iku pribadi. Koen gak perlu ngomong nang sopo-sopo.',
        'Ojok dikirim. Critakno nang wong gedhe koen chat-an ambek sopo.',
      ),
      t(
        'Koen mbagi jeneng lengkapmu.',
        'Nang internet, jeneng celukan luwih apik.',
        'Gantien nganggo jeneng celukanmu.',
      ),
    ],
    '10-12': [
      t(
        'Koen lagi ngetik data pribadi: nomer HP, alamat, utowo sekolah.',
        'Lek wes kekirim, koen gak isok narik maneh. Iku isok diterusno nang wong liyane.',
        'Pikiren sik: koen kenal wong iki nang dunia nyata tah?',
      ),
      t(
        'Koen lagi ngetik lek gak onok wong liyane nang omah saiki.',
        'Iku ngandhani wong kapan gak onok wong gedhe nang cedhakmu.',
        'Ojok dikirim. Cukup ngomong “aku lagi sibuk”.',
      ),
      t(
        'Koen mbagi password utowo kode.',
        'Nganggo iku, wong isok njupuk akunmu.',
        'Ojok tau ngirim password utowo kode nang sopo ae.',
      ),
      t(
        'Koen mbagi lokasimu.',
        'Lokasimu ngandhani wong nang endi koen isok ditemokno saiki.',
        'Bagi lokasi mek nang keluargamu.',
      ),
      t(
        'Koen mbagi foto sing nuduhno sekolah utowo omahmu.',
        'Perkoro cilik nuduhno nang endi koen manggon utowo sekolah.',
        'Cek fotomu sakdurunge dikirim.',
      ),
    ],
    '13-17': [
      t(
        'Koen arep mbagi data pribadi nang wong.',
        'Data koyok alamat, sekolah, utowo nomermu angel ditarik maneh terus gampang disalahgunakno.',
        'Mandek sik. Opo koen gelem ngekei iku nang wong liyo nang dalan?',
      ),
      t(
        'Koen mbagi nang endi koen saiki, utowo arep nang endi.',
        'Lokasi langsung nggawe wong isok nemokno koen.',
        'Bagi mek nang wong sing mbok kenal nang dunia nyata.',
      ),
      t(
        'Koen lagi ngetik lek koen dewean utowo lagi susah.',
        'Wong sing ngincer arek enom nggoleki wektu pas koen lagi ringkih.',
        'Critakno rasamu nang wong sing mbok percoyo, dudu nang wong liyo.',
      ),
      t(
        'Koen mbagi kode OTP, password, utowo nomer identitas.',
        'Iku nggawe wong liyane isok njupuk akunmu utowo ngapusi nganggo jenengmu.',
        'Ojok dikirim. Lek wes kebacut, ganti password terus critakno nang wong gedhe.',
      ),
      t(
        'Koen mbagi crito soal konco utowo keluargamu.',
        'Informasi iku hake wong-wong iku gawe dibagi.',
        'Takono wong-wong iku sik, terus critakno sing umum ae.',
      ),
    ],
  },
};
