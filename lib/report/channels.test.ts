import { describe, expect, test } from 'vitest';
import { adultOptions, sapaOptions } from './channels';
import { DIRECTORY, sapa } from './directory';
import { PLATFORM_IDS, platformForHost } from './platforms';
import { nextStatus, statusText } from './status';
import { directoryWords, platformWords } from '../../locales/report';

describe('adultOptions', () => {
  const message = 'Halo Ibu Sari\nAda yang aneh';

  test('every channel the adult has, WhatsApp first, with the message in each link', () => {
    const options = adultOptions(
      { name: 'Ibu Sari', role: 'Ibu', whatsapp: '0812-3456-7890', phone: '0813 1111 2222', email: 'sari@example.com' },
      message,
      'Aku butuh bantuan',
      'id',
    );
    expect(options.map((o) => [o.via, o.href, o.label, o.sentTo])).toEqual([
      [
        'whatsapp',
        `https://wa.me/6281234567890?text=${encodeURIComponent(message)}`,
        'Kirim ke Ibu Sari lewat WhatsApp',
        'Ibu Sari (WhatsApp)',
      ],
      [
        'sms',
        `sms:+6281311112222?body=${encodeURIComponent(message)}`,
        'Kirim ke Ibu Sari lewat SMS',
        'Ibu Sari (SMS)',
      ],
      ['tel', 'tel:+6281311112222', 'Telepon Ibu Sari', 'Ibu Sari (Telepon)'],
      [
        'email',
        `mailto:sari@example.com?subject=Aku%20butuh%20bantuan&body=${encodeURIComponent(message)}`,
        'Kirim ke Ibu Sari lewat Email',
        'Ibu Sari (Email)',
      ],
    ]);
  });

  test('English labels', () => {
    const [wa] = adultOptions({ name: 'Mum', whatsapp: '+62 812 3456 7890' }, 'hi', 's', 'en');
    expect(wa).toMatchObject({ label: 'Send to Mum by WhatsApp', sentTo: 'Mum (WhatsApp)' });
  });

  test('bad numbers and addresses are left out; no adult, no options', () => {
    expect(adultOptions({ name: 'Ayah', whatsapp: 'nomor ayah', email: 'ayah' }, 'x', 's', 'id')).toEqual([]);
    expect(adultOptions(null, 'x', 's', 'id')).toEqual([]);
    expect(adultOptions({ name: '  ', whatsapp: '0812-3456-7890' }, 'x', 's', 'id')).toEqual([]);
  });
});

describe('sapaOptions', () => {
  test('WhatsApp 08111-129-129 with the message, then a call to 129', () => {
    const options = sapaOptions('tolong', 'id');
    expect(options.map((o) => o.href)).toEqual(['https://wa.me/628111129129?text=tolong', 'tel:129']);
    expect(options.map((o) => o.sentTo)).toEqual(['SAPA 129 (WhatsApp)', 'SAPA 129 (Telepon)']);
    expect(sapaOptions('help', 'en')[1]!.label).toBe('Call SAPA 129');
  });
});

describe('status', () => {
  test.each([
    [{ status: 'draft' as const }, 'id', 'Draf'],
    [{ status: 'saved' as const }, 'en', 'Saved'],
    [{ status: 'sent' as const, sentTo: 'Ibu Sari (WhatsApp)' }, 'id', 'Terkirim ke Ibu Sari (WhatsApp)'],
    [{ status: 'sent' as const, sentTo: 'SAPA 129 (Phone)' }, 'en', 'Sent to SAPA 129 (Phone)'],
  ] as const)('%j in %s is %j', (row, lang, text) => {
    expect(statusText(row, lang)).toBe(text);
  });

  test.each([
    [undefined, 'edit', 'draft'],
    ['draft', 'save', 'saved'],
    ['saved', 'edit', 'saved'],
    ['draft', 'send', 'sent'],
    ['sent', 'save', 'sent'],
    ['sent', 'edit', 'sent'],
  ] as const)('%s + %s → %s', (current, action, expected) => {
    expect(nextStatus(current, action)).toBe(expected);
  });
});

describe('directory (docs/design.md#help-directory)', () => {
  test('the numbers and links are exactly the checked ones', () => {
    expect(sapa()).toEqual({ name: 'SAPA 129', tel: '129', whatsapp: '08111-129-129' });
    expect(
      DIRECTORY.flatMap((e) => e.channels.map((c) => (c.kind === 'web' ? c.url : `${c.kind}:${c.number}`))),
    ).toEqual([
      'tel:129',
      'whatsapp:08111-129-129',
      'tel:1500-771',
      'https://report.iwf.org.uk/id',
      'https://takeitdown.ncmec.org',
      'https://aduankonten.id',
      'https://patrolisiber.id',
    ]);
  });

  test('every entry has a real checked date and child words in both languages', () => {
    for (const entry of DIRECTORY) {
      expect(entry.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(entry.checked))).toBe(false);
      expect(directoryWords.id[entry.id].what.length).toBeGreaterThan(10);
      expect(directoryWords.en[entry.id].what.length).toBeGreaterThan(10);
    }
  });

  test('ids are unique and every link is https', () => {
    expect(new Set(DIRECTORY.map((e) => e.id)).size).toBe(DIRECTORY.length);
    for (const c of DIRECTORY.flatMap((e) => e.channels)) if (c.kind === 'web') expect(c.url).toMatch(/^https:\/\//);
  });
});

describe('platforms', () => {
  test.each([
    ['web.whatsapp.com', 'whatsapp'],
    ['web.telegram.org', 'telegram'],
    ['www.instagram.com', 'instagram'],
    ['www.messenger.com', 'messenger'],
    ['www.facebook.com', 'messenger'],
    ['discord.com', 'discord'],
    ['www.roblox.com', 'roblox'],
    ['www.tiktok.com', 'tiktok'],
    ['chat.test', 'other'],
    ['notwhatsapp.com', 'other'],
  ])('%s → %s', (host, id) => {
    expect(platformForHost(host)).toBe(id);
  });

  test('every platform has steps in both languages', () => {
    for (const id of PLATFORM_IDS) {
      expect(platformWords.id[id].steps.length).toBeGreaterThanOrEqual(3);
      expect(platformWords.en[id].steps.length).toBe(platformWords.id[id].steps.length);
    }
  });
});
