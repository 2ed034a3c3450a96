/**
 * Example rows as database version 1 stored them (one of each kind a real profile has), for the migration tests.
 * Never edit a snapshot once released: it is what old installs really hold.
 */
export default {
  events: [
    {
      id: 1,
      time: 1_790_000_000_000,
      host: 'chat.example',
      kind: 'chat',
      categories: ['secrecy'],
      risk: 'low',
      action: 'tip',
      choice: 'dismiss',
    },
    {
      id: 2,
      time: 1_790_000_100_000,
      host: 'game.example',
      kind: 'chat',
      categories: ['gifts', 'move_private'],
      risk: 'medium',
      action: 'warn',
      choice: 'back',
    },
    {
      id: 3,
      time: 1_790_000_200_000,
      host: 'search.example',
      kind: 'search',
      categories: ['vpn_bypass'],
      risk: 'low',
      action: 'tip',
    },
    {
      id: 4,
      time: 1_790_000_300_000,
      host: 'chat.example',
      kind: 'chat',
      categories: ['sextortion'],
      risk: 'high',
      action: 'block',
      choice: 'help',
      snippet: 'nanti fotomu kusebar',
    },
  ],
  reports: [
    {
      id: 1,
      createdAt: 1_790_000_310_000,
      updatedAt: 1_790_000_320_000,
      status: 'sent',
      sentTo: 'Ibu Sari (WhatsApp)',
      host: 'chat.example',
      title: 'Obrolan',
      contact: 'Kak Rani',
      categories: ['sextortion'],
      flaggedWords: 'nanti fotomu kusebar',
      note: 'dia minta pulsa',
      eventId: 4,
    },
    {
      id: 2,
      createdAt: 1_790_000_400_000,
      updatedAt: 1_790_000_400_000,
      status: 'draft',
      host: 'game.example',
      title: '',
      contact: '',
      categories: ['gifts'],
      flaggedWords: '',
      note: '',
    },
  ],
  pauses: [
    { id: 1, start: 1_789_990_000_000, end: 1_789_993_600_000, reason: 'disabled' },
    { id: 2, start: 1_790_000_500_000, end: 1_790_002_300_000, reason: 'parent-paused' },
  ],
  dailyCounts: [
    { day: '2026-09-21', category: 'vpn_bypass', count: 3 },
    { day: '2026-09-21', category: 'secrecy', count: 1 },
  ],
  secrets: [
    {
      key: 'pin',
      record: {
        algorithm: 'PBKDF2-SHA-256',
        iterations: 600_000,
        salt: 'AAAAAAAAAAAAAAAAAAAAAA==',
        hash: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
      },
      lock: { failures: 1, lockedUntil: 0 },
    },
  ],
} satisfies Record<string, Record<string, unknown>[]>;
