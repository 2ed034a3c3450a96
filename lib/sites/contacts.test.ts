import { describe, expect, test } from 'vitest';
import { createDetector } from '../detection';
import { contactKey, isTrustedContact, looksLikePhoneNumber } from './contacts';

// The wordings live in the rule pack (`not-in-contacts*`, context `ui`); the guard runs them on a chat's own UI text.
describe('a stranger, in the sites’ own words: the engine’s ui rules', () => {
  const detector = createDetector();
  const isCue = (text: string) => detector.scan({ text, kind: 'ui' }).categories.includes('unknown_contact');

  test.each([
    'Nomor ini tidak ada di kontak Anda.',
    'This number is not in your contacts.',
    'Pesan dari orang yang tidak dikenal',
    'Laporkan spam',
    'ADD TO CONTACTS',
    'Add contact   Report spam   Block',
    'Tambahkan ke kontak',
    'dimas.gamer99 wants to send you a message.',
    'dimas.gamer99 ingin mengirimi Anda pesan.',
    'Permintaan pesan',
    'Message request',
    'Add Friend',
    'Tambah Teman',
    'You’re not friends on Facebook',
    "You're now chatting with a random stranger. Say hi!",
    'Kamu sekarang mengobrol dengan orang asing acak. Sapa dia!',
    'Unknown sender',
    'Pengirim tidak dikenal',
    'This account doesn’t follow you',
    '+62 812-5550-1234',
  ])('%j is a cue', (text) => {
    expect(isCue(text)).toBe(true);
  });

  test.each([
    'Kak Dimas',
    'online',
    'Blokir',
    'Kirim',
    'terakhir dilihat baru-baru ini',
    'Add a caption',
    'Kontak ditambahkan',
    'Pesan dan panggilan terenkripsi secara end-to-end',
  ])('%j is not', (text) => {
    expect(isCue(text)).toBe(false);
  });
});

describe('phone numbers as chat titles', () => {
  test.each(['+62 812-5550-1234', '081255501234', '+1 (555) 010-0223', '0812 5550 1234'])('%j is a number', (t) => {
    expect(looksLikePhoneNumber(t)).toBe(true);
  });
  test.each(['Kak Dimas', '112', '2024', 'Kelas 6B 2024', '+62 812 ☎'])('%j is not', (t) => {
    expect(looksLikePhoneNumber(t)).toBe(false);
  });
});

describe('trusted contacts (names or numbers)', () => {
  test.each([
    ['Mama ❤️', ['mama']],
    ['+62 812-5550-1234', ['081255501234']],
    ['0812 5550 1234', ['+6281255501234']],
    ['Bu Guru Sári', ['bu guru sari']],
  ])('%j is trusted by %j', (contact, trusted) => {
    expect(isTrustedContact(contact, trusted)).toBe(true);
  });

  test.each([
    ['Mama Dimas', ['mama']],
    ['+62 812-5550-1235', ['081255501234']],
    ['', ['']],
    [undefined, ['mama']],
  ])('%j is not trusted by %j', (contact, trusted) => {
    expect(isTrustedContact(contact, trusted)).toBe(false);
  });

  test('Indonesian numbers compare in their 08… form', () => {
    expect(contactKey('+62 812-5550-1234')).toBe('081255501234');
    expect(contactKey('812 5550 1234')).toBe('081255501234');
  });
});
