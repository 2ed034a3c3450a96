import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildPack, createDetector, detectorFromPack, explainWords, isPack, PACK_FORMAT, pageText } from './index';

const detector = createDetector();
const chat = (text: string) => detector.scan({ text, kind: 'chat' });

describe('normalisation: what the matcher reads', () => {
  test.each([
    ['Jgn blg ORTU!', 'jangan bilang ortu'],
    ['pappp dong', 'pap dong'],
    ["don't tell ur mom", 'jangan bilang your ortu'],
    ['ja\u200bngan', 'jangan'],
    ['rahasiá', 'rahasia'],
    ['p4p', 'pap'],
    ['v c s', 'vcs'],
    ['P.A.P', 'pap'],
    ['ｐａｐ', 'pap'],
    ['pаp', 'pap'], // Cyrillic а
    ['𝗽𝗮𝗽', 'pap'], // mathematical bold
    ['kirim 📸', 'kirim foto'],
    ['fotomu', 'foto kamu'],
    ['dihapus', 'hapus'],
    ['kusebar', 'aku sebar'],
    ['siapa2', 'siapa'],
    ['0812-3456-7890', '{phone}'],
    ['+62 812 3456 7890', '{phone}'],
    ['08-12-2024', '{number}'],
    ['omahmu ngendi', 'rumah kamu di mana'],
  ])('%j reads as %j', (text, words) => {
    expect(explainWords(text).join(' ')).toBe(words);
  });
});

describe('scan', () => {
  test('a secrecy request in a chat is a low-risk secrecy finding with a span on the original words', () => {
    const text = 'tapi JGN blg ortu ya';
    const result = chat(text);
    expect(result).toMatchObject({ risk: 'low', categories: ['secrecy'], reason: 'single' });
    const f = result.findings[0]!;
    expect(text.slice(f.start, f.end)).toBe('JGN blg ortu');
  });

  test('spans survive zero-width characters, emoji and surrogate pairs before the match', () => {
    const text = '😀😀 hai \u200b\u200b kak, 𝗽𝗮𝗽 dong';
    const f = chat(text).findings.find((x) => x.category === 'sexual_request')!;
    expect(text.slice(f.start, f.end)).toBe('𝗽𝗮𝗽 dong');
  });

  test('a reminder to tell parents stays quiet (first-slice e2e)', () => {
    expect(chat('jangan lupa bilang ortu kalau pulang telat ya').risk).toBe('none');
  });

  test('the same chat words on an ordinary page are not a chat finding', () => {
    expect(detector.scan({ text: 'jangan bilang ortu', kind: 'page' }).risk).toBe('none');
  });

  test('sextortion and explicit requests are high on their own', () => {
    expect(chat('nanti fotomu kusebar').risk).toBe('high');
    expect(chat('vcs yuk').risk).toBe('high');
  });

  test('one compliment is nothing; a compliment with secrecy is a warning', () => {
    expect(chat('kamu cantik banget').risk).toBe('none');
    expect(chat('kamu cantik banget, jangan bilang siapa-siapa ya').risk).toBe('medium');
  });

  test('an offer of diamonds tied to a photo or a meeting is high', () => {
    expect(chat('aku kasih 500 diamond tapi pap dulu').risk).toBe('high');
    expect(chat('aku beliin robux asal kita ketemuan sabtu').risk).toBe('high');
  });

  test("the child's typing is checked for oversharing only", () => {
    expect(detector.scan({ text: 'nomor aku 0812 3456 7890', kind: 'typed' }).categories).toEqual(['oversharing']);
    expect(detector.scan({ text: 'jangan bilang ortu', kind: 'typed' }).risk).toBe('none');
  });

  test('site cue texts are read with kind "ui"', () => {
    expect(detector.scan({ text: 'Nomor ini tidak ada di kontak Anda', kind: 'ui' }).categories).toEqual([
      'unknown_contact',
    ]);
    expect(chat('Nomor ini tidak ada di kontak Anda').risk).toBe('none');
  });

  test('searches about VPNs, secret accounts and random video chat map to their categories', () => {
    const search = (text: string) => detector.scan({ text, kind: 'search' }).categories;
    expect(search('vpn gratis buka situs blokir')).toEqual(['vpn_bypass']);
    expect(search('how to make a secret instagram account my parents cant see')).toContain('hidden_account');
    expect(search('sites like omegle')).toEqual(['anonymous_chat']);
    expect(detector.scan({ text: 'bahaya omegle untuk anak', kind: 'search' })).toMatchObject({
      risk: 'low',
      reason: 'education',
    });
  });

  test('extra phrases from parents are matched, in the contexts of their category', () => {
    const d = createDetector({
      extraPhrases: [
        { category: 'gifts', phrase: 'mau dikasih skin' },
        { category: 'vpn_bypass', phrase: 'warp gratisan' },
        { category: 'sextortion', phrase: 'ku share ke grup' },
      ],
    });
    expect(d.scan({ text: 'kamu mau dikasih skin gratis?', kind: 'chat' }).categories).toEqual(['gifts']);
    expect(d.scan({ text: 'download warp gratisan', kind: 'search' }).categories).toEqual(['vpn_bypass']);
    expect(d.scan({ text: 'nanti ku share ke grup', kind: 'chat' }).risk).toBe('high');
  });
});

