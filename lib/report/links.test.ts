import { describe, expect, test } from 'vitest';
import { mailtoHref, safeWebUrl, smsHref, telHref, whatsappHref } from './links';

describe('deep links', () => {
  test('WhatsApp uses wa.me with the international number and the text encoded', () => {
    const href = whatsappHref('08111-129-129', 'Halo SAPA 129\nKata-kata: “pap dong” & #1?+');
    expect(href).toBe(
      'https://wa.me/628111129129?text=Halo%20SAPA%20129%0AKata-kata%3A%20%E2%80%9Cpap%20dong%E2%80%9D%20%26%20%231%3F%2B',
    );
    expect(new URL(href!).searchParams.get('text')).toBe('Halo SAPA 129\nKata-kata: “pap dong” & #1?+');
  });

  test('emoji and Indonesian text survive a round trip', () => {
    const text = 'Aku takut 😢 — “jangan bilang ortu”';
    expect(new URL(whatsappHref('+6281234567890', text)!).searchParams.get('text')).toBe(text);
  });

  test('a plain chat link when there is no text', () => {
    expect(whatsappHref('08111-129-129')).toBe('https://wa.me/628111129129');
  });

  test('no WhatsApp link for a short code or junk', () => {
    expect(whatsappHref('129', 'x')).toBeNull();
    expect(whatsappHref('javascript:alert(1)', 'x')).toBeNull();
  });

  test('SMS and phone links', () => {
    expect(smsHref('0812 3456 7890', 'a b&c')).toBe('sms:+6281234567890?body=a%20b%26c');
    expect(telHref('0812-3456-7890')).toBe('tel:+6281234567890');
    expect(telHref('129')).toBe('tel:129');
    expect(telHref('1500-771')).toBe('tel:1500771');
    expect(telHref('call me')).toBeNull();
  });

  test('mailto encodes subject and body, and refuses header injection', () => {
    expect(mailtoHref('ibu.sari@example.com', 'Aku butuh bantuan', 'Baris 1\nBaris 2 & 3')).toBe(
      'mailto:ibu.sari@example.com?subject=Aku%20butuh%20bantuan&body=Baris%201%0ABaris%202%20%26%203',
    );
    expect(mailtoHref('x@example.com?bcc=y@example.com', 's', 'b')).toBeNull();
  });
});

describe('safeWebUrl', () => {
  test.each([
    ['https://uptdppa.example.go.id/lapor', 'https://uptdppa.example.go.id/lapor'],
    ['uptdppa.example.go.id', 'https://uptdppa.example.go.id/'],
    ['http://dp3akb.example.id', 'http://dp3akb.example.id/'],
  ])('%j → %s', (raw, expected) => {
    expect(safeWebUrl(raw)).toBe(expected);
  });

  test.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'chrome://settings',
    'https://user:pass@example.com',
    'not a url',
    'localhost',
    '',
  ])('%j is not a web link', (raw) => {
    expect(safeWebUrl(raw)).toBeNull();
  });
});
