import { describe, expect, test } from 'vitest';
import {
  parseContact,
  parsePhrase,
  parseRetentionDays,
  parseSite,
  validateLocalService,
  validateTrustedAdult,
} from './forms';

const adult = (over: Partial<Record<'name' | 'role' | 'whatsapp' | 'phone' | 'email', string>>) => ({
  name: 'Ibu Sari',
  role: '',
  whatsapp: '',
  phone: '',
  email: '',
  ...over,
});

describe('trusted adult', () => {
  test('a name and one way to reach them; empty fields are left out', () => {
    expect(validateTrustedAdult(adult({ whatsapp: ' 0812-3456-7890 ', role: 'Ibu' }))).toEqual({
      ok: true,
      value: { name: 'Ibu Sari', role: 'Ibu', whatsapp: '0812-3456-7890' },
    });
    expect(validateTrustedAdult(adult({ email: 'sari@example.org' })).ok).toBe(true);
    expect(validateTrustedAdult(adult({ phone: '+62 812 3456 7890' })).ok).toBe(true);
  });

  test.each([
    [adult({ name: '', whatsapp: '0812345678' }), { name: 'required' }],
    [adult({}), { whatsapp: 'contact-needed' }],
    [adult({ whatsapp: 'nomor saya' }), { whatsapp: 'phone' }],
    [adult({ phone: '12' }), { phone: 'phone' }],
    [adult({ email: 'sari@' }), { email: 'email' }],
    [adult({ name: 'x'.repeat(121), email: 'a@b.co' }), { name: 'too-long' }],
  ])('%j → %j', (input, errors) => {
    expect(validateTrustedAdult(input)).toEqual({ ok: false, errors });
  });
});

describe('local service', () => {
  test('empty means none; a name with a website is fine; a bad website is named', () => {
    expect(validateLocalService({ name: '', phone: '', whatsapp: '', url: '' })).toEqual({ ok: true, value: null });
    expect(
      validateLocalService({ name: 'UPTD PPA', phone: '', whatsapp: '', url: 'https://ppa.example.go.id' }),
    ).toEqual({
      ok: true,
      value: { name: 'UPTD PPA', url: 'https://ppa.example.go.id' },
    });
    expect(validateLocalService({ name: 'UPTD PPA', phone: '', whatsapp: '', url: 'ppa' })).toEqual({
      ok: false,
      errors: { url: 'url' },
    });
  });
});

describe('sites', () => {
  test.each([
    ['example.com', 'example.com'],
    ['  WWW.Example.COM ', 'example.com'],
    ['https://m.example.com/chat?x=1#y', 'm.example.com'],
    ['*.example.com', 'example.com'],
    ['example.com:8080/path', 'example.com'],
    ['example.co.id.', 'example.co.id'],
  ])('%j is %j', (input, host) => expect(parseSite(input)).toEqual({ ok: true, value: host }));

  test.each([
    ['', 'required'],
    ['situs jahat', 'site-spaces'],
    ['localhost', 'site-no-dot'],
    ['bad_site!.com', 'site-invalid'],
    ['-x.com', 'site-invalid'],
  ])('%j → %s', (input, code) => expect(parseSite(input)).toEqual({ ok: false, errors: { site: code } }));

  test('duplicates are refused', () => {
    expect(parseSite('www.example.com', ['example.com'])).toEqual({ ok: false, errors: { site: 'duplicate' } });
  });
});

test('contacts, phrases and retention days', () => {
  expect(parseContact(' Tante Rina ')).toEqual({ ok: true, value: 'Tante Rina' });
  expect(parseContact('tante rina', ['Tante Rina'])).toEqual({ ok: false, errors: { contact: 'duplicate' } });
  expect(parsePhrase('  top   up  gratis ', [], 'gifts')).toEqual({ ok: true, value: 'top up gratis' });
  expect(parsePhrase('x', [], 'gifts')).toEqual({ ok: false, errors: { phrase: 'phrase-short' } });
  // What the detection engine cannot read is refused with the reason (issue #15).
  expect(parsePhrase('++', [], 'gifts')).toEqual({ ok: false, errors: { phrase: 'phrase-no-words' } });
  expect(parsePhrase('a '.repeat(30), [], 'gifts')).toEqual({ ok: false, errors: { phrase: 'phrase-too-many-words' } });
  expect(parsePhrase('ok ++ ok', [], 'gifts')).toEqual({ ok: true, value: 'ok ++ ok' });
  expect(parsePhrase('Top Up Gratis', [{ phrase: 'top up gratis', category: 'gifts' }], 'gifts')).toEqual({
    ok: false,
    errors: { phrase: 'duplicate' },
  });
  expect(parseRetentionDays('30')).toEqual({ ok: true, value: 30 });
  for (const bad of ['', '0', '366', '2.5', 'tiga']) expect(parseRetentionDays(bad).ok).toBe(false);
});
