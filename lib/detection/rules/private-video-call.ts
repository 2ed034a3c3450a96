import { defineRule } from '../define-rule';

export default defineRule({
  id: 'private-video-call',
  category: 'sexual_request',
  lang: 'id',
  severity: 'low',
  weak: true,
  contexts: ['chat'],
  // A private video call with the other person alone ("vc berdua", "vc malem-malem"). Weak alone: children video-call friends and family. Look-alikes: homework calls, calls with grandparents.
  patterns: [
    'vc|video_call *1 berdua|yuk|kuy|sekarang|malam|malem|dong|aku|sama_aku|kita',
    'ayo|yuk|mau vc|video_call',
  ],
  unless: [
    'pr|tugas|belajar|kerja_kelompok|kakek|nenek|ortu|keluarga|kelas|guru|zoom|meet|les|kuis|ujian|mbah|sedulur',
  ],
  examples: {
    match: ['vc yuk ayang', 'video call berdua yuk'],
    noMatch: ['nanti video call sama kakek ya jam 7', 'vc yuk kerjain pr bareng'],
  },
});
