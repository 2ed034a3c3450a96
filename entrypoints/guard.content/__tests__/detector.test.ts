import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildPack, PACK_FORMAT } from '@/lib/detection';
import { DETECTION_PACK_KEY } from '@/lib/detection/pack';
import { send } from '../send';
import { loadDetector } from '../detector';

vi.mock('../send', () => ({ send: vi.fn() }));

const pack = buildPack();
const secret = { text: 'jangan bilang ortu ya', kind: 'chat' } as const;

describe('loadDetector (the per-page script)', () => {
  beforeEach(() => vi.mocked(send).mockReset());

  test('loads the stored pack without asking the background', async () => {
    await fakeBrowser.storage.local.set({ [DETECTION_PACK_KEY]: pack });
    const detector = await loadDetector();
    expect(detector!.scan(secret).categories).toEqual(['secrecy']);
    expect(send).not.toHaveBeenCalled();
  });

  test('asks the background once when the pack is missing, then reads it', async () => {
    vi.mocked(send).mockImplementation(async () => {
      await fakeBrowser.storage.local.set({ [DETECTION_PACK_KEY]: pack });
      return true;
    });
    const detector = await loadDetector();
    expect(send).toHaveBeenCalledTimes(1);
    expect(detector!.scan(secret).risk).toBe('low');
  });

  test('a pack of another format counts as missing', async () => {
    await fakeBrowser.storage.local.set({ [DETECTION_PACK_KEY]: { ...pack, format: PACK_FORMAT + 1 } });
    vi.mocked(send).mockResolvedValue(false);
    expect(await loadDetector()).toBeNull();
    expect(send).toHaveBeenCalledTimes(1);
  });

  test('without a background answer the page is left alone', async () => {
    vi.mocked(send).mockResolvedValue(undefined as unknown as boolean);
    expect(await loadDetector()).toBeNull();
  });
});
