/// <reference types="chrome" />
import { expect, test } from './fixtures';
import { PopupObject } from './pages/popup';
import { expectAccessible, overflowingText, requestedUrl, screenshot, setSettings } from './support/extension';
import { jv } from '../../locales/tips/jv';

test.describe('the toolbar popup', () => {
  test('says Kawan Aman is on, offers help in one tap, today’s tip, tips by topic and what a parent can see', async ({
    context,
    page,
    sw,
    extensionId,
  }) => {
    await setSettings(sw, { language: 'id', ageBand: '10-12' });
    const popup = await PopupObject.open(page, extensionId);
    await expect(popup.status()).toContainText('Kawan Aman sedang menjaga');
    await expect(popup.helpButton()).toBeVisible();
    await expect(popup.today()).toContainText('Tips hari ini');
    await expect(popup.today().locator('.tip-view p')).toHaveCount(3);
    await expect(popup.privacy()).toContainText('Apa yang bisa dilihat orang tuamu?');
    await expect(popup.privacy()).toContainText('Isi lengkap pesan dan obrolanmu');
    await expect(popup.privacy()).not.toContainText('potongan pendek');

    // Tips by topic, five per age band.
    await popup.topic().selectOption('gifts');
    await expect(popup.browser()).toContainText('Tips 1 dari 5');
    await popup.browser().getByRole('button', { name: 'Tips berikutnya' }).click();
    await expect(popup.browser()).toContainText('Tips 2 dari 5');
    await popup.topic().selectOption('vpn_bypass');
    await expect(popup.browser()).toContainText('VPN');

    await expectAccessible(page);
    await screenshot(page, 'popup-id');

    // The child may switch the language (the parent allows it by default); it is a setting, not the browser's.
    await popup.languageOption('English').check();
    await expect(popup.status()).toContainText('Kawan Aman is looking out for you');
    await expect
      .poll(() =>
        sw.evaluate(
          async () => ((await chrome.storage.local.get('settings')).settings as { language?: string })?.language,
        ),
      )
      .toBe('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectAccessible(page);
    await screenshot(page, 'popup-en');

    // Javanese is a whole language of the popup (issue #14), every topic included.
    await popup.languageOption('Boso Jowo').check();
    await expect(popup.status()).toContainText('Kawan Aman lagi njogo koen');
    await expect(page.locator('html')).toHaveAttribute('lang', 'jv');
    await popup.topic().selectOption('vpn_bypass');
    await popup.browser().getByRole('button', { name: 'Tips sakteruse' }).click();
    await expect(popup.browser().locator('.tip-view')).toContainText(jv.vpn_bypass['10-12'][1]!.what);
    await expect(popup.helpButton()).toHaveText(/Njaluk tulung/);
    await expectAccessible(page);
    await screenshot(page, 'popup-jv');
    await popup.languageOption('English').check();

    // At 200 % zoom (a 200 px wide popup becomes 400: here, a 320 px wide window) nothing spills out of its box.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await overflowingText(page, 'body')).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(page, 'popup-en-narrow');

    // "Get help" opens the report flow in one tap (and closes the popup, as a popup should).
    const [report] = await Promise.all([context.waitForEvent('page'), popup.helpButton().click()]);
    await expect.poll(() => requestedUrl(context, report)).toMatch(/\/report\.html\?from=popup$/);
  });

  test('a pause, a shared school computer and a locked language are shown plainly', async ({
    page,
    sw,
    extensionId,
  }) => {
    const until = Date.now() + 2 * 60 * 60 * 1000;
    await setSettings(sw, {
      language: 'id',
      pausedUntil: until,
      labMode: true,
      childMayChangeLanguage: false,
      keepSnippets: true,
    });
    const popup = await PopupObject.open(page, extensionId);
    await expect(popup.status()).toContainText('Kawan Aman sedang istirahat');
    await expect(popup.status()).toContainText('sampai');
    await expect(popup.status()).toContainText('Komputer bersama sekolah');
    // Lab mode keeps daily counts only, and never snippets, whatever else is set.
    await expect(popup.privacy()).toContainText('hanya menghitung berapa kali ada tips setiap hari');
    await expect(popup.privacy()).not.toContainText('potongan pendek');
    await expect(popup.languageOption('English')).toHaveCount(0);
    await expectAccessible(page);
    await screenshot(page, 'popup-paused-lab-id');
  });

  test('read-aloud speaks the tip in the child’s language, with a voice on the device only', async ({
    page,
    sw,
    extensionId,
  }) => {
    await setSettings(sw, { language: 'id' });
    // Headless Chromium has no voices; give this page one Indonesian device voice and one online English voice.
    await page.addInitScript(() => {
      const spoken: { text: string; lang: string; voice: string }[] = [];
      const voices = [
        { name: 'Suara Indonesia', lang: 'id-ID', localService: true, default: true, voiceURI: 'local-id' },
        { name: 'Online English', lang: 'en-US', localService: false, default: false, voiceURI: 'online-en' },
      ];
      class Utterance {
        voice: { name: string } | null = null;
        lang = '';
        rate = 1;
        onend: (() => void) | null = null;
        onerror: (() => void) | null = null;
        constructor(readonly text: string) {}
      }
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
      Object.defineProperty(window, 'speechSynthesis', {
        value: {
          getVoices: () => voices,
          speak: (u: Utterance) => {
            spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? '' });
            setTimeout(() => u.onend?.(), 300);
          },
          cancel: () => undefined,
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
        },
      });
      (window as unknown as { spoken: typeof spoken }).spoken = spoken;
    });
    const popup = await PopupObject.open(page, extensionId);
    const read = popup.today().getByRole('button', { name: 'Bacakan' });
    await read.click();
    const spoken = await page.evaluate(() => (window as unknown as { spoken: unknown[] }).spoken);
    expect(spoken).toEqual([expect.objectContaining({ lang: 'id-ID', voice: 'Suara Indonesia' })]);
    expect((spoken[0] as { text: string }).text).toContain(
      await popup.today().locator('.tip-view p').first().innerText(),
    );

    // Javanese is read by the Indonesian voice.
    await popup.languageOption('Boso Jowo').check();
    await popup.today().getByRole('button', { name: 'Bacakno' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { spoken: { lang: string }[] }).spoken.length))
      .toBe(2);
    expect(await page.evaluate(() => (window as unknown as { spoken: { lang: string }[] }).spoken[1]!.lang)).toBe(
      'id-ID',
    );

    // English has only an online voice here: it is never used, so read-aloud is not offered at all (issue #14).
    await popup.languageOption('English').check();
    await expect(popup.today()).toContainText("Today's tip");
    await expect(popup.today().getByRole('button', { name: 'Read aloud' })).toHaveCount(0);
    await expect(popup.today()).not.toContainText('no voice');
  });
});
