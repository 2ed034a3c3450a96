import { expect, test } from 'vitest';
import { searchQuery } from './search';

test.each([
  ['https://www.google.com/search?q=vpn+gratis', 'vpn gratis'],
  ['https://www.google.co.id/search?q=cara%20buka%20situs%20diblokir&hl=id', 'cara buka situs diblokir'],
  ['https://google.com.sg/search?q=akun+kedua', 'akun kedua'],
  ['https://www.bing.com/search?q=free+proxy', 'free proxy'],
  ['https://www.bing.com/images/search?q=x', 'x'],
  ['https://duckduckgo.com/?q=random+chat&ia=web', 'random chat'],
  ['https://html.duckduckgo.com/html/?q=omegle', 'omegle'],
  ['https://www.youtube.com/results?search_query=vpn+tutorial', 'vpn tutorial'],
  ['https://m.youtube.com/results?search_query=  spaced   out  ', 'spaced out'],
  ['https://www.tiktok.com/search?q=akun%20fake', 'akun fake'],
  ['https://www.tiktok.com/search/user?q=dimas', 'dimas'],
])('%s → %j', (url, query) => {
  expect(searchQuery(new URL(url))).toBe(query);
});

test.each([
  'https://www.google.com/maps?q=jember',
  'https://www.google.com/search',
  'https://www.google.evil.example/search?q=x',
  'https://notgoogle.com/search?q=x',
  'https://www.youtube.com/watch?v=abc',
  'https://duckduckgo.com/about?q=x',
  'https://example.com/search?q=vpn',
])('%s → nothing', (url) => {
  expect(searchQuery(new URL(url))).toBeNull();
});

test('very long queries are cut to 300 characters', () => {
  expect(searchQuery(new URL(`https://www.google.com/search?q=${'a'.repeat(1000)}`))!.length).toBe(300);
});
