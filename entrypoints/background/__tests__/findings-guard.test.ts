import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db';
import type { FindingReport } from '@/lib/messages/types';
import { schemas } from '@/lib/messages/schemas';
import { handleFindings, withTrustedContacts } from '../findings';
import * as prompt from '../prompt';
import { registerSiteWatch, siteFinding } from '../sites';

const from = {
  kind: 'content',
  tabId: 7,
  frameId: 0,
  host: 'web.whatsapp.com',
  url: 'https://web.whatsapp.com/',
} as const;
const chat = (over: Partial<FindingReport> = {}): FindingReport => ({
  kind: 'chat',
  risk: 'medium',
  categories: ['secrecy', 'unknown_contact'],
  ruleIds: ['keep-secret-from-parents', 'signal-unknown-contact'],
  scope: 'web.whatsapp.com/whatsapp/+62 812-5550-1234',
  matched: ['jangan bilang ortu'],
  contact: '+62 812-5550-1234',
  ...over,
});

let shown: ReturnType<typeof vi.fn<(data: unknown) => void>>;
beforeEach(async () => {
  shown = vi.fn<(data: unknown) => void>();
  vi.spyOn(prompt, 'showPrompt').mockImplementation(async (_tab, data) => shown(data));
  await db().events.clear();
});

describe('trusted contacts are the background’s decision', () => {
  test('a trusted contact is never a stranger, whatever the page said', () => {
    expect(withTrustedContacts(chat(), ['081255501234'])).toMatchObject({
      categories: ['secrecy'],
      trustedContact: true,
    });
    expect(withTrustedContacts(chat({ categories: ['unknown_contact'] }), ['081255501234'])).toBeNull();
  });

  test('a page cannot claim a trusted contact to soften the response', () => {
    // The protocol has no such field: a report that carries one is dropped whole.
    expect(schemas.reportFindings.safeParse({ ...chat(), trustedContact: true }).success).toBe(false);
    expect(withTrustedContacts(chat(), [])).toMatchObject({ trustedContact: false });
  });

  test('with a trusted contact the response is one step softer', async () => {
    await fakeBrowser.storage.local.set({ settings: { trustedContacts: ['081255501234'] } });
    await handleFindings(chat(), from);
    expect(shown).toHaveBeenCalledWith(expect.objectContaining({ action: 'tip', categories: ['secrecy'] }));
  });
});

describe('order', () => {
  test('findings from one tab are shown in the order they arrived, even when the first is slower', async () => {
    const order: string[] = [];
    vi.spyOn(prompt, 'showPrompt').mockImplementation(async (_tab, data) => {
      if (data.risk === 'low') await new Promise((r) => setTimeout(r, 50));
      order.push(data.categories.join('+'));
    });
    await Promise.all([
      handleFindings(chat({ risk: 'low', categories: ['secrecy'], contact: 'A' }), from),
      handleFindings(chat({ risk: 'medium', categories: ['secrecy', 'unknown_contact'], contact: 'A' }), from),
    ]);
    expect(order).toEqual(['secrecy', 'secrecy+unknown_contact']);
  });
});

describe('what the child types', () => {
  const typed = (risk: FindingReport['risk']): FindingReport => ({
    kind: 'typed',
    risk,
    categories: ['oversharing', 'unknown_contact'],
    ruleIds: ['share-phone-number'],
    scope: 'web.whatsapp.com/whatsapp/x#typed',
    matched: [],
  });

  test('is never blocked or interrupted: a tip at most, even at high risk on the protective level', async () => {
    await fakeBrowser.storage.local.set({ settings: { guidanceLevel: 'protective' } });
    await handleFindings(typed('high'), from);
    expect(shown).toHaveBeenCalledWith(expect.objectContaining({ action: 'tip', risk: 'high' }));
  });

  test('never carries the typed words: the schema refuses a typed finding with matched text', () => {
    expect(schemas.reportFindings.safeParse(typed('low')).success).toBe(true);
    expect(schemas.reportFindings.safeParse({ ...typed('low'), matched: ['0812 5550 9876'] }).success).toBe(false);
  });
});

describe('site lists, from the tab’s URL and title', () => {
  test('a listed site is a page finding scoped to the site', () => {
    expect(siteFinding('https://www.omegle.com/', 'Omegle')).toEqual({
      kind: 'page',
      risk: 'medium',
      categories: ['anonymous_chat'],
      ruleIds: ['site-anonymous-chat'],
      scope: 'www.omegle.com/site',
      matched: ['Omegle'],
      title: 'Omegle',
    });
    expect(siteFinding('https://news.example/', 'Berita')).toBeNull();
    expect(schemas.reportFindings.safeParse(siteFinding('https://psiphon.ca/', '')).success).toBe(true);
  });

  test('a tab that finishes loading a listed site shows the tip', async () => {
    registerSiteWatch();
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'complete' }, {
      id: 3,
      status: 'complete',
      url: 'https://www.croxyproxy.com/',
      title: 'CroxyProxy',
    } as never);
    await vi.waitFor(() => expect(shown).toHaveBeenCalledWith(expect.objectContaining({ categories: ['vpn_bypass'] })));
  });
});
