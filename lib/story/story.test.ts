import { describe, expect, test } from 'vitest';
import { contextOf, parseStory, ruleStory, storyFromCategories, storyOf } from './index';

describe('storyOf: the card tells what was just found', () => {
  test('a meeting proposed in a chat that asked for the school before is a meeting', () => {
    expect(
      storyOf({ kind: 'chat', ruleIds: ['meet-in-person'], categories: ['personal_info', 'meet_offline'] }),
    ).toEqual({ category: 'meet_offline', context: 'chat' });
  });

  test('“jangan bilang ortu” is a secret kept from parents, the signal of its rule', () => {
    expect(storyOf({ kind: 'chat', ruleIds: ['keep-secret-from-parents'], categories: ['secrecy'] })).toEqual({
      category: 'secrecy',
      context: 'chat',
      signal: 'keep_secret',
    });
  });

  test('Javanese and English twins of a rule tell the same story', () => {
    for (const id of ['ask-for-photo', 'ask-for-photo-en', 'ask-for-photo-jv']) {
      expect(ruleStory(id)).toEqual({ category: 'sexual_request', signal: 'photo' });
    }
  });

  test('several things at once: the one that matters most for the child now', () => {
    const story = storyOf({
      kind: 'chat',
      ruleIds: ['offer-game-currency', 'ask-for-photo'],
      categories: ['gifts', 'sexual_request'],
    });
    expect(story).toEqual({ category: 'sexual_request', context: 'chat', signal: 'photo' });
  });

  test('a stranger is part of the story, not the story, when something else happened', () => {
    expect(
      storyOf({ kind: 'chat', ruleIds: ['meet-in-person'], categories: ['meet_offline', 'unknown_contact'] }),
    ).toEqual({ category: 'meet_offline', context: 'chat', stranger: true });
    expect(storyOf({ kind: 'chat', ruleIds: ['not-in-contacts'], categories: ['unknown_contact'] })).toEqual({
      category: 'unknown_contact',
      context: 'chat',
    });
  });

  test('a trusted contact’s dropped `unknown_contact` is not told, even though its rule fired', () => {
    expect(storyOf({ kind: 'chat', ruleIds: ['not-in-contacts', 'offer-gifts'], categories: ['gifts'] })).toEqual({
      category: 'gifts',
      context: 'chat',
    });
  });

  test('a search is a search, a listed site a site, an app store page a download page', () => {
    expect(storyOf({ kind: 'search', ruleIds: ['free-vpn-or-proxy'], categories: ['vpn_bypass'] })).toEqual({
      category: 'vpn_bypass',
      context: 'search',
    });
    expect(storyOf({ kind: 'search', ruleIds: ['search-way-around-blocks'], categories: ['vpn_bypass'] })).toEqual({
      category: 'vpn_bypass',
      context: 'search',
      signal: 'unblock',
    });
    expect(contextOf('page', ['site-vpn-proxy'])).toBe('site');
    expect(contextOf('page', ['site-download'])).toBe('download');
    expect(contextOf('page', ['unblock-blocked-sites'])).toBe('page');
  });

  test('what the child types is always the typing story', () => {
    expect(storyOf({ kind: 'typed', ruleIds: ['share-phone-number'], categories: ['oversharing'] })).toEqual({
      category: 'oversharing',
      context: 'typed',
      signal: 'phone',
    });
  });

  test('a learned model’s finding carries its category only, and still gets its category’s story', () => {
    expect(ruleStory('model:meet_offline')).toEqual({ category: 'meet_offline', signal: null });
    expect(ruleStory('model-sexual-request')).toEqual({ category: 'sexual_request', signal: null });
    expect(ruleStory('signal-unknown-contact')).toEqual({ category: 'unknown_contact', signal: null });
    expect(ruleStory('model:nonsense')).toBeNull();
    expect(storyOf({ kind: 'chat', ruleIds: ['model:secrecy'], categories: ['secrecy'] })).toEqual({
      category: 'secrecy',
      context: 'chat',
    });
  });

  test('an unknown rule id falls back to the finding’s categories', () => {
    expect(storyOf({ kind: 'page', ruleIds: ['a-rule-from-the-future'], categories: ['hidden_account'] })).toEqual({
      category: 'hidden_account',
      context: 'page',
    });
  });

  test('categories alone: the strongest in its usual place', () => {
    expect(storyFromCategories(['gifts', 'meet_offline'])).toEqual({ category: 'meet_offline', context: 'chat' });
    expect(storyFromCategories(['vpn_bypass'])).toEqual({ category: 'vpn_bypass', context: 'page' });
    expect(storyFromCategories([])).toBeNull();
  });
});

describe('parseStory: a story from storage or a message is checked', () => {
  test.each([
    [
      { category: 'meet_offline', context: 'chat' },
      { category: 'meet_offline', context: 'chat' },
    ],
    [
      { category: 'gifts', context: 'chat', signal: 'game_currency', stranger: true },
      { category: 'gifts', context: 'chat', signal: 'game_currency', stranger: true },
    ],
    // A signal of another category is dropped, the story kept.
    [
      { category: 'gifts', context: 'chat', signal: 'photo' },
      { category: 'gifts', context: 'chat' },
    ],
    [{ category: 'bogus', context: 'chat' }, null],
    [{ category: 'gifts', context: 'everywhere' }, null],
    ['meet_offline', null],
    [null, null],
  ])('%j', (input, expected) => {
    expect(parseStory(input)).toEqual(expected);
  });
});