describe('conversations', () => {
  test('different signals accumulate into a higher risk', () => {
    const c = detector.conversation();
    expect(c.scan({ text: 'jangan bilang ortu ya', kind: 'chat' }).risk).toBe('low');
    const second = c.scan({ text: 'kita pindah ke wa aja', kind: 'chat' });
    expect(second).toMatchObject({ risk: 'medium', reason: 'combined' });
    expect(new Set(second.categories)).toEqual(new Set(['secrecy', 'move_private']));
    expect(c.categories).toEqual(new Set(['secrecy', 'move_private']));
  });

  test('flattery, secrecy and a photo request from the same sender is high', () => {
    const c = detector.conversation();
    c.scan({ text: 'kamu imut banget', kind: 'chat', sender: 'x' });
    c.scan({ text: 'jangan bilang siapa2 ya', kind: 'chat', sender: 'x' });
    expect(c.scan({ text: 'pap dong', kind: 'chat', sender: 'x' }).risk).toBe('high');
  });

  test('signals from different senders of a group chat do not add up', () => {
    const c = detector.conversation();
    c.scan({ text: 'jangan bilang ortu ya', kind: 'chat', sender: 'a' });
    expect(c.scan({ text: 'pindah ke wa yuk', kind: 'chat', sender: 'b' }).risk).toBe('low');
  });

  test("the child's own outgoing messages never count toward grooming", () => {
    const c = detector.conversation();
    expect(c.scan({ text: 'jangan bilang ortu', kind: 'chat', direction: 'outgoing' }).risk).toBe('none');
  });

  test('a stranger alone is low; a stranger plus grooming escalates', () => {
    const c = detector.conversation();
    expect(c.addSignal('unknown_contact').risk).toBe('low');
    expect(c.scan({ text: 'jangan bilang ortu ya', kind: 'chat' }).risk).toBe('medium');
  });

  test('a site cue and the child sharing a number toward a stranger is a warning', () => {
    const c = detector.conversation();
    expect(c.scan({ text: 'Not in your contacts', kind: 'ui' }).risk).toBe('low');
    expect(c.scan({ text: 'ini wa aku 0857 1234 5678', kind: 'chat', direction: 'outgoing' }).risk).toBe('medium');
  });
});

describe('pages', () => {
  const page = (title: string, text: string, headings: string[] = [], url = 'https://x.example/') =>
    detector.scanPage({ url, title, headings, text });

  test('a VPN download page that opens blocked sites is a topic', () => {
    expect(page('VPN Gratis - Buka Situs yang Diblokir', 'Download sekarang.').categories).toEqual(['vpn_bypass']);
  });

  test('an education, news or prevention context lowers a page to low at most', () => {
    const r = page('Panduan Orang Tua: Bahaya VPN Gratis', 'Anak memakai vpn gratis untuk buka situs diblokir.', [
      'Tips untuk orang tua',
    ]);
    expect(r).toMatchObject({ risk: 'low', reason: 'education' });
  });

  test('a passing mention in an article is not the page topic', () => {
    expect(page('Resep Nasi Goreng', 'Sambil menunggu, jangan pakai vpn gratis.').risk).toBe('none');
  });

  test('the address counts as prominent, and offsets point into pageText', () => {
    const input = { url: 'https://www.omegle.com/', title: 'Chat', headings: [], text: 'Talk now' };
    const r = detector.scanPage(input);
    expect(r.categories).toEqual(['anonymous_chat']);
    expect(pageText(input).slice(r.findings[0]!.start, r.findings[0]!.end)).toBe('omegle');
  });
});

