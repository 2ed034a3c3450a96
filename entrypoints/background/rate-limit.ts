/**
 * Token buckets for what unprivileged senders can make the background do. The guard already sends at most 20
 * findings at once and one more every 500 ms (`guard.content/report.ts`), but a content script that a page managed to
 * subvert — or any future bug — must not be able to fill the parent's history or open tab after tab. These limits
 * sit far above anything a real page causes: only a *new* finding (a scope, category and risk not shown in that tab
 * yet) costs a token, so a chat that repeats itself costs nothing.
 *
 * The buckets live in memory on purpose: they are checked synchronously, before any await, so a flood of parallel
 * messages cannot race past them. The service worker only stops after ~30 s without events, and by then every bucket
 * would be full again anyway.
 */
export interface Bucket {
  /** Tokens at rest (the burst). */
  burst: number;
  /** One token comes back every `everyMs`. */
  everyMs: number;
}

/**
 * New events one tab may record: 30 at once, then one every 2 s. A real chat causes a handful per conversation, and a
 * child going from page to page in one tab far fewer than one every 2 s.
 */
export const TAB_EVENTS: Bucket = { burst: 30, everyMs: 2_000 };
/** New events all tabs together may record: 120 at once, then one every 6 s (at most ~14,000 a day). */
export const ALL_EVENTS: Bucket = { burst: 120, everyMs: 6_000 };
/** Report pages the in-page prompt's "Get help" may open from one tab: 3 at once, then one every 5 s. */
export const TAB_HELP: Bucket = { burst: 3, everyMs: 5_000 };
/**
 * Texts one tab may hand the model (issue #12): 100 at once, then one every 20 ms (50 a second, a busy group chat's
 * burst). Past it the guard gets `null` and its rules decide alone; nothing is queued.
 */
export const TAB_MODEL: Bucket = { burst: 100, everyMs: 20 };
/** Texts all tabs together may hand the model: 300 at once, then one every 5 ms. */
export const ALL_MODEL: Bucket = { burst: 300, everyMs: 5 };
/** Buckets kept per key before the oldest are forgotten (a forgotten bucket starts full, which is the safe side). */
const MAX_KEYS = 500;

export class RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(readonly bucket: Bucket) {}

  /** Takes one token for `key` if there is one. Synchronous, so parallel callers are counted one by one. */
  take(key: string, now = Date.now()): boolean {
    const state = this.#buckets.get(key) ?? { tokens: this.bucket.burst, at: now };
    const tokens = Math.min(this.bucket.burst, state.tokens + Math.max(0, now - state.at) / this.bucket.everyMs);
    this.#buckets.delete(key);
    if (this.#buckets.size >= MAX_KEYS) this.#buckets.delete(this.#buckets.keys().next().value!);
    const allowed = tokens >= 1;
    // A clock set back must not add tokens later: time only moves forward here.
    this.#buckets.set(key, { tokens: allowed ? tokens - 1 : tokens, at: Math.max(state.at, now) });
    return allowed;
  }

  /** Tokens left for `key` now (for tests and the benchmark). */
  peek(key: string, now = Date.now()): number {
    const state = this.#buckets.get(key);
    if (!state) return this.bucket.burst;
    return Math.min(this.bucket.burst, state.tokens + Math.max(0, now - state.at) / this.bucket.everyMs);
  }

  reset(): void {
    this.#buckets.clear();
  }
}

const tabEvents = new RateLimiter(TAB_EVENTS);
const allEvents = new RateLimiter(ALL_EVENTS);
const tabHelp = new RateLimiter(TAB_HELP);
const tabModel = new RateLimiter(TAB_MODEL);
const allModel = new RateLimiter(ALL_MODEL);

/**
 * Whether a new event from `tabId` may be recorded (and shown) now. Takes from the tab's bucket first, then from the
 * shared one, so one noisy tab cannot use up the budget of the others.
 */
export function mayRecordEvent(tabId: number, now = Date.now()): boolean {
  return takeTabThenAll(tabEvents, allEvents, tabId, now);
}

/** Whether "Get help" from the prompt in `tabId` may open another report page now. */
export function mayOpenHelp(tabId: number, now = Date.now()): boolean {
  return tabHelp.take(String(tabId), now);
}

/** Whether a text from `tabId` may go to the model now (the tab's bucket first, then the shared one). */
export function mayClassify(tabId: number, now = Date.now()): boolean {
  return takeTabThenAll(tabModel, allModel, tabId, now);
}

/** One from the tab's bucket and one from the shared bucket, or none from either when one of them is empty. */
function takeTabThenAll(tab: RateLimiter, all: RateLimiter, tabId: number, now: number): boolean {
  if (tab.peek(String(tabId), now) < 1) return false;
  if (!all.take('all', now)) return false;
  return tab.take(String(tabId), now);
}

/** Test hook: every bucket full again. */
export function resetRateLimits(): void {
  tabEvents.reset();
  allEvents.reset();
  tabHelp.reset();
  tabModel.reset();
  allModel.reset();
}
