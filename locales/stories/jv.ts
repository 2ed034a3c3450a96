import type { StoryWords } from './types';

// Omongan kertu gawe arek, dipilih teko opo sing temenan kedaden (issue #14). Boso Jowo Timuran ngoko koyok arek
// Jember nulis (koen, nang, gak, ojok, de'e, wong gedhe; -no/-en gawe perintah), ditulis anyar, dudu terjemahan
// teko boso Indonesia. Pilihan tembung: locales/jv-glossary.md. Gawe 6–9 taun, sak kalimat paling akeh 12 tembung.

const ADULTS = 'Ayah, Ibu, Mbah, utowo gurumu';

export const jv: StoryWords = {
  who: {
    someone: 'Onok sing',
    stranger: { '6-9': 'Wong liyo', '10-12': 'Wong sing gak mbok kenal', '13-17': 'Wong sing gak mbok kenal' },
  },
  what: {
    'chat.secrecy': '{who} njaluk chat iki dirahasiakno.',
    'chat.secrecy.keep_secret': '{who} ngongkon koen ojok crito nang wong tuwomu.',
    'chat.secrecy.hide_chat': '{who} ngongkon chat iki dihapus utowo didhelikno.',
    'chat.move_private': '{who} ngajak koen pindah chat-an nang aplikasi liyo.',
    'chat.sexual_request': {
      '6-9': '{who} njaluk foto utowo video sing gak pantes.',
      '10-12': '{who} njaluk foto, video, utowo perkoro pribadi sing gak pantes.',
      '13-17': '{who} njaluk foto, video, utowo perkoro pribadi sing gak pantes.',
    },
    'chat.sexual_request.photo': '{who} njaluk koen ngirim fotomu.',
    'chat.sexual_request.explicit': {
      '6-9': '{who} njaluk foto badanmu gak nganggo klambi.',
      '10-12': '{who} njaluk fotomu gak nganggo klambi.',
      '13-17': '{who} njaluk foto utowo video wudo utowo seksual teko koen.',
    },
    'chat.sexual_request.video_call': {
      '6-9': '{who} ngajak koen video call, mek wong loro.',
      '10-12': '{who} ngajak koen video call, mek wong loro.',
      '13-17': '{who} ngajak koen video call pribadi (“vcs”).',
    },
    'chat.sexual_request.sexual_talk': {
      '6-9': '{who} ngirim omongan sing gak pantes soal badan.',
      '10-12': '{who} ngajak koen ngomongno perkoro seksual.',
      '13-17': '{who} ngajak koen ngomongno soal seks.',
    },
    'chat.personal_info': '{who} takon perkoro pribadimu.',
    'chat.personal_info.phone': '{who} takon nomer HP-mu.',
    'chat.personal_info.address': '{who} takon omahmu nang endi.',
    'chat.personal_info.school': '{who} takon sekolahmu nang endi.',
    'chat.personal_info.age': '{who} takon umurmu piro.',
    'chat.personal_info.alone': '{who} takon opo koen lagi dewean nang omah.',
    'chat.gifts': '{who} nawani koen hadiah.',
    'chat.gifts.game_currency': '{who} nawani koen diamond utowo hadiah gawe game.',
    'chat.gifts.credit_money': '{who} nawani koen pulsa, kuota, utowo duit.',
    'chat.meet_offline': '{who} ngajak koen ketemuan.',
    'chat.sextortion': {
      '6-9': '{who} ngomong arep nyebar fotomu.',
      '10-12': '{who} ngancam arep nyebar fotomu.',
      '13-17': '{who} ngancam arep nyebar fotomu.',
    },
    'chat.flattery_trust': '{who} ngalem koen terus.',
    'chat.flattery_trust.looks': '{who} ngomong koen ayu utowo ganteng terus.',
    'chat.flattery_trust.special_bond': '{who} ngomong mek de’e sing ngerti koen.',
    'chat.unknown_contact': 'Wong iki durung onok nang kontakmu.',
    'chat.hidden_account': '{who} ngongkon koen nggawe akun rahasia.',
    'chat.vpn_bypass': '{who} ngongkon koen nganggo VPN.',
    'chat.anonymous_chat': '{who} ngajak koen nang situs chat acak.',
    'search.vpn_bypass': 'Koen lagi nggoleki aplikasi VPN.',
    'search.vpn_bypass.unblock': 'Koen lagi nggoleki carane mbukak situs sing diblokir.',
    'search.hidden_account': 'Koen lagi nggoleki carane nggawe akun rahasia.',
    'search.hidden_account.hide_from_parents': 'Koen lagi nggoleki carane ndhelikno opo-opo teko wong tuwomu.',
    'search.anonymous_chat': 'Koen lagi nggoleki situs gawe chat ambek wong sing gak dikenal.',
    'search.other': 'Koen lagi nggoleki perkoro {topic}.',
    'page.vpn_bypass': 'Halaman iki isine VPN utowo carane mbukak situs sing diblokir.',
    'page.vpn_bypass.unblock': 'Halaman iki ngajari carane mbukak situs sing diblokir.',
    'page.hidden_account': 'Halaman iki isine carane nggawe akun rahasia.',
    'page.hidden_account.hide_from_parents': 'Halaman iki ngajari carane ndhelikno opo-opo teko wong tuwo.',
    'page.anonymous_chat': 'Halaman iki isine chat acak ambek wong sing gak dikenal.',
    'page.other': 'Halaman iki isine perkoro {topic}.',
    'site.vpn_bypass': 'Iki situs VPN utowo situs gawe mbukak blokiran.',
    'site.anonymous_chat': 'Iki situs gawe chat acak ambek wong sing gak dikenal.',
    'download.vpn_bypass': 'Iki halaman gawe download aplikasi VPN.',
    'download.anonymous_chat': 'Iki halaman gawe download aplikasi chat ambek wong sing gak dikenal.',
    'typed.oversharing': 'Koen arep ngirim perkoro pribadi.',
    'typed.oversharing.phone': 'Koen lagi nulis nomer HP nang chat.',
    'typed.oversharing.address': 'Koen lagi nulis alamat omah nang chat.',
    'typed.oversharing.school': 'Koen lagi nulis jeneng sekolahmu nang chat.',
    'typed.oversharing.home_alone': 'Koen lagi nulis lek koen dewean nang omah.',
  },
  topic: {
    secrecy: 'rahasia teko wong tuwo',
    move_private: 'pindah chat nang aplikasi liyo',
    sexual_request: 'foto utowo video pribadi',
    personal_info: 'data pribadine wong',
    gifts: 'hadiah teko wong nang internet',
    meet_offline: 'ketemuan ambek wong teko internet',
    sextortion: 'foto sing disebar tanpa ijin',
    flattery_trust: 'gombalan wong nang internet',
    hidden_account: 'akun rahasia',
    vpn_bypass: 'VPN ambek situs sing diblokir',
    anonymous_chat: 'chat ambek wong sing gak dikenal',
    unknown_contact: 'chat ambek wong sing durung dikenal',
    oversharing: 'nyebar data pribadimu',
  },
  why: {
    secrecy: {
      '6-9': 'Wong apik gak njaluk arek ndhelikno opo-opo teko keluargane.',
      '10-12':
        'Wong sing niate apik gak perlu ndhelik teko keluargamu. Njaluk rahasia iku sering dadi carane wong sing pengen ngapusi arek.',
      '13-17':
        'Njaluk rahasia iku salah siji tandha grooming sing paling jelas: koen dijauhno teko wong sing isok nulungi.',
    },
    'secrecy.hide_chat': {
      '6-9': 'Lek chat-e dihapus, wong gedhe angel nulungi koen.',
      '10-12': 'Lek chat-e dihapus, bukti sing dibutuhno wong gedhe gawe nulungi koen dadi ilang.',
      '13-17': 'Chat sing dihapus iku nglindungi de’e, dudu koen. Pesen iku penting lek koen butuh bantuan.',
    },
    move_private: {
      '6-9': 'Nang aplikasi liyo, gak onok wong gedhe sing isok nulungi koen.',
      '10-12': 'Nang aplikasi pribadi gak onok sing ngawasi. Mulakno wong sing arep ngapusi arek ngajak pindah.',
      '13-17':
        'Ngajak pindah nang aplikasi pribadi iku carane grooming sing umum: sing ndelok sithik, buktine yo sithik.',
    },
    sexual_request: {
      '6-9': 'Badanmu iku duwekmu. Wong apik gak njaluk utowo ngomong ngono nang arek.',
      '10-12': 'Wong gedhe sing apik gak njaluk utowo ngomong ngono nang arek. Iku salahe de’e, dudu salahmu.',
      '13-17':
        'Ngajak arek sing umure durung 18 nang omongan utowo gambar seksual iku nglanggar hukum. Sing salah de’e, dudu koen.',
    },
    'sexual_request.photo': {
      '6-9': 'Fotomu iku duwekmu. Foto sing wes kekirim gak isok dijupuk maneh.',
      '10-12': 'Foto sing wes kekirim isok disimpen terus disebar nang endi-endi. Koen gak isok narik maneh.',
      '13-17': '“Pap” nang wong sing mek mbok kenal nang internet isok disimpen, disebar, utowo dienggo neken koen.',
    },
    'sexual_request.explicit': {
      '6-9': 'Badanmu iku duwekmu. Gak onok sing oleh njaluk foto ngono teko arek.',
      '10-12':
        'Wong gedhe sing apik gak njaluk foto utowo video ngono teko arek. Foto sing wes kekirim isok nyebar nang endi-endi.',
      '13-17':
        'Njaluk gambar seksual teko arek sing umure durung 18 iku nglanggar hukum. Sing salah iku sing njaluk ambek sing nyebar, dudu koen.',
    },
    'sexual_request.video_call': {
      '6-9': 'Video call dewean ambek wong teko internet iku dudu gawe arek.',
      '10-12': 'Video call isok direkam tanpa koen ngerti, terus disebar.',
      '13-17': 'Video call pribadi isok direkam tanpa koen ngerti. Rekamane sering dienggo meres.',
    },
    personal_info: {
      '6-9': 'Omah, sekolah, ambek nomer HP iku mek gawe wong sing mbok kenal.',
      '10-12': 'Teko data iku, wong sing gak mbok kenal isok nemokno koen nang dunia nyata.',
      '13-17': 'Data pribadi sing cilik-cilik isok digabung gawe nemokno utowo neken koen.',
    },
    'personal_info.age': {
      '6-9': 'Umurmu iku perkoro pribadi, mek gawe wong sing mbok kenal.',
      '10-12': 'Wong liyo kadhang takon umur gawe nggoleki arek.',
      '13-17': 'Takon umur iku sering dadi langkah awal wong gedhe sing nyedhaki arek enom.',
    },
    'personal_info.alone': {
      '6-9': 'Koen dewean opo gak, iku urusane keluargamu, dudu wong nang internet.',
      '10-12': 'Pitakon soal kapan koen dewean isok dienggo ngrencanakno perkoro sing gak apik.',
      '13-17': 'Ngerti kapan koen dewean isok dienggo nyedhaki koen pas gak onok sing njogo.',
    },
    gifts: {
      '6-9': 'Hadiah teko wong liyo isok nggawe koen rumongso utang.',
      '10-12': 'Hadiah gratisan sering dienggo cek koen rumongso utang, terus dijaluki opo-opo.',
      '13-17':
        'Hadiah teko wong sing mek mbok kenal nang internet biasane onok karepe: mari ngekei, de’e bakal njaluk.',
    },
    meet_offline: {
      '6-9': 'Wong teko internet isok bedo ambek omongane.',
      '10-12': 'Wong nang internet isok ngapusi soal umur ambek sopo de’e sakjane.',
      '13-17':
        'Wong sing mbok kenal teko internet isok ngapusi soal umur ambek karepe. Ajakan ketemuan teko de’e kudu dingerteni wong gedhe sing mbok percoyo.',
    },
    sextortion: {
      '6-9': 'Iki dudu salahmu. Wong gedhe isok nulungi mandekno iki.',
      '10-12': 'Iki dudu salahmu. Ancaman ngene biasane tambah gedhe lek dituruti.',
      '13-17':
        'Iki dudu salahmu, masio koen wes kebacut ngirim. Nuruti utowo mbayar biasane nggawe ancamane tambah gedhe.',
    },
    flattery_trust: {
      '6-9': 'Wong liyo kadhang ngalem terus cek koen ndang percoyo.',
      '10-12': 'Ngalem kebangeten iku cara sing sering dienggo cek koen ndang percoyo terus gelem nuruti.',
      '13-17': 'Ngalem terus-terusan iku carane cek koen cepet percoyo, terus koen dijaluki nglakoni opo-opo.',
    },
    'flattery_trust.special_bond': {
      '6-9': 'Keluargamu ambek koncomu yo ngerti koen. Akeh wong apik nang sekitarmu.',
      '10-12': 'Iku carane cek koen adoh teko keluarga ambek konco. Keluarga ambek koncomu sing mbelani koen.',
      '13-17': 'Nggawe koen rumongso mek de’e sing ngerti iku carane njauhno koen teko wong-wong sing sayang koen.',
    },
    unknown_contact: {
      '6-9': 'Wong nang internet isok ethok-ethok dadi arek utowo koncomu.',
      '10-12': 'Wong nang internet isok ngapusi soal jeneng, umur, ambek fotone.',
      '13-17': 'Akun anyar sing gak mbok kenal isok sopo ae. Profil, foto, ambek umur gampang dipalsu.',
    },
    hidden_account: {
      '6-9': 'Lek onok masalah nang akun rahasia, gak onok sing isok nulungi.',
      '10-12': 'Akun sing gak dingerteni sopo-sopo, tegese gak onok sing isok nulungi lek onok opo-opo nang kono.',
      '13-17': 'Akun rahasia nggawe wong sing sayang koen gak isok ndelok lek onok sing mulai neken koen.',
    },
    'hidden_account.hide_from_parents': {
      '6-9': 'Lek onok sing didhelikno teko keluarga, keluargamu angel nulungi koen.',
      '10-12': 'Opo sing didhelikno teko wong tuwo, gak isok dibantu wong tuwo lek onok masalah.',
      '13-17': 'Ndhelikno perkoro teko wong tuwo tegese wong tuwomu gak isok nulungi lek onok sing neken koen.',
    },
    vpn_bypass: {
      '6-9': 'VPN dienggo mbukak situs sing diblokir. Situs iku diblokir mergo gak apik gawe arek.',
      '10-12':
        'Situs biasane diblokir mergo onok wong liyo utowo perkoro wong gedhe nang kono. VPN isok nggowo koen mrono.',
      '13-17':
        'VPN dhewe gak salah, tapi mbukak situs sing diblokir nganggo VPN nggowo koen nang panggonan sing gak dijogo, akeh wong liyone.',
    },
    'vpn_bypass.unblock': {
      '6-9': 'Situs diblokir mergo onok perkoro sing gak apik gawe arek.',
      '10-12': 'Situs biasane diblokir mergo onok wong liyo utowo perkoro wong gedhe nang kono.',
      '13-17': 'Mbukak situs sing diblokir nggowo koen nang panggonan sing gak dijogo, akeh wong liyone.',
    },
    anonymous_chat: {
      '6-9': 'Nang situs ngene, koen gak ngerti sopo sing mbok ajak ngomong.',
      '10-12': 'Nang chat acak koen gak ngerti sopo sing mbok ajak chat-an. Wong gedhe isok ethok-ethok dadi arek.',
      '13-17':
        'Nang chat acak, koen ketemu wong sing gak isok mbok cek. Opo sing mbok tuduhno nang kamera isok direkam.',
    },
    oversharing: {
      '6-9': 'Nomer HP, alamat, ambek sekolah iku mek gawe wong sing mbok kenal.',
      '10-12': 'Lek wes kekirim, gak isok dijupuk maneh. Wong liyo isok nganggo iku gawe nggoleki koen.',
      '13-17':
        'Data pribadi sing wes kekirim gak isok ditarik maneh. Data iku isok digabung gawe nemokno utowo neken koen.',
    },
    'oversharing.home_alone': {
      '6-9': 'Wong nang internet gak perlu ngerti kapan koen dewean.',
      '10-12': 'Ngomong lek koen dewean isok dienggo wong gawe nyedhaki koen pas gak onok sing njogo.',
      '13-17': 'Ngomong lek koen dewean isok dienggo wong gawe nyedhaki koen pas gak onok sing njogo.',
    },
  },
  todo: {
    secrecy: {
      '6-9': `Critakno chat iki nang ${ADULTS}. Crito iku oleh kapan ae.`,
      '10-12': 'Ojok gelem ndhelikno. Critakno nang wong tuwomu, Mbah, utowo gurumu opo sing diomongno de’e.',
      '13-17':
        'Koen gak utang rahasia nang de’e. Critakno nang wong gedhe sing mbok percoyo: wong tuwo, guru BK, utowo wali kelas.',
    },
    'secrecy.hide_chat': {
      '6-9': `Ojok dihapus chat-e. Tuduhno nang ${ADULTS}.`,
      '10-12': 'Ojok dihapus blas. Tuduhno chat iki nang wong gedhe sing mbok percoyo.',
      '13-17': 'Simpen pesene, ojok dihapus masio de’e meksa. Critakno nang wong gedhe sing mbok percoyo.',
    },
    move_private: {
      '6-9': `Ojok pindah aplikasi. Critakno nang ${ADULTS}.`,
      '10-12': 'Ojok pindah aplikasi, ojok ngekei nomermu. Critakno nang wong tuwomu lek de’e ngajak terus.',
      '13-17': 'Tetep nang kene utowo mandekno chat-e. Koen gak perlu alesan gawe nolak.',
    },
    sexual_request: {
      '6-9': `Ojok ngirim opo-opo. Critakno nang ${ADULTS} saiki.`,
      '10-12': 'Ojok ngirim opo-opo, mandeko mbales. Critakno nang wong gedhe sing mbok percoyo.',
      '13-17': 'Koen oleh nolak tanpa alesan. Ojok ngirim opo-opo, terus critakno nang wong gedhe sing mbok percoyo.',
    },
    'sexual_request.video_call': {
      '6-9': `Ojok diangkat video call-e. Celuken ${ADULTS}.`,
      '10-12': 'Ojok diangkat, ojok nguripno kamera. Critakno nang wong gedhe sing mbok percoyo.',
      '13-17': 'Ojok diangkat, ojok nguripno kamera. Critakno nang wong gedhe sing mbok percoyo.',
    },
    personal_info: {
      '6-9': `Ojok dijawab. Takono ${ADULTS} sik.`,
      '10-12': 'Koen oleh gak njawab. Lek de’e takon terus, critakno nang wong gedhe sing mbok percoyo.',
      '13-17': 'Koen gak kudu njawab. Lek de’e meksa, iku tandha gawe mandek terus crito.',
    },
    gifts: {
      '6-9': `Ojok ditompo. Critakno nang ${ADULTS}.`,
      '10-12': 'Ojok ditompo, ojok ngirim opo-opo gawe mbales. Critakno nang wong gedhe sing mbok percoyo.',
      '13-17': 'Tolaken hadiahe. Lek wes kebacut nompo, iku dudu salahmu: critakno nang wong gedhe sing mbok percoyo.',
    },
    meet_offline: {
      '6-9': `Ojok budhal. Critakno nang ${ADULTS} saiki.`,
      '10-12': 'Ojok budhal nemoni de’e. Critakno ajakan iki nang wong tuwomu, Mbah, utowo gurumu.',
      '13-17': 'Ojok budhal lek wong gedhe sing mbok percoyo gak melok. Critakno ajakan iki sik.',
    },
    sextortion: {
      '6-9': `Ojok ngirim opo-opo, ojok mbayar. Critakno nang ${ADULTS} saiki.`,
      '10-12': 'Ojok mbayar, ojok ngirim opo-opo, chat-e ojok dihapus. Critakno nang wong gedhe saiki.',
      '13-17':
        'Ojok mbayar, ojok ngirim maneh, chat-e ojok dihapus. Critakno nang wong gedhe sing mbok percoyo utowo hubungono SAPA 129.',
    },
    flattery_trust: {
      '6-9': `Koen oleh mandek chat-an. Critakno nang ${ADULTS}.`,
      '10-12': 'Ati-ati lek de’e mulai njaluk opo-opo. Critakno nang wong gedhe sing mbok percoyo.',
      '13-17': 'Ati-ati ambek opo sing dijaluk de’e mari ngalem. Omongno nang wong gedhe sing mbok percoyo.',
    },
    unknown_contact: {
      '6-9': `Ojok dibales sik. Takono ${ADULTS} sopo de’e.`,
      '10-12': 'Ojok mbales sakdurunge ngerti sopo de’e. Takono wong gedhe sing mbok percoyo.',
      '13-17': 'Ojok ngekei opo-opo sakdurunge yakin sopo de’e. Blokiren lek de’e meksa.',
    },
    hidden_account: {
      '6-9': `Nganggoo akun sing dingerteni keluargamu. Takono ${ADULTS} lek bingung.`,
      '10-12': 'Tetep nganggo akun sing dingerteni keluargamu. Takono wong tuwomu lek butuh akun anyar.',
      '13-17':
        'Lek koen butuh ruang dhewe, omongno ambek wong tuwomu. Akun sing dingerteni wong cedhak tetep luwih aman.',
    },
    'hidden_account.hide_from_parents': {
      '6-9': `Metuo teko halaman iki. Koen oleh crito opo ae nang ${ADULTS}.`,
      '10-12': 'Lek onok sing pengen mbok dhelikno, omongno sik ambek wong gedhe sing mbok percoyo.',
      '13-17':
        'Lek koen butuh privasi, omongno ambek wong tuwomu utowo wong gedhe liyane sing mbok percoyo. Tetep nduwe cara gawe njaluk tulung.',
    },
    vpn_bypass: {
      '6-9': 'Ojok masang VPN utowo mbukak situs sing diblokir. Takono wong gedhe sik.',
      '10-12': 'Lek butuh situs iku gawe sekolah, jaluken wong tuwomu utowo gurumu mbukak bareng koen.',
      '13-17': 'Lek koen butuh situs sing diblokir, omongno ambek wong tuwo utowo guru. Isok dibukakno lek aman.',
    },
    anonymous_chat: {
      '6-9': 'Ojok nganggo situs ngene. Dolanan nang panggonan sing dingerteni keluargamu.',
      '10-12': 'Ojok nganggo situs ngene. Chat-an ambek konco sing mbok kenal nang dunia nyata.',
      '13-17': 'Ojok nganggo situs ngene. Ojok nguripno kamera gawe wong sing gak mbok kenal.',
    },
    oversharing: {
      '6-9': `Ojok dikirim sik. Takono ${ADULTS}.`,
      '10-12': 'Pikiren sik sakdurunge ngirim: koen kenal wong iki nang dunia nyata tah?',
      '13-17': 'Kirimen mek nang wong sing mbok kenal nang dunia nyata. Lek ragu, ojok dikirim.',
    },
    chat: {
      '6-9': `Ojok dibales sik. Tuduhno chat iki nang ${ADULTS}.`,
      '10-12': 'Ojok dibales sik, terus tuduhno chat iki nang wong gedhe sing mbok percoyo.',
      '13-17': 'Mandeko mbales, terus critakno nang wong gedhe sing mbok percoyo.',
    },
    browse: {
      '6-9': `Metuo teko halaman iki. Critakno nang ${ADULTS}.`,
      '10-12': 'Metuo teko halaman iki, terus critakno nang wong gedhe sing mbok percoyo.',
      '13-17': 'Metuo teko halaman iki, terus critakno nang wong gedhe sing mbok percoyo.',
    },
    typed: {
      '6-9': `Ojok dikirim sik. Takono ${ADULTS}.`,
      '10-12': 'Pikiren sik sakdurunge ngirim, terus takono wong gedhe lek ragu.',
      '13-17': 'Pikiren sik sakdurunge ngirim, terus takono wong gedhe lek ragu.',
    },
  },
  where: {
    chat: 'nang chat',
    search: 'pas nggoleki nang internet',
    page: 'nang halaman web',
    site: 'nang situs',
    download: 'nang halaman download aplikasi',
    typed: 'pas aku ngetik',
  },
};
