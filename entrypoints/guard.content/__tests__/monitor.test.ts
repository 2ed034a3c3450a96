// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createDetector, type Detector } from '@/lib/detection';
import type { FindingReport } from '@/lib/messages/types';
import roblox from '@/lib/sites/adapters/roblox';
import type { Adapter } from '@/lib/sites/adapters/types';
import whatsapp from '@/lib/sites/adapters/whatsapp';
import { ownElements } from '@/lib/sites/own-elements';
import { createMonitor, type Monitor } from '../monitor';
import { PAGE_TEXT_CAP } from '../page';
import { recordingDetector, stubIdle } from './helpers';

const detector = createDetector();
let monitor: Monitor | null = null;

function start(
  url: string,
  html: string,
  options: {
    detector?: Detector;
    siteAdapters?: Adapter[];
    alive?: () => boolean;
    keepSnippets?: boolean;
  } = {},
) {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  document.title = 'Practice';
  document.body.innerHTML = html;
  const reports: FindingReport[] = [];
  monitor = createMonitor({
    detector: options.detector ?? detector,
    siteAdapters: options.siteAdapters ?? [],
    alive: options.alive ?? (() => true),
    keepSnippets: options.keepSnippets,
    report: (r) => reports.push(r),
  });
  monitor.start();
  return reports;
}

/** Lets mutation records, idle slices and timers run. */
// Generous: other work on a shared machine can delay an idle slice.
const settle = (ms = 100) => new Promise((r) => setTimeout(r, ms));

function add(parent: Element | null, html: string) {
  parent!.insertAdjacentHTML('beforeend', html);
}

beforeEach(stubIdle);
afterEach(() => {
  monitor?.stop();
  monitor = null;
  vi.useRealTimers();
});

describe('chats on the generic adapter', () => {
  const CHAT = '<div class="chat"><h1>Kak Rani</h1><div role="log" class="messages"></div></div>';

  test('an incoming risky message is reported with its conversation, words and sender', async () => {
    const reports = start('https://chat.example/room/1', CHAT);
    add(document.querySelector('[role=log]'), '<div class="message in">hai dek</div>');
    add(document.querySelector('[role=log]'), '<div class="message in">tapi jangan bilang ortu ya</div>');
    // The first test of the file also warms the engine up: wait for the report rather than a fixed time.
    await vi.waitFor(() => expect(reports).toHaveLength(1));
    expect(reports).toEqual([
      expect.objectContaining({
        kind: 'chat',
        risk: 'low',
        categories: ['secrecy'],
        matched: ['jangan bilang ortu'],
        contact: 'Kak Rani',
        site: 'generic',
        scope: 'chat.example/generic//room/1|Kak Rani',
      }),
    ]);
  });

  test('a player name in its own box is not glued to the first word of the message', async () => {
    // A game lobby's row: the name is an inline-block label, a box of its own; the message is the next box.
    const reports = start('https://game.example/lobby', CHAT);
    add(
      document.querySelector('[role=log]'),
      '<div class="message in"><span style="display:inline-block">Raka</span><span>jgn blg ortu ya dek</span></div>',
    );
    await settle();
    expect(reports.map((r) => [r.categories, r.matched])).toEqual([[['secrecy'], ['jgn blg ortu']]]);
  });

  test('letters in separate inline spans read as the word a person sees', async () => {
    const reports = start('https://game.example/lobby', CHAT);
    const spelled = [...'jangan bilang ortu'].map((c) => `<span>${c}</span>`).join('');
    add(document.querySelector('[role=log]'), `<div>${spelled}</div>`);
    await settle();
    expect(reports.map((r) => r.matched)).toEqual([['jangan bilang ortu']]);
  });

  test('the child’s own messages never count toward grooming', async () => {
    // A room that shows everyone on one side names the child's own lines ("Kamu:"); elsewhere layout tells (e2e).
    const reports = start('https://chat.example/', CHAT);
    add(document.querySelector('[role=log]'), '<div><b>Kamu:</b> jangan bilang ortu ya</div>');
    await settle();
    expect(reports).toEqual([]);
  });

  test('an edited message is read again; an unchanged one is not', async () => {
    const reports = start('https://chat.example/', CHAT);
    add(document.querySelector('[role=log]'), '<div class="message in"><span>halo</span></div>');
    await settle();
    document.querySelector('.message span')!.textContent = "don't tell your parents";
    await settle();
    expect(reports.map((r) => r.categories)).toEqual([['secrecy']]);
  });

  test('a random-chat site’s own status line marks the stranger', async () => {
    const reports = start(
      'https://random.example/',
      '<div class="logbox"><div class="logitem"><p class="statuslog">You\'re now chatting with a random stranger.</p></div></div><textarea></textarea>',
    );
    add(
      document.querySelector('.logbox'),
      '<div class="logitem"><p><strong class="msgsource">Stranger:</strong> hi</p></div>',
    );
    add(
      document.querySelector('.logbox'),
      '<div class="logitem"><p><strong class="msgsource">Stranger:</strong> asl?</p></div>',
    );
    await settle();
    expect(reports.map((r) => r.categories)).toContainEqual(['unknown_contact']);
  });
});

