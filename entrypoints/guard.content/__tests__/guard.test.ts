// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createDetector } from '@/lib/detection';
import { PAGE_CONFIG_KEY, type PageConfig } from '@/lib/settings/page-config';
import { chatFrame, startGuard } from '../guard';
import * as monitorModule from '../monitor';

// The detector comes from the background's compiled pack (detector.ts, tested on its own); here it is not the point.
vi.mock('../detector', () => ({ loadDetector: async () => createDetector() }));

const config = (over: Partial<PageConfig> = {}): PageConfig => ({
  enabled: true,
  language: 'id',
  pausedUntil: null,
  ...over,
});

const monitors: { start: ReturnType<typeof vi.fn>; stop: ReturnType<typeof vi.fn>; snippets?: boolean }[] = [];
let stopGuard: (() => void) | null = null;

beforeEach(() => {
  monitors.length = 0;
  vi.spyOn(monitorModule, 'createMonitor').mockImplementation((options) => {
    const m = { start: vi.fn(), stop: vi.fn(), snippets: options.keepSnippets };
    monitors.push(m);
    return m;
  });
});
afterEach(() => stopGuard?.());

const tick = () => new Promise((r) => setTimeout(r, 20));

test('starts a monitor with the page config, and restarts it when the parent changes the config', async () => {
  await fakeBrowser.storage.local.set({ [PAGE_CONFIG_KEY]: config({ keepSnippets: false }) });
  stopGuard = startGuard();
  await tick();
  expect(monitors).toHaveLength(1);
  expect(monitors[0]!.start).toHaveBeenCalled();
  expect(monitors[0]!.snippets).toBe(false);

  await fakeBrowser.storage.local.set({ [PAGE_CONFIG_KEY]: config({ keepSnippets: true }) });
  await tick();
  expect(monitors[0]!.stop).toHaveBeenCalled();
  expect(monitors[1]!.snippets).toBe(true);
});

test('does not watch while a parent paused guidance, and resumes when the pause ends', async () => {
  await fakeBrowser.storage.local.set({ [PAGE_CONFIG_KEY]: config({ pausedUntil: Date.now() + 150 }) });
  stopGuard = startGuard();
  await tick();
  expect(monitors).toHaveLength(0);
  await new Promise((r) => setTimeout(r, 300));
  expect(monitors).toHaveLength(1);
});

test('a page that fires WXT’s "newer script started" event cannot switch the guard off', async () => {
  await fakeBrowser.storage.local.set({ [PAGE_CONFIG_KEY]: config() });
  stopGuard = startGuard();
  await tick();
  // What a hostile page can do: WXT's own context believes it and invalidates itself...
  const ctx = new ContentScriptContext('guard');
  document.dispatchEvent(
    // The event name WXT uses: `<extension id>:<script name>:wxt:content-script-started` (its class keeps it private).
    new CustomEvent(`${fakeBrowser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`, {
      detail: { contentScriptName: 'guard', messageId: 'not-you' },
    }),
  );
  expect(ctx.isInvalid).toBe(true);
  // ...but the guard's lifetime is the extension's, not that context's.
  await tick();
  expect(monitors[0]!.stop).not.toHaveBeenCalled();
});

test('stops everything when the extension is gone', async () => {
  await fakeBrowser.storage.local.set({ [PAGE_CONFIG_KEY]: config() });
  stopGuard = startGuard();
  await tick();
  stopGuard();
  stopGuard = null;
  expect(monitors[0]!.stop).toHaveBeenCalled();
  await fakeBrowser.storage.local.set({ [PAGE_CONFIG_KEY]: config({ language: 'en' }) });
  await tick();
  expect(monitors).toHaveLength(1);
});

describe('a frame waits until it could hold a chat (chatFrame)', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  test('a frame with a text box, big enough, is ready at once', async () => {
    document.body.innerHTML = '<div role="log"></div><textarea></textarea>';
    await expect(chatFrame()).resolves.toBeUndefined();
  });

  test('an ad-like frame (no text box) waits; a chat widget drawn later is found when the child clicks', async () => {
    document.body.innerHTML = '<a href="#"><img alt="" /> Diskon 50%</a>';
    let ready = false;
    void chatFrame().then(() => (ready = true));
    await tick();
    expect(ready).toBe(false);
    document.body.innerHTML = '<div></div><input type="text" />';
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    await tick();
    expect(ready).toBe(true);
  });

  test('a tiny frame waits even with a text box, and is looked at again when it grows', async () => {
    document.body.innerHTML = '<input type="text" />';
    vi.stubGlobal('innerWidth', 60);
    let ready = false;
    void chatFrame().then(() => (ready = true));
    await tick();
    expect(ready).toBe(false);
    vi.stubGlobal('innerWidth', 360);
    dispatchEvent(new Event('resize'));
    await tick();
    expect(ready).toBe(true);
    vi.unstubAllGlobals();
  });
});
