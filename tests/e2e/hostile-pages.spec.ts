import { expect, practiceUrl, test } from './fixtures';

// Pages that try to switch the guard off, fake or remove its prompt, or drown it in DOM. The guard must keep
// working and the page must stay responsive. (Speed itself is measured by the benchmark, not asserted here.)
test.describe('a page that fights back', () => {
  test('faking our start event and our prompt, and mutating endlessly, does not switch the guard off', async ({
    page,
  }) => {
    await page.goto(
      practiceUrl('hostile', 'hostile.html?attack=invalidate,fake-prompt,storm&script=secret-id&delay=300'),
    );
    await expect(page.locator('body[data-attack-invalidate]')).toBeAttached();
    // The real prompt (it has a risk and a card in its shadow root), not the page's fake one.
    const real = page.locator('kawan-aman-prompt[data-risk]');
    await expect(real).toHaveAttribute('data-categories', /secrecy/);
    await expect(real.locator('section.card')).toBeVisible();
    // A message after the attacks is still read.
    await page.evaluate(() =>
      (window as unknown as { practiceChat: { receive(t: string): void } }).practiceChat.receive(
        "don't tell your parents about this",
      ),
    );
    expect(await page.evaluate(() => document.getElementById('ticker')!.textContent!.length > 0)).toBe(true);
  });

  test('a page that removes and hides our prompt cannot stop the finding being recorded', async ({ page, guard }) => {
    await page.goto(practiceUrl('hostile', 'hostile.html?attack=remove-prompt&script=secret-en&delay=60'));
    await expect
      .poll(async () => (await guard.events()).some((e) => e.kind === 'chat' && e.categories.includes('secrecy')))
      .toBe(true);
  });

  test('a chat inside a same-origin iframe', async ({ page }) => {
    await page.goto(practiceUrl('hostile', 'hostile.html?attack=iframe&script=secret-en&delay=60'));
    await expect(page.locator('kawan-aman-prompt')).toHaveAttribute('data-categories', /secrecy/);
  });
});