describe('a stranger named by the page, in a chat found by shape', () => {
  const CHAT = '<div class="x"><h2>Dimas</h2><div role="log"></div><textarea></textarea></div>';

  test('a nameless line from the other side that says so marks the conversation; a phone number in a line does not', async () => {
    const reports = start('https://obrolan.example/', CHAT);
    add(document.querySelector('[role=log]'), '<div>ini nomorku 0812 5550 9876 ya</div>');
    await settle();
    expect(reports.flatMap((r) => r.categories)).not.toContain('unknown_contact');
    add(document.querySelector('[role=log]'), '<div>Pesan dari orang yang tidak dikenal</div>');
    add(document.querySelector('[role=log]'), '<div>jangan bilang ortu ya</div>');
    await settle();
    expect(reports.at(-1)).toMatchObject({ risk: 'medium', categories: ['secrecy', 'unknown_contact'] });
  });

  test('the banner and buttons around the chat are read for it', async () => {
    const reports = start(
      'https://obrolan.example/',
      '<div><h2>+62 857-5550-2140</h2><div><button>Add contact</button><button>Report spam</button></div><div role="log"></div><textarea></textarea></div>',
    );
    add(document.querySelector('[role=log]'), '<div>halo</div>');
    await settle();
    expect(reports.map((r) => r.categories)).toEqual([['unknown_contact']]);
  });
});

describe('message snippets (docs/design.md#message-snippets)', () => {
  const CHAT =
    '<div class="chat"><h1>Kak Rani</h1><div role="log" class="messages"></div><form><textarea></textarea></form></div>';
  const LONG = `${'kemarin kita main bareng sampai sore, seru banget, '.repeat(4)}tapi jangan bilang ortu ya, ${'nanti aku kasih tau caranya biar gampang menang, '.repeat(4)}`;

  test('only when the parent keeps them: ≤ 200 characters around the match of the other side’s message', async () => {
    const kept = start('https://chat.example/', CHAT, { keepSnippets: true });
    add(document.querySelector('[role=log]'), `<div class="message in">${LONG}</div>`);
    await settle();
    const snippet = kept[0]!.snippet!;
    expect(snippet.length).toBeLessThanOrEqual(200);
    expect(snippet.length).toBeGreaterThan(150);
    expect(snippet).toContain('jangan bilang ortu');
    expect(LONG).toContain(snippet);
    monitor!.stop();

    const off = start('https://chat.example/', CHAT);
    add(document.querySelector('[role=log]'), `<div class="message in">${LONG}</div>`);
    await settle();
    expect(off).toHaveLength(1);
    expect(off[0]!.snippet).toBeUndefined();
  });

  test('never from the child’s own messages or typing', async () => {
    const reports = start('https://chat.example/', CHAT, { keepSnippets: true });
    add(document.querySelector('[role=log]'), '<div><b>Kamu:</b> nomorku 0812 5550 9876</div>');
    // The generic adapter knows the compose box once it has found the chat.
    await settle();
    const box = document.querySelector('textarea')!;
    box.value = 'ini nomorku 0812 5550 1111';
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await settle();
    // A sent message of the child's is reported as typing is: the category, never its words, never as the other side's.
    expect(reports.map((r) => [r.kind, r.categories])).toEqual([
      ['typed', ['oversharing']],
      ['typed', ['oversharing']],
    ]);
    for (const r of reports) expect([r.snippet, r.matched]).toEqual([undefined, []]);
  });

  test('from page text, around the page’s match', async () => {
    const reports = start(
      'https://vpn.example/',
      '<h1>VPN gratis tanpa batas</h1><p>Buka situs yang diblokir dengan satu klik.</p>',
      { keepSnippets: true },
    );
    await settle();
    expect(reports).toEqual([
      expect.objectContaining({ kind: 'page', snippet: expect.stringContaining('VPN gratis') }),
    ]);
  });
});