describe('the compiled pack', () => {
  test('is plain JSON, versioned and hashed; a round trip scans the same', () => {
    const pack = buildPack([{ category: 'gifts', phrase: 'skin gratis' }]);
    expect(pack.format).toBe(PACK_FORMAT);
    expect(pack.hash).toMatch(/^[0-9a-f]{16}$/);
    const copy = JSON.parse(JSON.stringify(pack));
    expect(isPack(copy)).toBe(true);
    const text = 'mau skin gratis? jangan bilang ortu, pap dong';
    expect(detectorFromPack(copy).scan({ text, kind: 'chat' })).toEqual(
      createDetector({ extraPhrases: [{ category: 'gifts', phrase: 'skin gratis' }] }).scan({ text, kind: 'chat' }),
    );
  });

  test('compiling is deterministic, and a different phrase list changes the hash', () => {
    expect(buildPack().hash).toBe(buildPack().hash);
    expect(buildPack([{ category: 'gifts', phrase: 'skin gratis' }]).hash).not.toBe(buildPack().hash);
  });

  test('a stored value of another format is not a pack', () => {
    expect(isPack({ ...buildPack(), format: PACK_FORMAT + 1 })).toBe(false);
    expect(isPack(null)).toBe(false);
    expect(isPack('pack')).toBe(false);
  });
});

describe('bad input: no throw, sane output', () => {
  const kinds = ['chat', 'page', 'search', 'typed', 'ui'] as const;

  test.each([
    ['empty', ''],
    ['binary-looking', Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')],
    ['lone surrogates', '\ud800 pap \udc00 dong \ud83d'],
    ['RTL marks', '\u202epap\u202c \u200fdong\u200e'],
    ['100,000 repeats', 'a'.repeat(100_000)],
    ['repeated phrase', 'pap dong '.repeat(20_000)],
    ['HTML-looking', '<div class="x">jangan <b>bilang</b> ortu</div><script>alert(1)</script>'],
    ['only separators', ' .,;!?\n\t'.repeat(10_000)],
    ['digits', '0812'.repeat(50_000)],
  ])('%s', (_name, text) => {
    for (const kind of kinds) {
      const r = detector.scan({ text, kind });
      expect(['none', 'low', 'medium', 'high']).toContain(r.risk);
      expect(r.findings.length).toBeLessThanOrEqual(50);
      for (const f of r.findings) expect(0 <= f.start && f.start < f.end && f.end <= text.length).toBe(true);
    }
  });

  test('RTL marks and HTML tags do not hide a request', () => {
    expect(chat('\u202epap\u202c dong').categories).toEqual(['sexual_request']);
    expect(chat('<p class="msg">jangan bilang ortu</p>').categories).toEqual(['secrecy']);
  });

  test('50 MB of text scans without throwing', () => {
    const text = 'halo apa kabar, jangan bilang ortu ya. '.repeat(1_300_000);
    expect(text.length).toBeGreaterThan(50_000_000);
    const r = detector.scan({ text, kind: 'page' });
    expect(r.findings.length).toBeLessThanOrEqual(50);
  });

  test('any string: findings are well-formed spans that never split a surrogate pair', () => {
    const words = ['pap', 'dong', 'jangan', 'bilang', 'ortu', 'kamu', '📸', '\u200b', 'x', '0812', '3456', '  ', '.'];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ unit: 'binary' })), { maxLength: 30 }),
        (parts) => {
          const text = parts.join(' ');
          for (const f of chat(text).findings) {
            expect(f.start >= 0 && f.end <= text.length && f.start < f.end).toBe(true);
            const lo = text.charCodeAt(f.start);
            expect(lo >= 0xdc00 && lo <= 0xdfff).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
