import { browser, type Browser } from 'wxt/browser';
import { hostMatches } from '@/lib/policy/hosts';
import { isActive, pageConfigFrom } from '@/lib/settings/page-config';
import type { Settings } from '@/lib/settings/schema';
import { loadEffectiveSettings } from '@/lib/settings/store';

/**
 * Blocked sites, by declarativeNetRequest: the browser itself sends a blocked site's page to `blocked.html` before
 * anything loads, even while the service worker sleeps. A parent's PIN on the block page opens
 * one site for a while (a "pass"); passes live in `storage.session` and are left out of the rule.
 *
 * Rule ids: this module owns dynamic rules 1000–2999 (SafeSearch uses 100–199). It removes any rule of that range it
 * did not ask for, so a rule from an older version can't linger.
 */
export const SITE_REDIRECT_RULE_ID = 1000;
export const SITE_FRAME_RULE_ID = 1001;
const OWN_RULE_IDS = { min: 1000, max: 2999 };

/** How long the parent's PIN opens a blocked site. */
export const PASS_MINUTES = 30;
const PASSES_KEY = 'blockPasses';
/** One alarm wakes the service worker when a pass or a parent's pause ends, to put the rules back. */
export const BLOCKING_ALARM = 'kawan-aman-blocking';

type Passes = Record<string, number>;
type Rule = Browser.declarativeNetRequest.Rule;

/** `blocked.html`, with the event that led there and the page the child was going to (in the fragment). */
export function blockedPageUrl(target: { eventId?: string; url?: string }): string {
  // Built from the extension's root: with `use_dynamic_url`, getURL('/blocked.html') answers the per-session URL.
  const base = `${browser.runtime.getURL('/')}blocked.html`;
  const query = target.eventId ? `?event=${encodeURIComponent(target.eventId)}` : '';
  return `${base}${query}${target.url ? `#${target.url}` : ''}`;
}

/**
 * The rules for the blocked-sites list: a top-level page goes to the block page (the original address rides along
 * in the fragment so a parent's PIN can continue there); a blocked site inside a frame is simply not loaded.
 * Hosts with a pass are excluded. Pure, for tests.
 */
export function siteRules(blockSites: readonly string[], passHosts: readonly string[], blockedPage: string): Rule[] {
  if (blockSites.length === 0) return [];
  const excluded = passHosts.length > 0 ? { excludedRequestDomains: [...passHosts] } : {};
  return [
    {
      id: SITE_REDIRECT_RULE_ID,
      priority: 1,
      action: {
        type: 'redirect' as Browser.declarativeNetRequest.RuleActionType,
        // `\0` is the whole address; the fragment never reaches a server.
        redirect: { regexSubstitution: `${blockedPage}#\\0` },
      },
      condition: {
        regexFilter: '^https?://.*$',
        requestDomains: [...blockSites],
        ...excluded,
        resourceTypes: ['main_frame' as Browser.declarativeNetRequest.ResourceType],
      },
    },
    {
      id: SITE_FRAME_RULE_ID,
      priority: 1,
      action: { type: 'block' as Browser.declarativeNetRequest.RuleActionType },
      condition: {
        requestDomains: [...blockSites],
        ...excluded,
        resourceTypes: ['sub_frame' as Browser.declarativeNetRequest.ResourceType],
      },
    },
  ];
}

async function readPasses(now: number): Promise<Passes> {
  const stored = (await browser.storage.session.get(PASSES_KEY))[PASSES_KEY];
  const passes: Passes = {};
  if (stored && typeof stored === 'object') {
    for (const [host, until] of Object.entries(stored as Passes)) if (until > now) passes[host] = until;
  }
  return passes;
}

/** True while a parent's pass for this host (or a parent domain of it) lasts. */
export async function hasPass(host: string, now = Date.now()): Promise<boolean> {
  return Object.keys(await readPasses(now)).some((site) => hostMatches(host, site));
}

/** Opens `host` for {@link PASS_MINUTES} after a right PIN; the rules are updated before this resolves. */
export async function grantPass(host: string, now = Date.now()): Promise<number> {
  const passes = await readPasses(now);
  passes[host.toLowerCase()] = now + PASS_MINUTES * 60_000;
  await browser.storage.session.set({ [PASSES_KEY]: passes });
  await syncBlocking(now);
  return PASS_MINUTES;
}

function wanted(settings: Settings, passes: Passes, now: number): Rule[] {
  if (!isActive(pageConfigFrom(settings), now)) return [];
  return siteRules(settings.blockSites, Object.keys(passes), `${browser.runtime.getURL('/')}blocked.html`);
}

