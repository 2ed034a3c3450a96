import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db';
import { schemas } from '@/lib/messages/schemas';
import * as model from '../model-host';
import * as prompt from '../prompt';
import { isSearchPage, searchFinding } from '../searches';
import { registerSiteWatch } from '../sites';

// Search queries are read from the tab's URL here, not by the guard in every page (its 30 KB budget, issue #13).
let shown: ReturnType<typeof vi.fn<(data: unknown) => void>>;
beforeEach(async () => {
  shown = vi.fn<(data: unknown) => void>();
  vi.spyOn(prompt, 'showPrompt').mockImplementation(async (_tab, data) => shown(data));
  await db().events.clear();
});

test('a risky query is a search finding with its words; a harmless one is nothing', async () => {
  const report = await searchFinding('https://www.google.co.id/search?q=vpn+gratis+buka+situs+diblokir', 'vpn');
  expect(report).toMatchObject({
    kind: 'search',
    risk: 'low',
    categories: ['vpn_bypass'],
    scope: 'www.google.co.id/search',
    title: 'vpn',
  });
  expect(report!.matched.length).toBeGreaterThan(0);
  expect(schemas.reportFindings.safeParse(report).success).toBe(true);
  expect(await searchFinding('https://www.youtube.com/results?search_query=resep+nasi+goreng', '')).toBeNull();
  expect(await searchFinding('https://news.example/search?q=vpn+gratis', '')).toBeNull();
});

test('a results page is known, so its text is never read as the page’s topic', () => {
  expect(isSearchPage('https://duckduckgo.com/?q=random+chat')).toBe(true);
  expect(isSearchPage('https://www.google.com/maps?q=jember')).toBe(false);
  expect(isSearchPage('not a url')).toBe(false);
});

test('a tab that finishes loading a risky search shows the tip', async () => {
  registerSiteWatch();
  await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'complete' }, {
    id: 5,
    status: 'complete',
    url: 'https://www.bing.com/search?q=cara+bikin+akun+kedua+rahasia',
    title: 'cara bikin akun kedua rahasia - Search',
  } as never);
  await vi.waitFor(
    () => expect(shown).toHaveBeenCalledWith(expect.objectContaining({ categories: ['hidden_account'] })),
    5000,
  );
  expect((await db().events.toArray()).map((e) => [e.kind, e.host])).toEqual([['search', 'www.bing.com']]);
});

test('the background’s learned layer judges the query beside the rules, with no round trip through the page', async () => {
  const asked = vi
    .spyOn(model, 'classify')
    .mockResolvedValue({ found: [{ category: 'meet_offline', severity: 'low' }], damp: [] });
  const report = await searchFinding('https://www.google.com/search?q=alamat+warnet+dekat+sekolah+buat+kopdar', '');
  expect(asked).toHaveBeenCalledWith({ kind: 'search', text: 'alamat warnet dekat sekolah buat kopdar' });
  expect(report).toMatchObject({ kind: 'search', categories: ['meet_offline'], ruleIds: ['model:meet_offline'] });
  expect(report!.matched).toEqual([]);
  // Without a working model (null) the rules decide alone.
  asked.mockResolvedValue(null);
  expect(await searchFinding('https://www.google.com/search?q=alamat+warnet+dekat+sekolah+buat+kopdar', '')).toBeNull();
  // What it asks stays within the request schema's bounds.
  await searchFinding(`https://www.google.com/search?q=${'q'.repeat(900)}`, '');
  expect((asked.mock.lastCall![0] as { text: string }).text.length).toBe(300);
  asked.mockRestore();
});
