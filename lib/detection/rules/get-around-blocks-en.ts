import { defineRule } from '../define-rule';

export default defineRule({
  id: 'get-around-blocks-en',
  category: 'vpn_bypass',
  lang: 'en',
  // Searching for a way past school or network filters is low (the child is asking); a page offering it is medium
  // (the tool itself), as in `get-around-blocks`.
  severity: { search: 'low', page: 'medium' },
  contexts: ['search', 'page'],
  // Look-alike: a networking lesson about firewalls.
  patterns: [
    'unblock *2 situs|anything|everything|games|youtube|tiktok|discord|roblox',
    'bypass|get_past|get_around|around|evade|avoid *3 blokir|filter|filters|firewall|restrictions|blocker|goguardian|securly|lightspeed|wifi_block|school_wifi',
    'blokir situs *2 at|on *1 sekolah|chromebook',
    'sekolah *2 blokir|filter *2 bypass|unblock|get_around',
    'vpn|proxy for sekolah|chromebook',
    'unblocked games',
  ],
  examples: {
    match: [
      'free proxy to unblock sites at school',
      'how to get past school wifi block',
      'bypass goguardian',
      'unblocked games 66',
    ],
    noMatch: ['how a firewall protects a network', 'what is a vpn for kids'],
  },
});
