/// <reference types="chrome" />
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import selfsigned from 'selfsigned';
import { expect, test } from './fixtures';
import { OptionsPage, seedParent } from './pages/options';

/**
 * Real search hosts are HTTPS (and HSTS-preloaded), so the test serves them from a local HTTPS server: Chromium maps
 * the hostnames to 127.0.0.1 and, in this test only, accepts the server's self-signed certificate. The server echoes
 * what it received, so the test sees the request after Kawan Aman's declarativeNetRequest rules acted on it.
 */
const HOSTS = ['www.google.com', 'www.google.co.id', 'www.bing.com', 'duckduckgo.com', 'www.youtube.com'];

let server: https.Server;
let port = 0;

test.beforeAll(async () => {
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'kawan-aman.test' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: HOSTS.map((value) => ({ type: 2, value })) }],
  });
  server = https.createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    const restrict = req.headers['youtube-restrict'] ?? '';
    res.end(
      `<!doctype html><title>echo</title><p id="url">${req.headers.host}${req.url}</p><p id="yt">${restrict}</p>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test.use({
  extraArgs: [
    `--host-resolver-rules=MAP *.test 127.0.0.1, ${HOSTS.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`,
    '--ignore-certificate-errors',
  ],
});

test('SafeSearch and YouTube Restricted Mode are forced on the request, and turned off again', async ({
  context,
  extensionId,
  page,
  sw,
}, testInfo) => {
  await seedParent(context, extensionId, { settings: { ageBand: '10-12', safeSearch: true, youtubeRestricted: true } });
  await expect
    .poll(() => sw.evaluate(async () => (await chrome.declarativeNetRequest.getDynamicRules()).map((r) => r.id)))
    .toEqual([101, 102, 103, 110]);

  const visit = async (url: string) => {
    await page.goto(url.replace('{port}', String(port)));
    return new URL(page.url());
  };

  const google = await visit('https://www.google.com:{port}/search?q=kucing+lucu');
  expect(google.searchParams.get('safe')).toBe('active');
  expect(google.searchParams.get('q')).toBe('kucing lucu');
  await expect(page.locator('#url')).toContainText('safe=active');
  // A parameter that turns it off is replaced; a country domain counts too.
  expect((await visit('https://www.google.co.id:{port}/search?q=x&safe=off')).searchParams.get('safe')).toBe('active');
  // Already safe: no redirect loop, the page simply loads.
  expect((await visit('https://www.google.com:{port}/search?q=x&safe=active')).search).toBe('?q=x&safe=active');
  expect((await visit('https://www.bing.com:{port}/search?q=x')).searchParams.get('adlt')).toBe('strict');
  expect((await visit('https://duckduckgo.com:{port}/?q=x&ia=web')).searchParams.get('kp')).toBe('1');
  // Other pages of these sites are left alone.
  expect((await visit('https://www.google.com:{port}/maps')).search).toBe('');
  await visit('https://www.youtube.com:{port}/results?search_query=x');
  await expect(page.locator('#yt')).toHaveText('Strict');
  await page.screenshot({ path: testInfo.outputPath('screenshots/safe-search-youtube-header.png') });

  // The parent turns both off in Settings: requests pass unchanged.
  const parent = await context.newPage();
  const options = new OptionsPage(parent, extensionId);
  await options.open('settings');
  await options.unlock('2468');
  const section = options.section('safe-search');
  await section.getByRole('checkbox', { name: /SafeSearch/ }).uncheck();
  await section.getByRole('checkbox', { name: /YouTube/ }).uncheck();
  await section.getByRole('button', { name: /Simpan|Save/ }).click();
  await expect
    .poll(() => sw.evaluate(async () => (await chrome.declarativeNetRequest.getDynamicRules()).length))
    .toBe(0);
  expect((await visit('https://www.google.com:{port}/search?q=x')).searchParams.get('safe')).toBeNull();
  await visit('https://www.youtube.com:{port}/');
  await expect(page.locator('#yt')).toHaveText('');
});
