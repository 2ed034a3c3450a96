// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { createGenericAdapter } from '../generic';

// The shape finder without layout (happy-dom has none): what rows, words, times, names and a composer decide.
// Sides (left/right bubbles), off-page chats and frames need a real browser: tests/e2e/chat-shapes.spec.ts.
const rows = (n: number, row: (i: number) => string) => Array.from({ length: n }, (_, i) => row(i)).join('');

function find(html: string, list = '#list') {
  document.body.innerHTML = html;
  const adapter = createGenericAdapter();
  const el = document.querySelector(list)!;
  return { adapter, el, found: adapter.found!(el) };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('chats, whatever their class names', () => {
  test('a lobby: "Name: text" rows and a text box after them', () => {
    const { found, adapter, el } = find(
      `<div class="g4"><div id="list" class="x1n2onr6">${rows(
        4,
        (i) => `<div class="_ak8k"><b>pemain${i}</b>: main lagi yuk ${i}</div>`,
      )}</div><input type="text"></div>`,
    );
    expect(found?.rows).toHaveLength(4);
    expect(adapter.read(el.firstElementChild!)).toEqual({
      sender: 'pemain0',
      direction: 'incoming',
      text: 'main lagi yuk 0',
      notice: false,
    });
    expect(adapter.isCompose(document.querySelector('input')!)).toBe(true);
  });

  test('short rows with times and a composer, the time set apart from the text', () => {
    const { found, adapter, el } = find(
      `<div><header><h2>+62 857-5550-2140</h2></header><div id="list">${rows(
        3,
        (i) => `<div class="_amjv"><span>halo ${i}</span><span class="x"> 19.4${i}</span></div>`,
      )}</div><footer><div contenteditable="true"></div></footer></div>`,
    );
    expect(found).not.toBeNull();
    expect(adapter.read(el.lastElementChild!)?.text).toBe('halo 2');
    expect(adapter.chatOf(el.firstElementChild!)).toEqual({ id: '/|+62 857-5550-2140', title: '+62 857-5550-2140' });
  });

  test('a live log is a chat from its first line', () => {
    const { found } = find('<div id="list" role="log"><div>hai semua</div></div>');
    expect(found?.rows).toHaveLength(1);
  });

  test('a row without a name in a room whose rows have names is the site speaking (a notice)', () => {
    const { adapter, el } = find(
      `<div id="list"><p>You're now chatting with a random stranger.</p>${rows(
        3,
        () => '<p><b>Stranger:</b> hi</p>',
      )}</div><textarea></textarea>`,
    );
    expect(adapter.read(el.firstElementChild!)).toMatchObject({ notice: true, direction: 'incoming' });
    expect(adapter.read(el.lastElementChild!)).toMatchObject({ notice: false, sender: 'Stranger' });
  });

  test('"You:" and "Kamu:" are the child', () => {
    const { adapter, el } = find(`<div id="list">${rows(3, () => '<p><b>Kamu:</b> oke</p>')}</div><input>`);
    expect(adapter.read(el.firstElementChild!)?.direction).toBe('outgoing');
  });

  test('the UI around a found chat is handed over as cues: title, banners, buttons', () => {
    const { found } = find(
      `<section><h1>tomi_speedrun</h1><div><button>Add contact</button><button>Report spam</button></div>
       <div id="list">${rows(3, (i) => `<div><b>tomi</b>: pesan ${i}</div>`)}</div><textarea></textarea></section>`,
    );
    expect(found!.cues.map((c) => c.textContent)).toEqual(['tomi_speedrun', 'Add contact', 'Report spam']);
  });

  test('a list found inside a row first gives way to the real list when it has enough rows', () => {
    // The first row alone looks like a little chat (three short lines, a time, a composer near); once the real
    // list has three rows, it is the chat, and the row is one of its rows again.
    document.body.innerHTML = `<main><ol id="list"></ol><div role="textbox" contenteditable="true"></div></main>`;
    const adapter = createGenericAdapter();
    const list = document.getElementById('list')!;
    const row = (i: number) => `<li><p>hai ${i}</p><p>lagi apa</p><p>19.4${i}</p></li>`;
    list.innerHTML = row(0);
    expect(adapter.found!(list.firstElementChild!)).not.toBeNull();
    list.insertAdjacentHTML('beforeend', row(1) + row(2));
    expect(adapter.messages(list.lastElementChild!)).toHaveLength(3);
    expect(adapter.found!(list)?.rows).toHaveLength(3);
    expect(adapter.found!(list.firstElementChild!)).toBeNull();
  });
});

describe('pages that look like chats', () => {
  test.each([
    [
      'news comments (Balas / Suka in every row)',
      `<textarea></textarea><ul id="list">${rows(
        4,
        (i) =>
          `<li><b>Pembaca ${i}</b> <span>2 jam lalu</span><p>setuju sekali ${i}</p><span>Balas</span> <span>Suka (3)</span></li>`,
      )}</ul>`,
    ],
    [
      'a shop (prices)',
      `<input type="search"><div id="list">${rows(4, (i) => `<div><div>Pensil ${i}</div><div>Rp 4.500</div></div>`)}</div>`,
    ],
    [
      'search results (each row is a link)',
      `<input type="text"><div id="list">${rows(
        4,
        (i) => `<div><a href="#">Tips aman bermain game ${i}</a><div>contoh.test/${i}</div></div>`,
      )}</div>`,
    ],
    [
      'an article (long paragraphs)',
      `<article id="list">${rows(5, () => `<p>${'Musim hujan tiba dan anak-anak perlu jas hujan. '.repeat(6)}</p>`)}</article>`,
    ],
    [
      'a forum thread (Quote / Balas, a quick reply)',
      `<div id="list">${rows(
        4,
        (i) => `<div><b>member${i}</b><p>ijin nyimak gan ${i}</p><button>Quote</button><button>Balas</button></div>`,
      )}</div><textarea></textarea>`,
    ],
    [
      'a class board (titled posts with a comment box each)',
      `<input type="text"><div id="list">${rows(
        3,
        (i) =>
          `<div><div>Bu Wati · ${i + 5} Mei</div><h3>Tugas rangkuman bab ${i} dikumpulkan Jumat</h3><p>Kirim foto rangkumanmu.</p><input type="text"></div>`,
      )}</div>`,
    ],
    [
      'the words of one message (inline spans)',
      `<div id="list">${rows(5, (i) => `<span>kata${i} </span>`)}</div><input>`,
    ],
    [
      'a navigation menu',
      `<nav><ul id="list">${rows(5, (i) => `<li><a href="#">Menu ${i}</a></li>`)}</ul></nav><input>`,
    ],
  ])('%s is not a chat', (_name, html) => {
    expect(find(html).found).toBeNull();
  });
});
