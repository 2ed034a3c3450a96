import { defineRule } from '../define-rule';

export default defineRule({
  id: 'meet-in-person-jv',
  category: 'meet_offline',
  lang: 'jv',
  severity: 'low',
  contexts: ['chat'],
  // Javanese ngoko: "ayo ketemuan", "tak jemput", "dolan karo aku". Look-alike: meeting at grandma's house with family.
  patterns: ['ayo ketemu', 'tak jemput', 'aku *1 jemput', 'dolan *2 sama aku', 'ketemu *2 sendiri'],
  unless: ['mbah|simbah|sedulur|pakde|bude|ngaji|langgar|masjid|keluarga|kerja_kelompok|sinau|belajar|ortu'],
  examples: {
    match: ['ayo ketemuan, mengko tak jemput', 'dolan karo aku yo, mung awake dewe'],
    noMatch: ['ayo ketemuan nang omahe mbah, kabeh sedulur teko'],
  },
});