describe('site adapters', () => {
  const dialog = (id: string, title: string, extra = '') =>
    `<div class="dialog-container" data-dialog-id="${id}"><div class="dialog-header"><span class="dialog-header-title">${title}</span>${extra}</div><ul class="dialog-messages"></ul></div>`;
  const say = (id: string, text: string, dir = 'inbound') =>
    add(
      document.querySelector(`[data-dialog-id="${id}"] ul`),
      `<li class="dialog-message-container message-${dir}"><div class="dialog-message-content">${text}</div></li>`,
    );

  test('risk accumulates per conversation: two Roblox chat windows are kept apart', async () => {
    const reports = start(
      'https://www.roblox.com/home',
      dialog('1', 'dimas') + dialog('2', 'sinta', '<button>Add Friend</button>'),
      {
        siteAdapters: [roblox],
      },
    );
    say('1', 'jangan bilang ortu ya');
    say('2', 'hai, mau main bareng?');
    await settle();
    const byScope = Object.fromEntries(reports.map((r) => [r.scope, r.categories]));
    expect(byScope).toEqual({
      'www.roblox.com/roblox/1': ['secrecy'],
      'www.roblox.com/roblox/2': ['unknown_contact'],
    });
  });

  test('a stranger plus grooming escalates in the same conversation', async () => {
    const reports = start('https://www.roblox.com/home', dialog('2', 'sinta', '<button>Tambah Teman</button>'), {
      siteAdapters: [roblox],
    });
    await settle();
    say('2', 'jangan bilang ortu ya');
    await settle();
    expect(reports.map((r) => [r.risk, r.categories])).toEqual([
      ['low', ['unknown_contact']],
      ['medium', ['secrecy', 'unknown_contact']],
    ]);
  });

  const WA = (title: string, banner = '') =>
    `<div id="main"><header><span dir="auto" title="${title}">${title}</span></header><div role="application">${banner}</div><footer><div contenteditable="true" id="box"></div></footer></div>`;

  test('a raw phone number as the chat title is a stranger, named in the report for the background to check', async () => {
    const stranger = start('https://web.whatsapp.com/', WA('+62 812-5550-1234'), { siteAdapters: [whatsapp] });
    add(
      document.querySelector('[role=application]'),
      '<div role="row"><div class="message-in"><span class="selectable-text">halo</span></div></div>',
    );
    await settle();
    expect(stranger.map((r) => r.categories)).toEqual([['unknown_contact']]);
    // The parent's trusted list is the background's (withTrustedContacts, from this name): it never enters the page.
    expect(stranger[0]!.contact).toBe('+62 812-5550-1234');
  });

  test('typing a phone number: a nudge with categories only, stronger toward a stranger', async () => {
    const reports = start('https://web.whatsapp.com/', WA('+62 812-5550-1234'), { siteAdapters: [whatsapp] });
    await settle();
    const box = document.getElementById('box')!;
    box.textContent = 'nomorku 0812 5550 9876';
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await settle();
    const typed = reports.find((r) => r.kind === 'typed');
    expect(typed).toMatchObject({ risk: 'medium', categories: ['oversharing', 'unknown_contact'], matched: [] });
    expect(JSON.stringify(reports)).not.toContain('9876');
  });
});

