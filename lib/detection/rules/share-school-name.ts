import { defineRule } from '../define-rule';

export default defineRule({
  id: 'share-school-name',
  category: 'oversharing',
  lang: 'id',
  severity: 'low',
  contexts: ['typed'],
  // The child typing which school they go to. Look-alike: "besok ke sekolah jam 7".
  patterns: [
    'aku|saya *1 sekolah *1 di',
    'sekolah *1 aku *1 di|namanya|itu',
    'aku *1 anak|murid|siswa|siswi *1 sd|smp|sma|sdn|smpn|sman|mi|mts|smk|smkn',
    'aku *1 kelas {number} *1 sd|smp|sdn|smpn|sma|mts',
  ],
  examples: {
    match: ['aku sekolah di SDN 2 Sumbersari kak', 'sekolahku di SMPN 1 Jember', 'aku murid SD Al Furqan'],
    noMatch: ['besok kita ke sekolah jam 7 ya', 'sekolah libur hari ini'],
  },
});
