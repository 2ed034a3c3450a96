/// <reference types="chrome" />
import { expect, practiceUrl, test } from './fixtures';
import { addRows, OptionsPage, readRows, seedParent, sendRaw } from './pages/options';
import { PromptObject } from './pages/prompt';

const PIN = '2468';

test.describe('the parent companion behind the PIN', () => {
  test('a wrong PIN is refused, wrong tries lock, changes need the PIN, and a forgotten PIN can be reset', async ({
    context,
    extensionId,
    page,
  }, testInfo) => {
    await seedParent(context, extensionId, { settings: { language: 'en' }, pin: PIN });
    const options = new OptionsPage(page, extensionId);
    await options.open();
    await expect(options.heading()).toHaveText('Enter the parent PIN');
    await options.expectAccessible(testInfo, 'gate-en');

    // Settings cannot be changed without a grant, whatever a page sends.
    expect(await sendRaw(page, 'saveSettings', { token: 'made-up', patch: { guidanceLevel: 'gentle' } })).toEqual({
      ok: false,
      reason: 'no-grant',
    });
    expect(await sendRaw(page, 'wipeAllData', { token: 'made-up' })).toEqual({ ok: false, reason: 'no-grant' });

    // Keyboard: the PIN field has focus on arrival; type and press Enter.
    await expect(options.pinField()).toBeFocused();
    for (const wrong of ['1111', '1112', '1113']) {
      await page.keyboard.type(wrong);
      await page.keyboard.press('Enter');
      // The field empties once the background answered.
      await expect(options.pinField()).toHaveValue('');
      await expect(page.getByText('Wrong PIN. Please try again.')).toBeVisible();
    }
    await expect(page.getByText(/Too many wrong tries\. Try again in \d+ seconds\./)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Unlock' })).toBeDisabled();
    await options.screenshot(testInfo, 'gate-locked-en');
    // Even the right PIN is refused during the wait.
    expect(await sendRaw(page, 'verifyPin', { pin: PIN })).toMatchObject({ ok: false, reason: 'locked' });

    // A forgotten PIN: the page says plainly that the history goes with it, then asks for a new PIN.
    await page.getByText('Forgot the PIN?').click();
    await expect(page.getByText(/This deletes all history/)).toBeVisible();
    const reset = page.getByRole('button', { name: 'Delete the PIN and the history' });
    await expect(reset).toBeDisabled();
    await page.getByLabel('I understand that all history will be deleted.').check();
    await options.screenshot(testInfo, 'gate-reset-en');
    await reset.click();
    await expect(options.heading()).toHaveText('Make a new PIN');
    await page.getByLabel('PIN (4–8 digits)').fill('1357');
    await page.getByLabel('Type the PIN again').fill('1357');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(options.heading()).toHaveText('Picture');
    await expect(page.getByText(/The PIN was reset on .* because it was forgotten/)).toBeVisible();
    await options.expectAccessible(testInfo, 'picture-after-reset-en');
    await page.getByRole('button', { name: 'Got it' }).click();
    await expect(page.getByText(/The PIN was reset on/)).toHaveCount(0);

    // Lock, and the old PIN no longer opens the page; the new one does.
    await page.getByRole('button', { name: 'Lock' }).click();
    await options.unlock(PIN);
    await expect(page.getByText('Wrong PIN. Please try again.')).toBeVisible();
    await options.unlock('1357');
    await expect(options.heading()).toHaveText('Picture');
  });

  test('the level chosen changes what a practice chat shows, and the picture shows what happened', async ({
    context,
    extensionId,
    page,
    prompt,
  }, testInfo) => {
    // One story across the chat, settings, picture, guide and both languages: give it room on a busy 2-core runner.
    test.setTimeout(120_000);
    await seedParent(context, extensionId, {
      settings: { language: 'en', ageBand: '13-17', guidanceLevel: 'gentle' },
      pin: PIN,
    });

    // Gentle: a low-risk secrecy line gets no response.
    await page.goto(practiceUrl('chat', 'chat.html?script=secret-en&delay=50'));
    await expect(page.locator('.message')).toHaveCount(3);
    await prompt.expectNone(1500);

    // The parent switches to Guided in Settings (with the PIN).
    const parent = await context.newPage();
    const options = new OptionsPage(parent, extensionId);
    await options.open('settings');
    await options.unlock(PIN);
    await expect(options.heading()).toHaveText('Settings');
    const level = options.section('level');
    await level.getByRole('radio', { name: /Guided/ }).check();
    await level.getByRole('button', { name: 'Save' }).click();
    await expect(level.getByText('Saved.')).toBeVisible();
    await options.expectAccessible(testInfo, 'settings-en');
    await options.screenshot(testInfo, 'settings-en');

    // Guided: the same chat now shows a tip; the child closes it.
    await page.goto(practiceUrl('chat', 'chat.html?script=secret-en&delay=50'));
    await prompt.expectState({ action: 'tip' });
    await prompt.press('close');
    await prompt.expectGone();

    // A report the child made and a pause show in the picture too.
    const now = Date.now();
    await addRows(parent, 'reports', [
      {
        createdAt: now - 3_600_000,
        updatedAt: now - 3_500_000,
        status: 'sent',
        sentTo: 'Ibu Sari (WhatsApp)',
        host: 'chat.test',
        title: 'Practice chat',
        contact: 'Alex',
        categories: ['secrecy'],
        flaggedWords: "don't tell your parents",
        note: '',
      },
    ]);
    await addRows(parent, 'pauses', [
      { start: now - 2 * 3_600_000, end: now - 3_600_000 + 60_000, reason: 'disabled' },
    ]);

    await options.nav(/^Picture$/).click();
    await expect(options.heading()).toHaveText('Picture');
    await expect(parent.getByTestId('flags-this-week')).toContainText('1');
    const categories = parent.getByTestId('category-table');
    await expect(categories.locator('tr[data-category="secrecy"] td').first()).toHaveText('1');
    await expect(parent.getByTestId('sites-table')).toContainText('chat.test');
    await expect(parent.getByTestId('choices').locator('[data-choice="dismiss"] dd')).toHaveText('1');
    await expect(parent.getByTestId('reports-table')).toContainText('Sent to Ibu Sari (WhatsApp)');
    await expect(parent.getByTestId('pauses-table')).toContainText('Turned off in the browser’s extension settings');
    await expect(parent.getByTestId('pauses-table')).toContainText('1 h 1 min');
    await expect(parent.getByRole('img', { name: /Bar chart/ })).toBeVisible();
    await options.expectAccessible(testInfo, 'picture-en');
    await options.screenshot(testInfo, 'picture-en');

    // Each kind of risk links to its parent guide.
    await categories.getByRole('link', { name: 'Asked to keep a secret' }).click();
    await expect(options.heading()).toHaveText('Asked to keep a secret');
    await expect(parent.getByText(/Save evidence/)).toBeVisible();
    await expect(parent.getByText(/SAPA 129 \(KemenPPPA\): call 129, WhatsApp 08111-129-129/)).toBeVisible();
    await options.expectAccessible(testInfo, 'guide-secrecy-en');
    await options.screenshot(testInfo, 'guide-secrecy-en');

    // A pause from Settings is recorded and can be ended early.
    await options.nav(/^Settings$/).click();
    await options.section('pause').getByRole('button', { name: 'Start the pause' }).click();
    await expect(parent.getByText(/Protection is paused until/).first()).toBeVisible();
    // (The background records the pause as it follows the settings change, a moment after the page shows it.)
    await expect.poll(async () => (await readRows(parent, 'pauses')).map((p) => p.reason)).toContain('parent-paused');
    await expect
      .poll(() =>
        context
          .serviceWorkers()[0]!
          .evaluate(async () => (await chrome.declarativeNetRequest.getDynamicRules()).length),
      )
      .toBe(0);
    await parent.getByRole('button', { name: 'Resume now' }).first().click();
    await expect(parent.getByText(/Protection is paused until/)).toHaveCount(0);
    // The parent's own saves are never taken for a change made without the PIN (seals.ts).
    await parent.waitForTimeout(500);
    await expect(parent.getByTestId('settings-guarded')).toHaveCount(0);

    // Both languages: the parent switches to Bahasa Indonesia.
    const language = options.section('language');
    await language.getByRole('radio', { name: 'Bahasa Indonesia' }).check();
    await language.getByRole('button', { name: 'Save' }).click();
    await expect(options.heading()).toHaveText('Pengaturan');
    await options.expectAccessible(testInfo, 'settings-id');
    await options.screenshot(testInfo, 'settings-id');
    await options.nav(/^Gambaran$/).click();
    await expect(parent.getByTestId('pauses-table')).toContainText('Dijeda oleh orang tua');
    await options.expectAccessible(testInfo, 'picture-id');
    await options.screenshot(testInfo, 'picture-id');
    await options.nav(/^Panduan$/).click();
    await expect(options.heading()).toHaveText('Panduan orang tua');
    await options.expectAccessible(testInfo, 'guide-id');
  });

  test('message snippets: none by default; kept and shown once the parent turns them on; gone when turned off', async ({
    context,
    extensionId,
    page,
  }, testInfo) => {
    await seedParent(context, extensionId, { settings: { language: 'en', guidanceLevel: 'guided' }, pin: PIN });
    const RISKY = "don't tell your parents we talk ok";
    const chat = async () => {
      const tab = await context.newPage();
      await tab.goto(practiceUrl('chat', 'chat.html?script=secret-en&delay=50'));
      await new PromptObject(tab).expectState({ categories: 'secrecy' });
      await tab.close();
    };
    const snippets = async () => (await readRows(page, 'events')).map((e) => e.snippet ?? null);

    // Off by default: the event keeps no words.
    await chat();
    const options = new OptionsPage(page, extensionId);
    await options.open('settings');
    await options.unlock(PIN);
    await expect.poll(snippets).toEqual([null]);

    // The parent turns them on: the next flag keeps the sentence around the words, from the other side's message.
    const privacy = options.section('privacy');
    await privacy.getByLabel('Keep message snippets').check();
    await privacy.getByRole('button', { name: 'Save' }).click();
    await expect(privacy.getByText('Saved.')).toBeVisible();
    await chat();
    await expect.poll(snippets).toEqual([null, expect.stringContaining(RISKY)]);
    expect(((await snippets())[1] as string).length).toBeLessThanOrEqual(200);

    // The picture shows it, and says honestly what is kept.
    await options.nav(/^Picture$/).click();
    await expect(page.getByTestId('snippets-table')).toContainText(RISKY);
    await expect(page.getByTestId('snippets-table')).toContainText('chat.test');
    await expect(page.locator('.keeps')).toContainText('a short snippet');
    await options.expectAccessible(testInfo, 'picture-snippets-en');
    await options.screenshot(testInfo, 'picture-snippets-en');

    // Turned off again: the kept snippets go, the events stay.
    await options.nav(/^Settings$/).click();
    await privacy.getByLabel('Keep message snippets').uncheck();
    await privacy.getByRole('button', { name: 'Save' }).click();
    await expect(privacy.getByText('Saved.')).toBeVisible();
    await expect.poll(snippets).toEqual([null, null]);
    await options.nav(/^Picture$/).click();
    await expect(options.heading()).toHaveText('Picture');
    await expect(page.getByTestId('snippets-table')).toHaveCount(0);
  });

  test('settings are validated in plain words before anything is saved', async ({
    context,
    extensionId,
    page,
  }, testInfo) => {
    await seedParent(context, extensionId, { settings: { language: 'id' }, pin: PIN });
    const options = new OptionsPage(page, extensionId);
    await options.open('settings');
    await options.unlock(PIN);

    const blocked = options.page.getByTestId('block-sites');
    await blocked.getByLabel('Nama situs').fill('situs jahat');
    await blocked.getByRole('button', { name: 'Tambah' }).click();
    await expect(blocked.getByText('Nama situs tidak boleh ada spasi. Tulis misalnya example.com.')).toBeVisible();
    await blocked.getByLabel('Nama situs').fill('https://www.Omegle.example/chat?x=1');
    await blocked.getByRole('button', { name: 'Tambah' }).click();
    await expect(blocked.getByRole('list', { name: 'Nama situs' })).toContainText('omegle.example');

    const adult = options.section('adult');
    await adult.getByLabel('Nama', { exact: true }).fill('Pak Budi');
    await adult.getByLabel(/^Email/).fill('budi@');
    await adult.getByRole('button', { name: 'Simpan' }).click();
    await expect(adult.getByText('Alamat email belum benar, misalnya nama@example.com.')).toBeVisible();

    const privacy = options.section('privacy');
    await privacy.getByLabel(/Simpan riwayat selama/).fill('1000');
    await privacy.getByRole('button', { name: 'Simpan' }).click();
    await expect(privacy.getByText('Tulis angka bulat dari 1 sampai 365.')).toBeVisible();
    await expect(privacy.getByRole('checkbox', { name: 'Simpan potongan pesan' })).not.toBeChecked();
    await options.screenshot(testInfo, 'settings-errors-id');

    const stored = await page.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
    expect(stored).toMatchObject({ blockSites: ['omegle.example'], retentionDays: 30, trustedAdult: null });
  });
});

test('turning Kawan Aman off in the browser and on again shows as a time protection stopped', async ({
  context,
  extensionId,
  page,
  sw,
}, testInfo) => {
  await seedParent(context, extensionId, { settings: { language: 'en' }, pin: PIN });
  // Pretend the last heartbeat was 20 minutes ago, as if it had been off that long.
  await expect
    .poll(() => sw.evaluate(async () => Boolean((await chrome.storage.local.get('heartbeat')).heartbeat)))
    .toBe(true);
  await sw.evaluate(async () => {
    const { heartbeat } = (await chrome.storage.local.get('heartbeat')) as { heartbeat: { installedAt: number } };
    await chrome.storage.local.set({ heartbeat: { ...heartbeat, last: Date.now() - 20 * 60_000 } });
  });
  // What a child could do on chrome://extensions: switch it off, then on again.
  await page.goto('chrome://extensions');
  await page.evaluate((id) => chrome.management.setEnabled(id, false), extensionId);
  await page.evaluate((id) => chrome.management.setEnabled(id, true), extensionId);

  const options = new OptionsPage(page, extensionId);
  await expect
    .poll(async () => {
      await options.open('guide');
      return (await readRows(page, 'pauses')).map((p) => p.reason);
    })
    .toEqual(['disabled']);
  await options.open('picture');
  await options.unlock(PIN);
  await expect(page.getByTestId('pauses-table')).toContainText('Turned off in the browser’s extension settings');
  await expect(page.getByTestId('pauses-table')).toContainText('20 min');
  await options.screenshot(testInfo, 'picture-paused-en');
});
