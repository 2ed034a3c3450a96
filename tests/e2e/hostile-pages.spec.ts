import { expect, practiceUrl, test } from './fixtures';

// Pages that try to switch the guard off, fake or remove its prompt, or drown it in DOM. The guard must keep
// working and the page must stay responsive. (Speed itself is measured by the benchmark, not asserted here.)
test.describe('a page that fights back', () => {
  test('a page that fakes our "newer script started" event cannot switch the guard off', async ({ page, guard }) => {
    await guard.recordMessages();
    await page.goto(practiceUrl('hostile', 'hostile.html?attack=invalidate&script=secret-id&delay=200'));
    await expect(page.locator('body[data-attack-invalidate]')).toBeAttached();
    await expect
      .poll(async () => (await guard.events()).some((e) => e.kind === 'chat' && e.categories.includes('secrecy')))
      .toBe(true);
    // Long after the page started firing the event, a new message is still read and reported.
    await page.waitForTimeout(500);
    await page.evaluate(() =>
      (window as unknown as { practiceChat: { receive(t: string): void } }).practiceChat.receive(
        "don't tell your parents about this",
      ),
    );
    await expect.poll(() => guard.recordedMessages()).toContain("don't tell your parents");
  });

  test('the same fake event cannot keep the prompt from showing or close it', async ({ page, prompt }) => {
    await page.goto(practiceUrl('hostile', 'hostile.html?attack=invalidate'));
    await expect(page.locator('body[data-attack-invalidate]')).toBeAttached();
    // One risky line: one prompt, injected while the page fires the event every 100 ms.
    await page.evaluate(() =>
      (window as unknown as { practiceChat: { receive(t: string): void } }).practiceChat.receive(
        'jangan bilang ortu ya',
      ),
    );
    await expect(prompt.host).toHaveAttribute('data-categories', 'secrecy');
    await expect(prompt.card()).toBeVisible();
    // Many fake events later it is still there, until the child closes it.
    await page.waitForTimeout(1000);
    await expect(prompt.card()).toBeVisible();
    await prompt.closeButton().click();
    await expect(prompt.host).toHaveCount(0);
  });

  test('a fake prompt and an endless mutation storm: the real prompt still comes', async ({ page }) => {
    await page.goto(practiceUrl('hostile', 'hostile.html?attack=fake-prompt,storm&script=secret-id&delay=200'));
    // The real prompt (it has a risk and a card in its shadow root), not the page's fake one.
    const real = page.locator('kawan-aman-prompt[data-risk]');
    // The storm keeps the page's main thread busy (by design): give it time on a loaded CI box.
    await expect(real).toHaveAttribute('data-categories', /secrecy/, { timeout: 20_000 });
    await expect(real.locator('section.card')).toBeVisible();
    await expect(page.locator('kawan-aman-prompt:not([data-risk])')).toHaveText('jangan bilang ortu ya');
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
