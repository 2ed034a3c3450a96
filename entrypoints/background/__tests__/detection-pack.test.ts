import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as detection from '@/lib/detection';
import { detectorFromPack, isPack, shippedPack, type DetectionPack } from '@/lib/detection';
import { DETECTION_PACK_KEY } from '@/lib/detection/pack';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { syncDetectionPack } from '../detection-pack';
import { registerDetectionHandlers } from '../handlers/detection';

async function stored(): Promise<DetectionPack> {
  const value: unknown = (await fakeBrowser.storage.local.get(DETECTION_PACK_KEY))[DETECTION_PACK_KEY];
  if (!isPack(value)) throw new Error('no pack stored');
  return value;
}

describe('syncDetectionPack', () => {
  test('compiles and stores a pack the page can load, and does not rewrite a current one', async () => {
    await syncDetectionPack();
    const pack = await stored();
    expect(pack.source).toMatch(/^[0-9a-f]{16}$/);
    expect(detectorFromPack(pack).scan({ text: 'jangan bilang ortu ya', kind: 'chat' }).categories).toEqual([
      'secrecy',
    ]);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await syncDetectionPack();
    expect(set).not.toHaveBeenCalled();
  });

  test("includes the parent's extra phrases, and recompiles when they change", async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, extraPhrases: [{ category: 'gifts', phrase: 'mau dikasih skin' }] },
    });
    await syncDetectionPack();
    const first = await stored();
    expect(detectorFromPack(first).scan({ text: 'kamu mau dikasih skin?', kind: 'chat' }).categories).toEqual([
      'gifts',
    ]);
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, extraPhrases: [{ category: 'gifts', phrase: 'voucher gratisan' }] },
    });
    await syncDetectionPack();
    expect((await stored()).source).not.toBe(first.source);
  });

  test("the school's extra phrases (managed policy) are compiled in", async () => {
    await fakeBrowser.storage.managed.set({ extraPhrases: [{ category: 'move_private', phrase: 'pindah ke michat' }] });
    await syncDetectionPack();
    const r = detectorFromPack(await stored()).scan({ text: 'yuk pindah ke michat', kind: 'chat' });
    expect(r.categories).toEqual(['move_private']);
  });

  test('the built-in rules come from the pack the build ships, compiled nowhere at run time (issue #15)', async () => {
    const shipped = shippedPack();
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(Response.json(shipped));
    const compile = vi.spyOn(detection, 'buildPack');
    await syncDetectionPack();
    expect(fetch).toHaveBeenCalledWith(expect.stringMatching(/\/detection-pack\.json$/));
    expect(compile).not.toHaveBeenCalled();
    expect(await stored()).toEqual(shipped);
  });

  test('a shipped pack from other rules (a stale build) is not trusted: the background compiles', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(Response.json({ ...shippedPack(), source: '0123456789abcdef' }));
    const compile = vi.spyOn(detection, 'buildPack');
    await syncDetectionPack();
    expect(compile).toHaveBeenCalledTimes(1);
    expect((await stored()).source).toBe(detection.packSource([]));
  });

  test("a school's odd phrases are skipped; the built-in rules and its good phrase both work (issue #15)", async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(Response.json(shippedPack()));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.managed.set({
      extraPhrases: [
        { category: 'secrecy', phrase: '++' },
        { category: 'gifts', phrase: '✨✨' },
        { category: 'gifts', phrase: 'ok ++ ok' },
        { category: 'gifts', phrase: 'koin emas gratis' },
      ],
    });
    await syncDetectionPack();
    const pack = await stored();
    const detector = detectorFromPack(pack);
    expect(detector.scan({ text: 'mau koin emas gratis?', kind: 'chat' }).categories).toEqual(['gifts']);
    expect(detector.scan({ text: 'jangan bilang ortu ya', kind: 'chat' }).categories).toEqual(['secrecy']);
    expect(pack.rules.id).toContain('extra-phrase-3');
  });

  test('a page may ask for the pack; other senders are refused', async () => {
    registerDetectionHandlers();
    const message = { id: 1, type: 'ensureDetectionPack', data: undefined, timestamp: Date.now() };
    const page = { id: fakeBrowser.runtime.id, url: 'https://chat.example/', tab: { id: 3 } as never, frameId: 0 };
    // The messaging library answers through sendResponse.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
    const ask = (msg: object, sender: object) => new Promise((resolve) => void trigger(msg, sender, resolve));
    expect(await ask(message, page)).toEqual({ res: true });
    expect(isPack((await fakeBrowser.storage.local.get(DETECTION_PACK_KEY))[DETECTION_PACK_KEY])).toBe(true);
    const stranger = { id: 'another-extension', url: 'https://x.example/', tab: { id: 3 } };
    expect(await ask(message, stranger)).toEqual({ res: false });
    expect(await ask({ ...message, data: { compile: 'everything' } }, page)).toEqual({ res: false });
  });
});
