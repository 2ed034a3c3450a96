import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';

type Rule = Browser.declarativeNetRequest.Rule;

/**
 * fake-browser does not implement declarativeNetRequest: a small in-memory stand-in for the
 * dynamic rules, seeded with `others` (rules another feature owns, which must survive).
 */
export function fakeDynamicRules(others: Rule[] = []): { rules: () => Rule[] } {
  let rules: Rule[] = [...others];
  // fakeBrowser is typed after webextension-polyfill, the code after @types/chrome: the shapes are the same.
  vi.spyOn(fakeBrowser.declarativeNetRequest, 'getDynamicRules').mockImplementation(async () => [...rules] as never);
  vi.spyOn(fakeBrowser.declarativeNetRequest, 'updateDynamicRules').mockImplementation(async (raw: unknown) => {
    const options = raw as Browser.declarativeNetRequest.UpdateRuleOptions;
    const remove = new Set(options.removeRuleIds ?? []);
    const kept = rules.filter((r) => !remove.has(r.id));
    for (const rule of options.addRules ?? []) {
      if (kept.some((r) => r.id === rule.id)) throw new Error(`Rule with id ${rule.id} already exists`);
      kept.push(rule);
    }
    rules = kept;
  });
  return { rules: () => rules };
}
