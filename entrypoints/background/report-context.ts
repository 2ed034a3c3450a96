import { browser } from 'wxt/browser';
import { db } from '@/lib/db';
import type { FindingReport } from '@/lib/messages/types';
import type { ReportContext } from '@/lib/report/types';
import { parseStory, storyOf } from '@/lib/story';

/**
 * What the report page may fill in for the child, kept only in `storage.session`: in memory, readable by our own
 * pages and the service worker only (never by content scripts), gone when the browser closes. The event row in
 * IndexedDB deliberately keeps no text (DESIGN.md §6); this is the short-lived bridge from a finding to the
 * child's report.
 */
const EVENT_PREFIX = 'reportContext:event:';
const TAB_PREFIX = 'reportContext:tab:';
/** Enough for every prompt of a long day; older ones fall back to the event row (host, categories, time). */
const KEEP = 50;

interface Stored extends ReportContext {
  savedAt: number;
}

async function prune(): Promise<void> {
  const all = await browser.storage.session.get(null);
  const entries = Object.entries(all)
    .filter(([key]) => key.startsWith(EVENT_PREFIX) || key.startsWith(TAB_PREFIX))
    .sort(([, a], [, b]) => ((b as Stored).savedAt ?? 0) - ((a as Stored).savedAt ?? 0));
  const stale = entries.slice(KEEP).map(([key]) => key);
  if (stale.length > 0) await browser.storage.session.remove(stale);
}

async function store(key: string, context: ReportContext): Promise<void> {
  const value: Stored = { ...context, savedAt: Date.now() };
  await browser.storage.session.set({ [key]: value });
  await prune();
}

async function read(key: string): Promise<ReportContext | null> {
  const value = (await browser.storage.session.get(key))[key] as Stored | undefined;
  if (!value || typeof value !== 'object') return null;
  const { savedAt: _savedAt, story, ...context } = value;
  return { ...context, ...storyField(parseStory(story)) };
}

/**
 * Called when a finding was shown: under its event id, or — in lab mode, where no event row exists — under its tab.
 * The host comes from the browser, not the page.
 */
export async function rememberFinding(
  target: { event: number } | { tab: number },
  report: FindingReport,
  host: string,
): Promise<void> {
  const key = 'event' in target ? `${EVENT_PREFIX}${target.event}` : `${TAB_PREFIX}${target.tab}`;
  await store(key, {
    host,
    title: report.title ?? '',
    contact: report.contact ?? '',
    categories: report.categories,
    matched: report.matched,
    time: Date.now(),
    risk: report.risk,
    ...storyField(storyOf(report)),
  });
}

const storyField = (story: ReturnType<typeof storyOf>) => (story ? { story } : {});

/** Called when the child chose "Report with Kawan Aman" in the right-click menu of tab `tabId`. */
export async function rememberMenuClick(
  tabId: number,
  page: { host: string; title: string; selection?: string },
): Promise<void> {
  const selection = page.selection?.trim().slice(0, 100);
  await store(`${TAB_PREFIX}${tabId}`, {
    host: page.host,
    title: page.title.slice(0, 300),
    contact: '',
    categories: [],
    matched: selection ? [selection] : [],
    time: Date.now(),
  });
}

export async function forgetMenuClick(tabId: number): Promise<void> {
  await browser.storage.session.remove(`${TAB_PREFIX}${tabId}`);
}

/** The web host of a URL, or '' for anything that is not an http(s) page. */
export function webHost(url: string | undefined): string {
  if (!url) return '';
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : '';
  } catch {
    return '';
  }
}

async function fromEvent(eventId: number): Promise<ReportContext | null> {
  const remembered = await read(`${EVENT_PREFIX}${eventId}`);
  if (remembered) return remembered;
  // After a browser restart only the event row is left: host, categories and time, never text.
  const event = await db().events.get(eventId);
  if (!event) return null;
  return {
    host: event.host,
    title: '',
    contact: '',
    categories: event.categories,
    matched: [],
    time: event.time,
    ...storyField(storyOf({ kind: event.kind, categories: event.categories })),
  };
}

async function fromTab(tabId: number): Promise<ReportContext | null> {
  const remembered = await read(`${TAB_PREFIX}${tabId}`);
  let tab: { url?: string; title?: string } | undefined;
  try {
    tab = await browser.tabs.get(tabId);
  } catch {
    tab = undefined;
  }
  const host = webHost(tab?.url);
  // The tab may have moved on to another site since the click; then only what the tab shows now is used.
  if (remembered && (!tab || host === remembered.host)) return remembered;
  if (!host) return null;
  return { host, title: (tab?.title ?? '').slice(0, 300), contact: '', categories: [], matched: [], time: Date.now() };
}

/** What the report page asked for: the finding behind an event, else the right-clicked tab. */
export async function reportContextFor(query: { event?: number; tab?: number }): Promise<ReportContext | null> {
  if (query.event !== undefined) {
    const context = await fromEvent(query.event);
    if (context) return context;
  }
  if (query.tab !== undefined) return fromTab(query.tab);
  return null;
}
