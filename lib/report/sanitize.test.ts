import { describe, expect, test } from 'vitest';
import { cap, multiLine, oneLine } from './sanitize';

describe('oneLine', () => {
  test.each([
    ['  Kak   Rani  ', 'Kak Rani'],
    ['Kak\nRani', 'Kak Rani'],
    ['a\r\n\tb\u2028c', 'a b c'],
    ['evil\u202Egpj.exe', 'evilgpj.exe'],
    ['\u2066iso\u2069late', 'isolate'],
    ['zero\u200Bwidth\uFEFF', 'zerowidth'],
    ['bell\u0007 and \u009B csi', 'bell and csi'],
    ['👨\u200D👩\u200D👧 keluarga', '👨\u200D👩\u200D👧 keluarga'],
  ])('%j → %j', (raw, expected) => {
    expect(oneLine(raw)).toBe(expected);
  });

  test('caps with an ellipsis', () => {
    expect(oneLine('abcdefghij', 5)).toBe('abcd…');
  });
});

describe('multiLine', () => {
  test('keeps line breaks, at most one empty line in a row', () => {
    expect(multiLine('satu\r\ndua\n\n\n\n  tiga  \u0000')).toBe('satu\ndua\n\ntiga');
  });
});

describe('cap', () => {
  test('never splits an emoji in half', () => {
    const text = `ab😢cd`;
    expect(cap(text, 4)).toBe('ab…');
    expect(cap(text, 5)).toBe('ab😢…');
    expect(cap(text, 10)).toBe(text);
  });
});
