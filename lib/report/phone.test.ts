import { describe, expect, test } from 'vitest';
import { dialable, isEmail, toInternational, toShortCode } from './phone';

describe('toInternational', () => {
  test.each([
    ['08111-129-129', '628111129129'],
    ['0812 3456 7890', '6281234567890'],
    ['0812.3456.7890', '6281234567890'],
    ['+62 812-3456-7890', '6281234567890'],
    ['62 812 3456 7890', '6281234567890'],
    ['006281234567890', '6281234567890'],
    ['+62 0812 3456 7890', '6281234567890'],
    ['812 3456 7890', '6281234567890'],
    ['(0331) 123456', '62331123456'],
    ['\u00A00812-3456-7890 ', '6281234567890'],
    ['+44 20 7946 0958', '442079460958'],
  ])('%j → %s', (raw, expected) => {
    expect(toInternational(raw)).toBe(expected);
  });

  test.each(['129', '1500-771', '', 'abc', '0812abc', '+62', '0812', '+1234567890123456', '08-12;drop', 'tel:0812'])(
    '%j is not a full phone number',
    (raw) => {
      expect(toInternational(raw)).toBeNull();
    },
  );
});

describe('short codes and dialling', () => {
  test.each([
    ['129', '129'],
    ['1500-771', '1500771'],
    ['110', '110'],
  ])('%j is the short code %s', (raw, expected) => {
    expect(toShortCode(raw)).toBe(expected);
    expect(dialable(raw)).toBe(expected);
  });

  test.each(['12', '012', '12345678', 'SAPA'])('%j is not a short code', (raw) => {
    expect(toShortCode(raw)).toBeNull();
  });

  test('a full number is dialled with +', () => {
    expect(dialable('0812-3456-7890')).toBe('+6281234567890');
  });
});

describe('isEmail', () => {
  test.each(['ibu.sari@example.com', ' guru.bk@sekolah.sch.id ', 'a+b@mail.example.org'])('%j is an email', (raw) => {
    expect(isEmail(raw)).toBe(true);
  });

  test.each([
    'not an email',
    'a@b',
    'x@example.com?bcc=evil@example.com',
    'x@example.com&body=hi',
    'x@example.com\nBcc: y@example.com',
    'javascript:alert(1)@x.com',
    '<a@b.com>',
  ])('%j is refused', (raw) => {
    expect(isEmail(raw)).toBe(false);
  });
});
