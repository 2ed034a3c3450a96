import { expect, practiceUrl, test } from './fixtures';

// A trace would snapshot 100,000 elements at every step; this file keeps its own worker settings for that reason.
test.use({ trace: 'off' });

test('a huge, deeply nested page with its chat in a shadow root: the guard still reads the chat', async ({
  page,
  prompt,
}) => {
  await page.goto(practiceUrl('hostile', 'hostile.html?attack=huge,deep,shadow&script=secret-id&delay=60'));
  await expect(page.locator('body[data-attack-deep]')).toBeAttached();
  await prompt.expectState({ categories: /secrecy/ }, { timeout: 20_000 });
});