describe('page text', () => {
  test('title, headings and visible text; never scripts, styles, hidden text, form fields or our prompt', async () => {
    const rec = recordingDetector();
    const host = document.createElement('kawan-aman-prompt');
    ownElements.add(host);
    start(
      'https://news.example/a',
      `<h1>Judul</h1><p>teks utama</p><script>var secret = 1</script><style>.x{}</style><p style="display:none">tersembunyi</p>
       <div style="visibility:hidden">tak terlihat</div><div style="opacity:0">bening</div><div aria-hidden="true">hiasan terlihat</div>
       <textarea>ketikan</textarea><p>akhir</p>`,
      { detector: rec.detector },
    );
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>kata-kata prompt</p>';
    document.documentElement.append(host);
    await settle();
    const text = rec.pages.join('\n');
    // aria-hidden text is on screen: a person reads it, so the guard does too.
    for (const seen of ['Judul', 'teks utama', 'akhir', 'hiasan terlihat']) expect(text).toContain(seen);
    for (const hidden of ['secret', '.x{}', 'tersembunyi', 'tak terlihat', 'bening', 'ketikan', 'kata-kata prompt'])
      expect(text).not.toContain(hidden);
  });

  test('a fake prompt element cannot hide text from the guard', async () => {
    const rec = recordingDetector();
    start('https://evil.example/', '<kawan-aman-prompt>teks di elemen palsu</kawan-aman-prompt>', {
      detector: rec.detector,
    });
    await settle();
    expect(rec.pages.join('\n')).toContain('teks di elemen palsu');
  });

  // happy-dom's own selector engine overflows past ~1,000 levels, and its computed style costs the depth at every
  // level (the square of it here); the e2e hostile page goes 2,000 deep in Chromium.
  test('open shadow roots are read; deep nesting does not overflow the walk', async () => {
    const rec = recordingDetector();
    start('https://deep.example/', '<div id="host"></div><div id="deep"></div>', { detector: rec.detector });
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>di dalam shadow</p>';
    let node = document.getElementById('deep')!;
    for (let i = 0; i < 400; i++) node = node.appendChild(document.createElement('div'));
    node.textContent = 'paling dalam';
    await vi.waitFor(() => {
      expect(rec.pages.join('\n')).toContain('di dalam shadow');
      expect(rec.pages.join('\n')).toContain('paling dalam');
    }, 8000);
  });

  test('a huge page costs no more than the page-text cap', async () => {
    const rec = recordingDetector();
    const para = `<p>${'kata '.repeat(400)}</p>`;
    start('https://big.example/', para.repeat(200), { detector: rec.detector });
    await vi.waitFor(() => expect(rec.pages.length).toBeGreaterThan(2));
    await settle(300);
    const scanned = rec.pages.reduce((n, p) => n + p.length, 0);
    expect(scanned).toBeGreaterThan(PAGE_TEXT_CAP / 2);
    expect(scanned).toBeLessThan(PAGE_TEXT_CAP + 10_000);
  });

  test('a single-page app route is a new page', async () => {
    const rec = recordingDetector();
    start('https://spa.example/one', '<main><p>halaman satu</p></main>', { detector: rec.detector });
    await settle();
    history.pushState(null, '', '/two');
    document.querySelector('main')!.innerHTML = '<p>halaman dua</p>';
    await settle();
    expect(rec.pages.at(-1)).toContain('halaman dua');
  });
});

describe('lifecycle and back-off', () => {
  test('after 32 fruitless batches and 10 seconds a page that never matches costs nothing, until a chat appears', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const rec = recordingDetector();
    start('https://ticker.example/', '<p id="t">0</p>', { detector: rec.detector });
    for (let i = 1; i <= 40; i++) {
      document.getElementById('t')!.textContent = `harga ${i}`;
      await vi.advanceTimersByTimeAsync(400);
    }
    add(document.body, '<p>teks baru setelah mundur</p>');
    await vi.advanceTimersByTimeAsync(5000);
    expect(rec.pages.join('\n')).not.toContain('teks baru setelah mundur');

    // A chat-shaped element wakes the guard up (it looks every 2 seconds).
    add(document.body, '<div role="log"><div class="m">halo semua</div></div>');
    await vi.advanceTimersByTimeAsync(2500);
    add(document.querySelector('[role=log]'), '<div class="m">ada yang online?</div>');
    await vi.advanceTimersByTimeAsync(100);
    expect(rec.messages).toContain('ada yang online?');
  });

  test('an orphaned script (the extension was updated or removed) stops', async () => {
    let alive = true;
    const rec = recordingDetector();
    start('https://chat.example/', '<div role="log"></div>', { detector: rec.detector, alive: () => alive });
    add(document.querySelector('[role=log]'), '<div>satu</div>');
    await settle();
    alive = false;
    add(document.querySelector('[role=log]'), '<div>dua</div>');
    await settle();
    add(document.querySelector('[role=log]'), '<div>tiga</div>');
    await settle();
    expect(rec.messages).toEqual(['satu']);
  });

  test('start and stop are idempotent', async () => {
    const rec = recordingDetector();
    start('https://chat.example/', '<div role="log"></div>', { detector: rec.detector });
    monitor!.start();
    add(document.querySelector('[role=log]'), '<div>sekali</div>');
    await settle();
    monitor!.stop();
    monitor!.stop();
    add(document.querySelector('[role=log]'), '<div>tidak lagi</div>');
    await settle();
    expect(rec.messages).toEqual(['sekali']);
  });
});
