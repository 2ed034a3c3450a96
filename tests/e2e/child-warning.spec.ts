import { expect, openPracticeIndex, practiceUrl, test } from './fixtures';
import { PromptObject } from './pages/prompt';
import { events, expectAccessible, overflowingText, screenshot, setSettings } from './support/extension';

// The game lobby's stranger, one step further each time (tests/fixtures/pages/mabar.js), as the engine rates it:
// a gift offer is low risk; a gift, then "jangan bilang ortu" is medium; a gift, secrecy, then a meeting is high.
const LOBBY = {
  low: 'mabar.html?script=gift-id',
  medium: 'mabar.html?script=diamond-id',
  high: 'mabar.html?script=meet-id',
} as const;

test.describe('the warning card: centred, calm, focus kept inside', () => {
  test('medium risk at the guided level: a warning whose "Leave this page" really leaves', async ({
    page,
    prompt,
    sw,
  }) => {
    await setSettings(sw, { guidanceLevel: 'guided', ageBand: '10-12', language: 'id' });
    await openPracticeIndex(page);
    await page.goto(practiceUrl('mabar', `${LOBBY.medium}&delay=200`));

    await expect(prompt.host).toHaveAttribute('data-action', 'warn');
    await expect(prompt.host).toHaveAttribute('data-risk', 'medium');
    expect((await prompt.categories()).sort()).toEqual(['gifts', 'secrecy']);
    await expect(prompt.card()).toHaveAttribute('role', 'alertdialog');
    // "Leave this page" is primary and has focus; "continue" is there and, at medium risk, needs no wait.
    await expect.poll(() => prompt.focused()).toBe('button:Tinggalkan halaman ini');
    await expect(prompt.continueButton()).toHaveText('Saya mengerti, lanjut');
    await expect(prompt.continueButton()).toBeEnabled();

    // Focus stays inside the card: Tab around every control comes back to the start.
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await prompt.focused()).not.toBeNull();
    }
    await page.keyboard.press('Shift+Tab');
    expect(await prompt.focused()).not.toBeNull();
    // Clicking the page behind doesn't take focus away either.
    await page.locator('#compose-input').focus();
    expect(await prompt.focused()).not.toBeNull();

    // Centred.
    const box = (await prompt.card().boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(Math.abs(box.x + box.width / 2 - viewport.width / 2)).toBeLessThan(4);
    await expectAccessible(page, 'kawan-aman-prompt');
    await screenshot(page, 'warning-id');

    // It leaves the chat for the calm page, not one step back (issue #14).
    await prompt.backButton().click();
    await expect(page).toHaveURL(/\/left\.html\?event=\d+$/);
    await expect.poll(async () => (await events(sw)).find((e) => e.action === 'warn')?.choice).toBe('back');
  });

  test('"I understand, continue" closes the card and the child stays on the page', async ({ page, prompt, sw }) => {
    await setSettings(sw, { guidanceLevel: 'guided', ageBand: '13-17', language: 'en' });
    await page.goto(practiceUrl('mabar', 'mabar.html?script=robux-en&delay=200'));
    await expect(prompt.host).toHaveAttribute('data-action', 'warn');
    await expect(prompt.card()).toContainText('Wait a moment');
    await expectAccessible(page, 'kawan-aman-prompt');
    await screenshot(page, 'warning-en');
    await prompt.continueButton().click();
    await expect(prompt.host).toHaveCount(0);
    await expect(page).toHaveURL(/mabar\.html/);
    await expect.poll(async () => (await events(sw)).find((e) => e.action === 'warn')?.choice).toBe('continue');
  });

  test('at high risk "continue" waits a few seconds, with help first; the card fits at 200 % zoom', async ({
    page,
    prompt,
    sw,
  }) => {
    await setSettings(sw, { guidanceLevel: 'guided', ageBand: '13-17', language: 'id' });
    // A 640 × 400 window is what a 1280 × 800 screen shows at 200 % zoom.
    await page.setViewportSize({ width: 640, height: 400 });
    await page.goto(practiceUrl('mabar', `${LOBBY.high}&delay=100`));
    await expect(prompt.host).toHaveAttribute('data-risk', 'high');
    expect((await prompt.categories()).sort()).toEqual(['gifts', 'meet_offline', 'secrecy']);
    await expect(prompt.continueButton()).toBeDisabled();
    await expect(prompt.continueButton()).toHaveText(/Lanjut dalam [1-5] detik/);
    await expect(prompt.helpButton()).toBeVisible();
    const box = (await prompt.card().boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(640);
    expect(box.y + box.height).toBeLessThanOrEqual(400);
    expect(await overflowingText(page, 'kawan-aman-prompt')).toEqual([]);
    await screenshot(page, 'warning-high-zoom-id');
    await expect(prompt.continueButton()).toBeEnabled({ timeout: 10_000 });
    await expect(prompt.continueButton()).toHaveText('Saya mengerti, lanjut');
    await prompt.continueButton().click();
    await expect(prompt.host).toHaveCount(0);
  });

  test('each level answers each risk as DESIGN.md §5 says', async ({ context, sw }) => {
    const TABLE = {
      gentle: { low: 'none', medium: 'tip', high: 'tip' },
      guided: { low: 'tip', medium: 'warn', high: 'warn' },
      protective: { low: 'tip', medium: 'warn', high: 'block' },
    } as const;
    for (const [level, row] of Object.entries(TABLE)) {
      await setSettings(sw, { guidanceLevel: level as keyof typeof TABLE, ageBand: '13-17', language: 'id' });
      // The three conversations of one level side by side, each in its own tab.
      const tabs = await Promise.all(
        (['low', 'medium', 'high'] as const).map(async (risk) => {
          const page = await context.newPage();
          await page.goto(practiceUrl('mabar', `${LOBBY[risk]}&delay=100`));
          return { risk, page, prompt: new PromptObject(page), expected: row[risk] };
        }),
      );
      for (const { risk, page, prompt, expected } of tabs) {
        const what = `${level}, ${risk} risk`;
        if (expected === 'block') {
          await expect(page, what).toHaveURL(/\/blocked\.html\?event=\d+#http:\/\/mabar\.test/);
        } else {
          await page.locator('body[data-practice-done]').waitFor({ state: 'attached' });
          if (expected === 'none') {
            // Long enough for the guard and the background to answer the last line (as `settled` does).
            await page.waitForTimeout(1200);
            await expect(prompt.host, what).toHaveCount(0);
          } else {
            await expect(prompt.host, what).toHaveAttribute('data-risk', risk);
            await expect(prompt.host, what).toHaveAttribute('data-action', expected);
            // High risk puts help first, on a tip as on a warning card.
            if (risk === 'high') await expect(prompt.card(), what).toHaveClass(/\bhigh\b/);
          }
        }
      }
      await Promise.all(tabs.map(({ page }) => page.close()));
    }
  });
});
