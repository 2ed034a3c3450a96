import { expect, siteUrl, test } from './fixtures';
import { settled } from './pages/guard';

// An Indonesian mobile number, which the engine's share-phone-number rule knows in any spacing.
const NUMBER = 'ini nomorku 0812-5550-9876 ya';

test.describe('a child about to share personal details', () => {
  test('typing a phone number to a stranger nudges, without blocking typing or sending the words', async ({
    page,
    prompt,
    guard,
  }) => {
    await guard.recordMessages();
    await page.goto(siteUrl('web.whatsapp.com', '/?script=stranger-id&contact=unknown&delay=60'));
    await prompt.expectState({ categories: 'unknown_contact' });

    const box = page.locator('#main footer [contenteditable="true"]');
    await box.click();
    await page.keyboard.type(NUMBER, { delay: 15 });
    // Stronger toward a stranger (medium), but still only a tip: typing is never interrupted.
    await prompt.expectState({ categories: 'oversharing,unknown_contact', risk: 'medium', action: 'tip' });
    await expect(box).toHaveText(NUMBER);
    await expect(box).toBeFocused();
    await page.screenshot({ path: test.info().outputPath('typing-stranger.png') });
    // The finding carried categories only: the typed number never left the page.
    expect(await guard.recordedMessages()).not.toContain('5550-9876');
  });

  test('to a saved contact the nudge is gentler', async ({ page, prompt }) => {
    await page.goto(siteUrl('web.telegram.org', '/k/?script=harmless-en&lang=en&delay=60'));
    await settled(page);
    await page.locator('.input-message-input').click();
    await page.keyboard.type(NUMBER);
    await page.keyboard.press('Enter');
    await prompt.expectState({ categories: 'oversharing', risk: 'low' });
  });
});
