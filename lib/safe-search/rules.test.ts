import { describe, expect, test } from 'vitest';
import { isSafeSearchRuleId, SAFE_SEARCH_IDS, safeSearchRules } from './rules';

const all = safeSearchRules({ safeSearch: true, youtubeRestricted: true });
const byId = (id: number) => all.find((r) => r.id === id)!;
// DNR uses RE2; these patterns use only syntax RE2 and JavaScript share, so JavaScript can check them here.
const matches = (id: number, url: string) => new RegExp(byId(id).condition.regexFilter!).test(url);

describe('SafeSearch rules', () => {
  test('only ids 100–199 (blocked sites use 1000–2999)', () => {
    for (const rule of all) expect(isSafeSearchRuleId(rule.id)).toBe(true);
    expect(SAFE_SEARCH_IDS).toEqual({ first: 100, last: 199 });
    expect(isSafeSearchRuleId(1000)).toBe(false);
  });

  test('each choice installs only its rules', () => {
    expect(safeSearchRules({ safeSearch: false, youtubeRestricted: false })).toEqual([]);
    expect(safeSearchRules({ safeSearch: true, youtubeRestricted: false }).map((r) => r.id)).toEqual([101, 102, 103]);
    expect(safeSearchRules({ safeSearch: false, youtubeRestricted: true }).map((r) => r.id)).toEqual([110]);
  });

  test.each([
    [101, 'https://www.google.com/search?q=x', true],
    [101, 'https://www.google.co.id/search?q=x', true],
    [101, 'https://google.com/search?q=x', true],
    [101, 'https://www.google.com:8443/search?q=x', true],
    [101, 'https://www.google.com/images?q=x', true],
    [101, 'https://www.google.com/maps', false],
    [101, 'https://www.google.com/searchbyimage', false],
    [101, 'https://notgoogle.com/search?q=x', false],
    [102, 'https://www.bing.com/search?q=x', true],
    [102, 'https://www.bing.com/images/search?q=x', true],
    [102, 'https://www.bing.com/maps', false],
    [103, 'https://duckduckgo.com/?q=x&ia=web', true],
    [103, 'https://html.duckduckgo.com/html/?q=x', true],
    [103, 'https://duckduckgo.com/about', false],
  ])('rule %i on %s: %s', (id, url, expected) => expect(matches(id, url)).toBe(expected));

  test('the parameters are the engines’ documented ones', () => {
    const param = (id: number) => {
      const action = byId(id).action;
      return action.type === 'redirect' ? action.redirect.transform.queryTransform.addOrReplaceParams[0] : null;
    };
    expect(param(101)).toEqual({ key: 'safe', value: 'active' });
    expect(param(102)).toEqual({ key: 'adlt', value: 'strict' });
    expect(param(103)).toEqual({ key: 'kp', value: '1' });
    expect(byId(110).action).toEqual({
      type: 'modifyHeaders',
      requestHeaders: [{ header: 'YouTube-Restrict', operation: 'set', value: 'Strict' }],
    });
  });
});
