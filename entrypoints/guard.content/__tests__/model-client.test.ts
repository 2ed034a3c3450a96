import { beforeEach, expect, test, vi } from 'vitest';
import { chatWindow } from '@/lib/detection/model/sample';

const sent: unknown[] = [];
let answer: () => Promise<unknown> = async () => ({ found: [], damp: [] });
vi.mock('../send', () => ({
  send: (type: string, data: unknown) => {
    sent.push({ type, data });
    return answer();
  },
}));

const { askModel, askPage, createChatModel, MODEL_WAIT_MS } = await import('../model-client');

beforeEach(() => {
  sent.length = 0;
  answer = async () => ({ found: [], damp: [] });
});

test('each conversation hands the model its last two incoming messages with the new one, as the CLI reads them', async () => {
  const ask = createChatModel();
  for (const t of ['hai', 'lagi apa', 'sendirian?', 'kirim foto dong']) await ask('a', t);
  await ask('b', 'pr nomor 3 apa');
  const data = sent.map((s) => (s as { data: { text: string; earlier: string[] } }).data);
  expect(data[3]).toEqual({ kind: 'chat', text: 'kirim foto dong', earlier: ['lagi apa', 'sendirian?'] });
  expect(data[4]).toEqual({ kind: 'chat', text: 'pr nomor 3 apa', earlier: [] });
  expect(chatWindow(data[3]!.earlier, data[3]!.text)).toBe('lagi apa\nsendirian?\nkirim foto dong');
});

test('what it sends stays within the background schema’s bounds', async () => {
  await createChatModel()('a', 'x'.repeat(5000));
  await askPage({ title: 't'.repeat(999), headings: Array(30).fill('h'.repeat(500)), text: 'p'.repeat(100_000) });
  const [chat, page] = sent.map((s) => (s as { data: Record<string, unknown> }).data);
  expect((chat!.text as string).length).toBe(1000);
  // (A search query's bound is the background's: searches.test.ts.)
  expect((page!.title as string).length).toBe(300);
  expect(page!.headings).toHaveLength(8);
  expect((page!.text as string).length).toBe(3000);
});

test('no model, a refusal or a late answer: null, and the rules decide alone', async () => {
  answer = async () => null;
  expect(await askModel({ kind: 'search', text: 'vpn' })).toBeNull();
  answer = () => Promise.reject(new Error('classifyText was not answered'));
  expect(await askModel({ kind: 'search', text: 'vpn' })).toBeNull();
  vi.useFakeTimers();
  answer = () => new Promise(() => undefined);
  const late = askModel({ kind: 'search', text: 'vpn' });
  vi.advanceTimersByTime(MODEL_WAIT_MS);
  expect(await late).toBeNull();
  vi.useRealTimers();
  answer = async () => ({ found: [{ category: 'vpn_bypass', severity: 'low' }], damp: [] });
  expect(await askModel({ kind: 'search', text: 'vpn' })).toEqual({
    found: [{ category: 'vpn_bypass', severity: 'low' }],
    damp: [],
  });
});
