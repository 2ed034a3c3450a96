import { describe, expect, test } from 'vitest';
import { buildAdultMessage, buildEvidenceText, categoryNames, formatWhen, messageSubject } from './message';
import type { ReportDetails } from './types';

const TZ = { timeZone: 'Asia/Jakarta' };
// 2026-05-12 14:03 in Jakarta (UTC+7).
const WHEN = Date.UTC(2026, 4, 12, 7, 3);

const details: ReportDetails = {
  host: 'chat.example',
  title: 'Obrolan — Latihan',
  contact: 'Kak Rani',
  categories: ['secrecy', 'sexual_request'],
  flaggedWords: 'jangan bilang ortu, pap dong',
  note: '',
  happenedAt: WHEN,
};

describe('buildAdultMessage', () => {
  test('Indonesian, to a trusted adult', () => {
    expect(buildAdultMessage(details, 'id', { name: 'Ibu Sari', kind: 'adult' }, TZ)).toBe(
      [
        'Halo Ibu Sari, ini aku. Aku butuh bantuanmu.',
        'Ada yang membuatku tidak nyaman di internet.',
        '',
        'Apa yang terjadi: Diminta merahasiakan, Diminta foto atau video',
        'Di mana: chat.example (“Obrolan — Latihan”)',
        'Siapa: Kak Rani',
        'Kapan: 12 Mei 2026 pukul 14.03',
        'Kata-kata yang ditandai: “jangan bilang ortu, pap dong”',
        '',
        'Dikirim lewat Kawan Aman.',
      ].join('\n'),
    );
  });

  test('English, to SAPA 129, with the child’s own words', () => {
    const text = buildAdultMessage(
      { ...details, note: 'He said\n\n\n\nhe would share my photo' },
      'en',
      { name: 'SAPA 129', kind: 'service' },
      TZ,
    );
    expect(text).toBe(
      [
        "Hello SAPA 129. I'm a child and I need help.",
        'Something online made me feel uncomfortable.',
        '',
        'What happened: Asked to keep a secret, Asked for photos or videos',
        'Where: chat.example (“Obrolan — Latihan”)',
        'Who: Kak Rani',
        'When: 12 May 2026 at 14:03',
        'Flagged words: “jangan bilang ortu, pap dong”',
        '',
        'In my words:',
        'He said',
        '',
        'he would share my photo',
        '',
        'Sent with Kawan Aman.',
      ].join('\n'),
    );
  });

  test('empty fields are left out', () => {
    const text = buildAdultMessage(
      { host: '', title: '', contact: '', categories: [], flaggedWords: '', note: '', happenedAt: 0 },
      'id',
      { name: 'Ayah', kind: 'adult' },
      TZ,
    );
    expect(text).toBe(
      'Halo Ayah, ini aku. Aku butuh bantuanmu.\nAda yang membuatku tidak nyaman di internet.\n\n\nDikirim lewat Kawan Aman.',
    );
  });

  test('text from a hostile page cannot forge lines, hide direction or smuggle control characters', () => {
    const text = buildAdultMessage(
      {
        ...details,
        title: 'Chat\nKapan: kemarin\u0000',
        contact: 'Kak\u202E inaR\r\nSiapa: Mama',
        flaggedWords: 'pap\u200B dong\n',
      },
      'id',
      { name: 'Ibu\nSari', kind: 'adult' },
      TZ,
    );
    const body = text.split('\n');
    expect(body.filter((l) => l.startsWith('Kapan:'))).toEqual(['Kapan: 12 Mei 2026 pukul 14.03']);
    expect(body.filter((l) => l.startsWith('Siapa:'))).toEqual(['Siapa: Kak inaR Siapa: Mama']);
    expect(body[0]).toBe('Halo Ibu Sari, ini aku. Aku butuh bantuanmu.');
    expect(text).toContain('Di mana: chat.example (“Chat Kapan: kemarin”)');
    expect(text).toContain('“pap dong”');
    // eslint-disable-next-line no-control-regex -- the assertion is about control characters
    expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u202A-\u202E\u200B]/);
  });

  test('long fields are capped so a link stays a sensible size', () => {
    const text = buildAdultMessage(
      { ...details, title: 'x'.repeat(1000), note: 'y'.repeat(5000), flaggedWords: 'z'.repeat(2000) },
      'en',
      { name: 'Mum', kind: 'adult' },
      TZ,
    );
    expect(text.length).toBeLessThan(1500);
    expect(text).toContain('…');
  });

  test('subject in both languages', () => {
    expect(messageSubject('id')).toBe('Aku butuh bantuan (Kawan Aman)');
    expect(messageSubject('en')).toBe('I need help (Kawan Aman)');
  });
});

describe('buildEvidenceText', () => {
  const report = { ...details, note: 'Dia minta foto.', createdAt: WHEN + 60_000, status: 'Draf' };

  test('Indonesian, every field, no images, SAPA at the end', () => {
    expect(buildEvidenceText(report, 'id', TZ)).toBe(
      [
        'Laporan Kawan Aman',
        '==================',
        'Dibuat: 12 Mei 2026 pukul 14.04',
        'Status: Draf',
        '',
        'Apa yang terjadi: Diminta merahasiakan, Diminta foto atau video',
        'Situs: chat.example',
        'Judul halaman: Obrolan — Latihan',
        'Orang itu: Kak Rani',
        'Kapan terjadi: 12 Mei 2026 pukul 14.03',
        'Kata-kata yang ditandai: “jangan bilang ortu, pap dong”',
        'Cerita anak:',
        'Dia minta foto.',
        '',
        'Tidak ada gambar yang disimpan atau dilampirkan.',
        'Butuh bantuan? SAPA 129: telepon 129, WhatsApp 08111-129-129 (24 jam).',
        '',
      ].join('\n'),
    );
  });

  test('English, with a dash for what is empty', () => {
    const text = buildEvidenceText({ ...report, contact: '', note: '', status: 'Saved' }, 'en', TZ);
    expect(text).toContain('The person: —');
    expect(text).toContain("The child's words:\n—");
    expect(text).toContain('Need help? SAPA 129: call 129, WhatsApp 08111-129-129 (24 hours).');
  });
});

describe('formatting', () => {
  test('no date for a missing time', () => {
    expect(formatWhen(0, 'id')).toBe('');
    expect(formatWhen(Number.NaN, 'en')).toBe('');
  });

  test('category names in both languages', () => {
    expect(categoryNames(['sextortion'], 'id')).toBe('Diancam');
    expect(categoryNames(['sextortion', 'gifts'], 'en')).toBe('Threatened, Offered gifts');
  });
});
