// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createDetector } from '@/lib/detection';
import type { ModelOpinion } from '@/lib/detection/combine';
import type { FindingReport } from '@/lib/messages/types';
import type { ModelClient } from '../model-client';
import { createMonitor, type Monitor } from '../monitor';
import { stubIdle } from './helpers';

// The guard with the background's learned layer (issue #12): what it asks, and how the answers join the rules'.
const detector = createDetector();
let monitor: Monitor | null = null;
const CHAT = '<div class="chat"><h1>Kak Rani</h1><div role="log" class="messages"></div></div>';
const settle = (ms = 40) => new Promise((r) => setTimeout(r, ms));
const NOTHING: ModelOpinion = { found: [], damp: [] };

function start(url: string, html: string, answer: (kind: string, text: string) => ModelOpinion | null) {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  document.title = 'Practice';
  document.body.innerHTML = html;
  const reports: FindingReport[] = [];
  const asked: string[] = [];
  // Answers out of order (later questions first), as a busy service worker may: decisions must stay in order.
  let delay = 30;
  const ask = (kind: string, text: string) => {
    asked.push(`${kind}: ${text}`);
    delay = Math.max(0, delay - 10);
    return new Promise<ModelOpinion | null>((r) => setTimeout(() => r(answer(kind, text)), delay));
  };
  const model: ModelClient = {
    chat: (_, text) => ask('chat', text),
    page: (p) => ask('page', p.title),
  };
  monitor = createMonitor({
    detector,
    siteAdapters: [],
    alive: () => true,
    report: (r) => reports.push(r),
    model,
  });
  monitor.start();
  return { reports, asked };
}

beforeEach(stubIdle);
afterEach(() => {
  monitor?.stop();
  monitor = null;
});

test('a message no rule knows is reported from the model’s finding, and the conversation escalates in order', async () => {
  const { reports, asked } = start('https://chat.example/room/1', CHAT, (_, text) =>
    text.includes('mobil') ? { found: [{ category: 'meet_offline', severity: 'low' }], damp: [] } : NOTHING,
  );
  const log = document.querySelector('[role=log]')!;
  log.insertAdjacentHTML(
    'beforeend',
    '<div class="message in">aku parkir di depan tempat lesmu, masuk mobil abu2 ya</div>',
  );
  log.insertAdjacentHTML('beforeend', '<div class="message in">tapi jangan bilang ortu ya</div>');
  await settle(120);
  // (The page around the chat is asked about too, once, with its title.)
  expect(asked.filter((a) => !a.startsWith('page:'))).toEqual([
    'chat: aku parkir di depan tempat lesmu, masuk mobil abu2 ya',
    'chat: tapi jangan bilang ortu ya',
  ]);
  expect(reports[0]).toMatchObject({ risk: 'low', categories: ['meet_offline'], ruleIds: ['model:meet_offline'] });
  // A meeting and secrecy together in one conversation: high, the rules' secrecy with its words.
  expect(reports[1]).toMatchObject({ risk: 'high', matched: ['jangan bilang ortu'] });
  expect([...reports[1]!.categories].sort()).toEqual(['meet_offline', 'secrecy']);
  expect(reports[0]!.matched).toEqual([]);
});

test('a rule finding the model is sure is a look-alike is lowered; a sure sextortion threat stays high', async () => {
  const { reports } = start('https://chat.example/room/2', CHAT, (_, text) =>
    text.includes('makan') ? { found: [], damp: ['sexual_request'] } : { found: [], damp: ['sextortion'] },
  );
  const log = document.querySelector('[role=log]')!;
  log.insertAdjacentHTML('beforeend', '<div class="message in">kirim fotomu sekarang, lagi makan apa</div>');
  log.insertAdjacentHTML('beforeend', '<div class="message in">kirim lagi atau fotomu aku sebar ke grup kelas</div>');
  await settle(120);
  expect(reports.every((r) => r.categories[0] !== 'sexual_request' || r.risk === 'low')).toBe(true);
  expect(reports.at(-1)).toMatchObject({ risk: 'high', categories: expect.arrayContaining(['sextortion']) });
});

test('the child’s own messages are never handed to the model: they stay on the page, the rules judge them', async () => {
  const { reports, asked } = start('https://chat.example/room/3', CHAT, () => ({
    found: [{ category: 'secrecy', severity: 'medium' }],
    damp: [],
  }));
  document
    .querySelector('[role=log]')!
    .insertAdjacentHTML('beforeend', '<div><b>Kamu:</b> rumahku di jalan mawar no 5, wa aku 0812-5550-9876</div>');
  await settle(120);
  expect(asked.filter((a) => !a.startsWith('page:'))).toEqual([]);
  const chat = reports.filter((r) => r.kind !== 'page');
  expect(chat.map((r) => [r.kind, r.categories, r.matched])).toEqual([['typed', ['oversharing'], []]]);
  expect(chat.every((r) => r.ruleIds.every((id) => !id.startsWith('model:')))).toBe(true);
});
