import { expect, practiceUrl, receive, test } from './fixtures';
import { PromptObject } from './pages/prompt';
import { events, requestedUrl, screenshot, setSettings } from './support/extension';
import { cardWords } from '../../locales/stories';

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test.describe('the tip: a small card in a free corner', () => {
  test('a child typing in a chat gets a tip that covers nothing, takes no focus and can be closed by keyboard', async ({
    page,
    prompt,
    sw,
  }) => {
    await setSettings(sw, { guidanceLevel: 'guided', ageBand: '10-12', language: 'id' });
    await page.goto(practiceUrl('chat', 'chat.html?script=secret-id&delay=400'));
    const input = page.locator('#compose-input');
    await input.click();
    await input.pressSequentially('lagi apa');

    await prompt.expectState({ action: 'tip' });
    await expect.poll(() => prompt.visible()).toBe(true);
    // The child keeps typing: the tip took no focus.
    await expect(input).toBeFocused();
    await input.pressSequentially(' kak');
    await expect(input).toHaveValue('lagi apa kak');

    // It covers neither the compose box nor its send button.
    const card = await prompt.box();
    for (const el of ['#compose-input', '.compose button']) {
      expect(overlaps(card, (await page.locator(el).boundingBox())!), el).toBe(false);
    }

    // The tip tells what happened ("jangan bilang ortu"), why it matters and one thing to do, for this age band in
    // Indonesian, with help; read-aloud only where the device has a voice (headless Chromium has none).
    const words = cardWords('id', '10-12', { category: 'secrecy', context: 'chat', signal: 'keep_secret' });
    const text = await prompt.text();
    for (const line of [words.what, words.why, words.todo]) expect(text).toContain(line);
    await prompt.expectButton('help');
    expect(text).not.toMatch(/Bacakan|belum tersedia/);
    await prompt.press('why');
    await expect.poll(() => prompt.text()).toContain('Kamu tidak salah');
    await prompt.expectAccessible();
    await screenshot(page, 'tip-id');

    // Reachable by keyboard: Tab from the compose box passes the send button, then enters the tip.
    await input.focus();
    await page.keyboard.press('Tab');
    await expect(page.locator('.compose button')).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await prompt.focused()).toMatch(/^button:/);
    await page.keyboard.press('Escape');
    await prompt.expectGone();
    await expect.poll(async () => (await events(sw)).map((e) => e.choice)).toEqual(['dismiss']);

    // Shown once per conversation and category: the same line again shows nothing new.
    await receive(page, 'jangan bilang mama ya');
    await prompt.expectNone(1200);
  });

  test('a young child gets an English tip for their age, and the gentle level stays quiet at low risk', async ({
    context,
    page,
    prompt,
    sw,
  }) => {
    await setSettings(sw, { guidanceLevel: 'guided', ageBand: '6-9', language: 'en' });
    await page.goto(practiceUrl('chat', 'chat.html?script=secret-en&delay=50'));
    await prompt.expectState({ action: 'tip' });
    expect(await prompt.text()).toContain('A tip from Kawan Aman');
    const words = cardWords('en', '6-9', { category: 'secrecy', context: 'chat', signal: 'keep_secret' });
    expect(await prompt.text()).toContain(words.what);
    expect(await prompt.text()).toContain(words.todo);
    await prompt.expectAccessible();
    await screenshot(page, 'tip-en');

    // It moves gently only for children who haven't asked their system for less motion.
    const animation = () => prompt.evaluate((el) => getComputedStyle(el).animationName);
    expect(await animation()).toBe('ka-rise');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await animation()).toBe('none');

    // At 200 % zoom (a 640 × 400 window) it stays on screen and its text stays in its boxes.
    await page.setViewportSize({ width: 640, height: 400 });
    await expect
      .poll(async () => {
        const box = await prompt.box();
        return box.x >= 0 && box.y >= 0 && box.x + box.width <= 640 && box.y + box.height <= 400;
      })
      .toBe(true);
    expect(await prompt.overflowingText()).toEqual([]);

    // "Get help" opens the report flow for this event in one tap.
    const [report] = await Promise.all([context.waitForEvent('page'), prompt.press('help')]);
    await expect.poll(() => requestedUrl(context, report)).toMatch(/\/report\.html\?event=\d+$/);
    await expect.poll(async () => (await events(sw)).map((e) => e.choice)).toEqual(['help']);
    await prompt.expectGone();

    await setSettings(sw, { guidanceLevel: 'gentle', ageBand: '13-17' });
    const quiet = await context.newPage();
    await quiet.goto(practiceUrl('chat', 'chat.html?script=secret-en&delay=50'));
    await expect(quiet.locator('.message')).toHaveCount(3);
    await new PromptObject(quiet).expectNone(1500);
  });

  test('a hostile page’s CSS can neither hide nor restyle the tip, and the tip changes nothing on the page', async ({
    page,
    prompt,
    sw,
  }) => {
    await setSettings(sw, { guidanceLevel: 'guided', ageBand: '10-12', language: 'id' });
    await page.goto(practiceUrl('hostile', 'hostile-css.html'));
    const pageLook = () =>
      page.evaluate(() =>
        ['#compose-input', '.chat-header h1', '.messages'].map((sel) => {
          const s = getComputedStyle(document.querySelector(sel)!);
          return [s.fontSize, s.color, s.fontFamily, s.backgroundColor, s.padding, s.display].join('|');
        }),
      );
    const before = await pageLook();
    await receive(page, 'jgn blg ortu ya dek');
    await prompt.expectState({ action: 'tip' });
    await expect.poll(() => prompt.visible()).toBe(true);
    const look = await prompt.evaluate((el) => {
      const s = getComputedStyle(el);
      const button = el.querySelector('button.help')!;
      const b = getComputedStyle(button);
      return { font: s.fontSize, transform: s.textTransform, button: b.display, help: b.backgroundColor };
    });
    expect(look).toEqual({ font: '16px', transform: 'none', button: 'block', help: 'rgb(109, 40, 217)' });
    await prompt.expectButton('help', { enabled: true });
    expect(await pageLook()).toEqual(before);
    await screenshot(page, 'tip-on-hostile-page');
  });
});
