import { browser } from 'wxt/browser';
import { DETECTION_PACK_KEY } from '@/lib/detection/pack';
import { isActive, PAGE_CONFIG_KEY, type PageConfig } from '@/lib/settings/page-config';
import { siteAdapters } from '@/lib/sites/adapters/registry';
import { extensionAlive } from '@/lib/sites/alive';
import { loadDetector } from './detector';
import { EDITABLE } from './generic';
import { createModelClient } from './model-client';
import { createMonitor, type Monitor } from './monitor';
import { rateLimit } from './report';
import { send as sendToBackground } from './send';

async function readPageConfig(): Promise<PageConfig | null> {
  const stored = await browser.storage.local.get(PAGE_CONFIG_KEY);
  return (stored[PAGE_CONFIG_KEY] as PageConfig | undefined) ?? null;
}

// setTimeout holds at most ~24.8 days; a longer pause is re-checked then.
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Longest wait for the page's load event once its DOM is ready (a hanging image, a long poll). */
const LOAD_WAIT_MS = 5000;

/**
 * Resolves just after the page's load event (or a few seconds after its DOM is ready, if it never completes). The
 * page's own loading comes first: the guard is injected at document_start, which costs a page next to nothing
 * (document_idle and document_end injections are waited for by the load event: +230 ms on a 2 MB page, measured),
 * and does all its work, storage included, only after this.
 */
export function pageLoaded(): Promise<void> {
  return new Promise((resolve) => {
    const go = () => setTimeout(resolve, 0);
    if (document.readyState === 'complete') return go();
    addEventListener('load', go, { once: true });
    const fallback = () => setTimeout(resolve, LOAD_WAIT_MS);
    if (document.readyState === 'loading') addEventListener('DOMContentLoaded', fallback, { once: true });
    else fallback();
  });
}

/** The smallest frame a chat widget fits in; ads, pixels, buttons and players are smaller or have no text box. */
const FRAME_MIN_WIDTH = 200;
const FRAME_MIN_HEIGHT = 150;
/** Late-drawn widgets: looked at again this long after load (and whenever the frame grows, is clicked or focused). */
const FRAME_LOOKS_MS = [0, 2000, 6000];

/**
 * Resolves once this frame could hold a chat: big enough to read, with a text box. Until then a frame (most are
 * ads) costs one size check and a query now and then, and no storage read, no detector and no observer: the
 * widget's frame is looked at again when it grows (a support widget opening), is clicked or focused.
 */
export function chatFrame(): Promise<void> {
  return new Promise((resolve) => {
    const ready = new AbortController();
    const look = () => {
      if (ready.signal.aborted || innerWidth < FRAME_MIN_WIDTH || innerHeight < FRAME_MIN_HEIGHT) return;
      if (!document.querySelector(EDITABLE)) return;
      ready.abort();
      resolve();
    };
    for (const type of ['resize', 'focusin', 'pointerdown']) {
      addEventListener(type, look, { capture: true, passive: true, signal: ready.signal });
    }
    for (const ms of FRAME_LOOKS_MS) setTimeout(look, ms);
  });
}

/**
 * Runs one monitor at a time with the page config in force: starts it, restarts it when the parent or school
 * changes the config (extra phrases, snippets), stops it while guidance is paused and resumes when the
 * pause ends. Returns a function that stops everything.
 *
 * In every frame: a same-origin frame steps aside at once (the guard of the page around it reads it, as it reads
 * frames a script wrote with `document.write`); a cross-origin frame waits until it looks like a chat
 * (`chatFrame`) and then reads chats only. Its findings show the card in the top page (the background sends the
 * prompt to frame 0 and decides by the top page's host).
 */
export function startGuard(): () => void {
  const frame = window !== window.top;
  if (frame && window.frameElement) return () => undefined;
  let monitor: Monitor | null = null;
  let generation = 0;
  let resumeTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const send = rateLimit((report) => {
    sendToBackground('reportFindings', report).catch(() => {
      // The service worker is restarting (the next finding tries again) or the extension is gone.
      if (!extensionAlive()) stop();
    });
  });

  let current: PageConfig | null = null;

  async function apply(config: PageConfig | null) {
    current = config;
    const run = ++generation;
    monitor?.stop();
    monitor = null;
    clearTimeout(resumeTimer);
    if (config && !isActive(config, Date.now())) {
      if (config.enabled && config.pausedUntil) {
        const wait = Math.min(config.pausedUntil - Date.now() + 50, MAX_TIMER_MS);
        resumeTimer = setTimeout(() => void apply(config), wait);
      }
      return;
    }
    const detector = await loadDetector();
    if (!detector || run !== generation || !extensionAlive()) return;
    monitor = createMonitor({
      detector,
      keepSnippets: config?.keepSnippets === true,
      siteAdapters: frame ? [] : siteAdapters(),
      alive: extensionAlive,
      report: send,
      frame,
      model: createModelClient(),
    });
    monitor.start();
  }

  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    if (PAGE_CONFIG_KEY in changes) {
      void apply((changes[PAGE_CONFIG_KEY]?.newValue as PageConfig | undefined) ?? null);
    } else if (changes[DETECTION_PACK_KEY]?.newValue) {
      // New rules or a parent's new phrases: the open page uses them at once.
      void apply(current);
    }
  };

  function stop() {
    stopped = true;
    generation++;
    monitor?.stop();
    monitor = null;
    clearTimeout(resumeTimer);
    try {
      browser.storage.onChanged.removeListener(onChanged);
    } catch {
      // The extension context is gone already.
    }
  }

  // Even the storage read waits: touching an extension API for the first time in a page costs its load time.
  pageLoaded()
    .then(() => (frame ? chatFrame() : undefined))
    .then(() => {
      if (stopped || !extensionAlive()) return;
      browser.storage.onChanged.addListener(onChanged);
      return readPageConfig().then(apply);
    })
    .catch(() => stop());
  return stop;
}
