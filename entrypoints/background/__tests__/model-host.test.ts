import fs from 'node:fs';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askModel } from '@/lib/detection/model/decide';
import { parseModel } from '@/lib/detection/model/model';
import { modelTroubleItem } from '@/lib/settings/health';
import { send, senders } from '@/tests/unit/support/messages';

const BYTES = new Uint8Array(fs.readFileSync('public/detection-model.bin'));
const RISKY = 'aku udah parkir di depan tempat lesmu, langsung masuk aja ke mobil abu2, jangan bilang siapa2';

async function register(source: () => Promise<Uint8Array>) {
  vi.resetModules();
  const host = await import('../model-host');
  host.setModelSource(source);
  const { registerModelHandlers } = await import('../handlers/model');
  registerModelHandlers();
  return host;
}

beforeEach(() => fakeBrowser.reset());

describe('classifyText: the guard hands the background model a text', () => {
  test('a content script gets the model’s opinion: the one the CLI computes from the same bytes', async () => {
    await register(async () => BYTES);
    const request = { kind: 'chat', text: RISKY, earlier: ['hai dek, masih les?'] } as const;
    const opinion = await send('classifyText', request, senders.content());
    expect(opinion).toEqual(askModel(parseModel(BYTES), request));
    expect(opinion).toMatchObject({ found: expect.any(Array), damp: expect.any(Array) });
  });

  test('pages and searches too, within the schema’s bounds', async () => {
    await register(async () => BYTES);
    const page = { kind: 'page', title: 'Cara buka situs diblokir', headings: ['VPN gratis'], text: 'x'.repeat(3000) };
    expect(await send('classifyText', page, senders.content())).not.toBeNull();
    expect(await send('classifyText', { kind: 'search', text: 'vpn gratis' }, senders.content())).not.toBeNull();
  });

  test.each([
    ['a message over the bound', { kind: 'chat', text: 'a'.repeat(1001) }],
    ['too many earlier messages', { kind: 'chat', text: 'hai', earlier: ['a', 'b', 'c'] }],
    ['a page text over the bound', { kind: 'page', title: 't', headings: [], text: 'x'.repeat(3001) }],
    ['the child’s typing (never sent; refused)', { kind: 'typed', text: 'rumahku di jalan mawar' }],
    ['interface text', { kind: 'ui', text: 'Nomor ini tidak ada di kontak Anda' }],
    ['an extra field', { kind: 'search', text: 'vpn', keep: true }],
  ])('%s gets null', async (_, payload) => {
    await register(async () => BYTES);
    expect(await send('classifyText', payload, senders.content())).toBeNull();
  });

  test('only content scripts are answered', async () => {
    await register(async () => BYTES);
    expect(await send('classifyText', { kind: 'chat', text: RISKY }, senders.page())).toBeNull();
    expect(await send('classifyText', { kind: 'chat', text: RISKY }, senders.otherExtension())).toBeNull();
  });

  test('a tab that floods it gets null past its rate, and other tabs still get answers', async () => {
    await register(async () => BYTES);
    const { resetRateLimits } = await import('../rate-limit');
    resetRateLimits();
    const answers = await Promise.all(
      Array.from({ length: 130 }, () => send('classifyText', { kind: 'chat', text: 'hai' }, senders.content(7))),
    );
    expect(answers.filter((a) => a === null).length).toBeGreaterThanOrEqual(25);
    expect(await send('classifyText', { kind: 'chat', text: 'hai' }, senders.content(8))).not.toBeNull();
  });
});

describe('a missing, truncated or tampered model file', () => {
  const flipped = BYTES.slice();
  flipped[BYTES.length - 3] = flipped[BYTES.length - 3]! ^ 1;
  test.each([
    ['missing', () => Promise.reject(new TypeError('Failed to fetch')), 'missing'],
    ['truncated', async () => BYTES.slice(0, 5000), 'truncated'],
    ['tampered', async () => flipped, 'tampered'],
  ] as const)(
    '%s: null for the guard (rules alone), one note for the parent, nothing throws',
    async (_, source, problem) => {
      await register(source);
      expect(await send('classifyText', { kind: 'chat', text: RISKY }, senders.content())).toBeNull();
      const note = await modelTroubleItem.getValue();
      expect(note?.problem).toBe(problem);
      // Asked again (the worker stopped and started): the note stays the one note.
      const host = await register(source);
      await host.getModel();
      expect(await modelTroubleItem.getValue()).toEqual(note);
    },
  );

  test('a good file loads within a few tens of milliseconds and leaves no note', async () => {
    const host = await register(async () => BYTES);
    expect(await host.getModel()).not.toBeNull();
    expect(await modelTroubleItem.getValue()).toBeNull();
  });
});
