import { expect, extensionNetworkRequests, practiceUrl, receive, test } from './fixtures';

test.describe('a child chatting on a practice web chat', () => {
  test('the extension loads with its pinned id and its service worker runs', async ({ extensionId }) => {
    expect(extensionId).toMatch(/^[a-p]{32}$/);
  });

  test('sees a friendly tip when a stranger asks to keep a secret from parents', async ({ page, prompt, sw }) => {
    void sw;
    await page.goto(practiceUrl('chat', 'chat.html?script=secret-id&delay=50'));
    expect(await prompt.expectState({ action: 'tip', risk: 'low' })).toEqual({
      action: 'tip',
      risk: 'low',
      categories: ['secrecy'],
    });
    await prompt.expectButton('help');
    expect(await prompt.visible()).toBe(true);
    // "Why am I seeing this?" says what was found, in child words.
    await prompt.press('why');
    expect(await prompt.text()).toContain('orang tua');
  });

  test('sees the tip in English for an English chat', async ({ page, prompt, sw }) => {
    void sw;
    await page.goto(practiceUrl('chat', 'chat.html?script=secret-en&delay=50'));
    await prompt.expectState({ categories: 'secrecy' });
  });

  test('sees no tip in a harmless family chat, even with look-alike words', async ({ page, prompt, sw }) => {
    void sw;
    await page.goto(practiceUrl('chat', 'chat.html?script=family&delay=50'));
    await expect(page.locator('.message')).toHaveCount(3);
    // Give the idle-time scan a moment to run; nothing may appear.
    await prompt.expectNone(1500);
  });

  test('a risky message that arrives after load is caught', async ({ page, prompt, sw }) => {
    void sw;
    await page.goto(practiceUrl('chat', 'chat.html'));
    await prompt.expectNone(500);
    await receive(page, 'jgn blg mama ya dek');
    await prompt.expectState({ categories: 'secrecy' });
  });

  test('the extension makes no network request of its own', async ({ page, prompt, sw, extensionId, requests }) => {
    void sw;
    await page.goto(practiceUrl('chat', 'chat.html?script=secret-id&delay=50'));
    await prompt.expectState({ action: 'tip' });
    expect(extensionNetworkRequests(requests, extensionId)).toEqual([]);
  });
});
