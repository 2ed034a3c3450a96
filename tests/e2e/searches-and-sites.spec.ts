import { expect, siteUrl, test } from './fixtures';
import { settled } from './pages/guard';
import { PromptObject } from './pages/prompt';

test.describe('a child searching', () => {
  test('a search for a free VPN shows the VPN tip, on every search engine', async ({ page, prompt, context }) => {
    // The engine's own search rules (lib/detection/rules): no phrase added by a parent.
    await page.goto(siteUrl('www.google.com', '/search?q=vpn+gratis+buka+situs+diblokir'));
    await prompt.expectState({ categories: 'vpn_bypass', action: 'tip' });
    await prompt.press('why');
    await expect.poll(() => prompt.text()).toContain('VPN');
    await page.screenshot({ path: test.info().outputPath('google-vpn.png') });

    const cases = [
      [siteUrl('www.bing.com', '/search?q=cara+bikin+akun+kedua+rahasia'), 'hidden_account'],
      [siteUrl('duckduckgo.com', '/?q=random+video+chat+with+strangers'), 'anonymous_chat'],
      [siteUrl('www.tiktok.com', '/search?q=free+vpn'), 'vpn_bypass'],
      [siteUrl('www.youtube.com', '/results?search_query=free+vpn+tutorial'), 'vpn_bypass'],
    ] as const;
    for (const [url, category] of cases) {
      const tab = await context.newPage();
      await tab.goto(url);
      await new PromptObject(tab).expectState({ categories: category });
      await tab.close();
    }
  });

  test('an ordinary search stays quiet, and a new query in a single-page app is a new search', async ({
    page,
    prompt,
  }) => {
    await page.goto(siteUrl('www.youtube.com', '/results?search_query=resep+nasi+goreng'));
    await prompt.expectNone(1200);
    // YouTube changes its URL without loading a new page.
    await page.evaluate(() => {
      history.pushState(null, '', '/results?search_query=vpn+gratis');
      document.getElementById('results')!.append(Object.assign(document.createElement('p'), { textContent: 'baru' }));
    });
    await prompt.expectState({ categories: 'vpn_bypass' });
  });
});

test.describe('sites by category (lib/sites)', () => {
  test('an app store page for a VPN app gets the VPN tip; a learning app does not', async ({
    page,
    prompt,
    context,
    sw,
  }) => {
    // Site lists are checked by the background from the tab's URL and title: wait for its listeners.
    void sw;
    await page.goto(siteUrl('play.google.com', '/store/apps/details?id=free.vpn.unblock.proxy.turbovpn'));
    await prompt.expectState({ categories: 'vpn_bypass' });
    const quiet = await context.newPage();
    await quiet.goto(siteUrl('play.google.com', '/store/apps/details?id=com.kurikulum.matematika'));
    await new PromptObject(quiet).expectNone(1500);
  });

  test('a random-chat site warns before the first stranger says anything', async ({ page, prompt, sw }) => {
    void sw;
    await page.goto(siteUrl('www.omegle.com', '/?lang=id'));
    await settled(page);
    await prompt.expectState({ categories: /anonymous_chat/ });
  });
});