async function scheduleWake(settings: Settings, passes: Passes, now: number): Promise<void> {
  const times = Object.values(passes);
  if (settings.pausedUntil !== null && settings.pausedUntil > now) times.push(settings.pausedUntil);
  await browser.alarms.clear(BLOCKING_ALARM);
  if (times.length > 0) await browser.alarms.create(BLOCKING_ALARM, { when: Math.min(...times) + 1000 });
}

let queue: Promise<void> = Promise.resolve();

/**
 * Makes the browser's rules match the effective settings (parent ⊕ school), the parent's pause and the passes.
 * Calls are serialised: settings events can arrive in bursts, and two interleaved updates could add a rule twice.
 */
export function syncBlocking(now?: number): Promise<void> {
  const run = async () => {
    const at = now ?? Date.now();
    const [settings, passes] = await Promise.all([loadEffectiveSettings(), readPasses(at)]);
    await browser.storage.session.set({ [PASSES_KEY]: passes });
    const rules = wanted(settings, passes, at);
    const existing = await browser.declarativeNetRequest.getDynamicRules();
    const removeRuleIds = existing.map((r) => r.id).filter((id) => id >= OWN_RULE_IDS.min && id <= OWN_RULE_IDS.max);
    await browser.declarativeNetRequest.updateDynamicRules({ removeRuleIds, addRules: rules });
    await scheduleWake(settings, passes, at);
  };
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

/** How long a navigation to the block page may take to start before the page is taken to be holding it. */
export const BLOCK_NAVIGATION_MS = 1200;

/** How the tab reached the block page: by a plain navigation, or by the fallback a page can't cancel. */
export type BlockedVia = 'navigated' | 'discarded' | 'new-tab' | 'gone';

const isBlockedPage = (url: string | undefined) =>
  Boolean(url?.startsWith(`${browser.runtime.getURL('/')}blocked.html`));

/**
 * Waits until the tab shows the block page (the navigation committed); false when it doesn't within `ms`. A pending
 * address proves nothing: it is set while the page's "Leave site?" is still being asked.
 */
async function reaches(tabId: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  for (;;) {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    if (!tab) return false;
    if (isBlockedPage(tab.url)) return true;
    if (Date.now() >= until) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Sends the tab to the block page after a finding decided `block`; the address rides along for the PIN.
 *
 * A page can hold that navigation: its `beforeunload` handler makes the browser ask "Leave site?", and "Stay" would
 * leave the child on the chat with no card at all while the history says `block` (issue #15). So when the block page
 * has not started loading within {@link BLOCK_NAVIGATION_MS}, the tab is taken from the page in a way it can't cancel:
 * the tab is discarded (the browser unloads it without running the page's handlers, and gives it a new id) and the
 * block page loaded into it, in its place in the tab strip; where the browser won't discard it (Firefox never
 * discards the selected tab), the block page opens in a new tab right after it and the page's tab is closed behind
 * it. Returns how it got there.
 */
export async function sendToBlockedPage(tabId: number, eventId: string, fallbackUrl: string): Promise<BlockedVia> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab) return 'gone';
  const url = tab.url && /^https?:/.test(tab.url) ? tab.url : fallbackUrl;
  const target = blockedPageUrl({ eventId, url });
  // Not awaited: while a page holds the navigation, the browser may not answer the update until the child does.
  void browser.tabs.update(tabId, { url: target }).catch(() => undefined);
  if (await reaches(tabId, BLOCK_NAVIGATION_MS)) return 'navigated';
  if (!(await browser.tabs.get(tabId).catch(() => undefined))) return 'gone';

  const discarded = await browser.tabs.discard(tabId).catch(() => undefined);
  if (discarded?.id !== undefined && discarded.discarded) {
    void browser.tabs.update(discarded.id, { url: target, active: true }).catch(() => undefined);
    if (await reaches(discarded.id, BLOCK_NAVIGATION_MS)) return 'discarded';
  }
  const current = await browser.tabs.get(discarded?.id ?? tabId).catch(() => undefined);
  await browser.tabs
    .create({ url: target, active: true, ...(current ? { index: current.index + 1, windowId: current.windowId } : {}) })
    .catch(() => undefined);
  // Closing it may ask "Leave site?" again, in a tab the child is no longer looking at; not waited for.
  if (current?.id !== undefined) void browser.tabs.remove(current.id).catch(() => undefined);
  return 'new-tab';
}
