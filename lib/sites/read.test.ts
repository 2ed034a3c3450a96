// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { ownElements } from './own-elements';
import { isTime, runsOf, textOf } from './read';

// What needs layout (touching boxes, off-page positions, transparent ink) is checked in real Chromium:
// tests/e2e/hostile-reading.spec.ts. Here: what the computed style and the DOM alone decide.
const read = (html: string) => {
  document.body.innerHTML = `<div id="r">${html}</div>`;
  return textOf(document.getElementById('r'));
};

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('isTime: timestamps by their words, never by a class name', () => {
  test.each([
    '20.51',
    '9:14 PM',
    'Kemarin',
    'Hari ini pukul 20.51',
    'Today at 8:51 PM',
    '2 jam lalu',
    '5m',
    '12 Mei 2025',
    'Senin, 12.30',
    '[19.30]',
    '✓✓ 07.02',
  ])('%j is a time', (text) => expect(isTime(text)).toBe(true));

  test.each([
    '12',
    'ok',
    'ketemu jam 20.00',
    'jumpa sabtu jam 7',
    'kamu umur berapa?',
    'minta 5',
    'edited',
    'kopdar yuk 19.00',
  ])('%j is not', (text) => expect(isTime(text)).toBe(false));
});

describe('runsOf / textOf: what a person sees', () => {
  test('letters in inline spans are one word; words in spans keep their spaces', () => {
    expect(read([...'pap dong'].map((c) => `<span>${c}</span>`).join(''))).toBe('pap dong');
    expect(read('<span>jangan</span> <span>bilang</span> <b>ortu</b>')).toBe('jangan bilang ortu');
    expect(read('ja<b>ng</b>an')).toBe('jangan');
  });

  test('blocks are separate runs; a line break ends one', () => {
    document.body.innerHTML = '<div id="r"><div>Kak Dimas</div><div>hai dek</div>satu<br>dua</div>';
    expect(runsOf(document.getElementById('r')!)).toEqual(['Kak Dimas', 'hai dek', 'satu', 'dua']);
  });

  test('hidden noise is not read: display, visibility, opacity, a zero font', () => {
    expect(
      read(
        'jan<span style="display:none">xq</span>gan <span style="visibility:hidden">zz</span>bilang ' +
          'or<span style="opacity:0">kk</span>tu<span style="font-size:0">pp</span> ya',
      ),
    ).toBe('jangan bilang ortu ya');
  });

  test('black text is text; transparent ink is not', () => {
    expect(
      read('<span style="color:rgb(0, 0, 0)">hitam</span> <span style="color:rgba(0, 0, 0, 0)">bening</span>'),
    ).toBe('hitam');
  });

  test('a visible child of a hidden parent is read: it is on screen', () => {
    expect(read('<div style="visibility:hidden">rahasia <span style="visibility:visible">terlihat</span></div>')).toBe(
      'terlihat',
    );
  });

  test('right-to-left overrides are read in the order shown', () => {
    const backwards = [...'jangan bilang ortu'].reverse().join('');
    expect(read(`\u202e${backwards}\u202c ya`)).toBe('jangan bilang ortu ya');
    expect(read(`<span style="unicode-bidi:bidi-override;direction:rtl">${backwards}</span>`)).toBe(
      'jangan bilang ortu',
    );
  });

  test('flex order and reversed flex directions are read as shown', () => {
    expect(
      read(
        '<div style="display:flex"><span style="order:2">bilang </span><span style="order:1">jangan </span>' +
          '<span style="order:3">ortu</span></div>',
      ),
    ).toBe('jangan bilang ortu');
    expect(
      read('<div style="display:flex;flex-direction:row-reverse"><p>ortu</p><p>bilang</p><p>jangan</p></div>'),
    ).toBe('jangan bilang ortu');
  });

  test('zero-width characters are dropped before anything is counted', () => {
    expect(read(`${'\u200b'.repeat(2100)}jangan bilang ortu`)).toBe('jangan bilang ortu');
    expect(read('j\u200ba\u200dng\u2060an')).toBe('jangan');
  });

  test('a 20 MB text node costs a bounded read: its start, never its whole', () => {
    document.body.innerHTML = '<pre id="r"></pre>';
    const pre = document.getElementById('r')!;
    pre.textContent = `awal ${'x'.repeat(20_000_000)} akhir`;
    const text = textOf(pre);
    expect(text.startsWith('awal')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(2000);
    expect(text).not.toContain('akhir');
  });

  test('open shadow roots and their slots are read where they are shown', () => {
    document.body.innerHTML = '<div id="r"><span slot="who">Kak Dimas</span></div>';
    const host = document.getElementById('r')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<b><slot name="who"></slot>:</b> <span>hai dek</span>';
    expect(textOf(host)).toBe('Kak Dimas: hai dek');
  });

  test('our own prompt is skipped by identity; a page element of the same name is read', () => {
    document.body.innerHTML = '<div id="r"><kawan-aman-prompt>teks halaman</kawan-aman-prompt></div>';
    const root = document.getElementById('r')!;
    expect(textOf(root)).toBe('teks halaman');
    ownElements.add(root.firstElementChild!);
    expect(textOf(root)).toBe('');
  });

  test('scripts, styles and form fields are not text; emoji images are', () => {
    expect(read('<script>var x</script><style>.a{}</style><textarea>ketikan</textarea>hai <img alt="😉">')).toBe(
      'hai 😉',
    );
  });
});
