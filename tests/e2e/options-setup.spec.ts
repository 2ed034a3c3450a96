/// <reference types="chrome" />
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';

test.describe('a parent installs Kawan Aman', () => {
  test.use({ firstRunTab: 'keep' });

  test('the setup wizard opens on install and is done by keyboard, resumable half-way', async ({
    context,
    extensionId,
    sw,
  }, testInfo) => {
    // Installing opened the wizard in a tab.
    const first = context.pages().find((p) => p.url().includes('/options.html#/setup'));
    expect(first, 'the wizard tab opened on install').toBeTruthy();
    const page = first!;
    const options = new OptionsPage(page, extensionId);
    const kb = page.keyboard;
    await expect(options.heading()).toHaveText(/Set up Kawan Aman|Pasang Kawan Aman/);

    // Step 1: language. Keyboard: the radio takes arrow keys, Enter on the focused button goes on.
    await options.expectAccessible(testInfo, 'wizard-language');
    await page.getByRole('radio', { name: 'English' }).focus();
    await kb.press('ArrowLeft');
    await expect(page.getByRole('radio', { name: 'Bahasa Indonesia' })).toBeChecked();
    await expect(options.heading()).toHaveText('Pasang Kawan Aman');
    await expect(page.getByText('Langkah 1 dari 5')).toBeVisible();
    await options.screenshot(testInfo, 'wizard-1-language-id');
    await page.getByRole('button', { name: 'Lanjut' }).focus();
    await kb.press('Enter');

    // Step 2: age. The step's heading takes focus, so a keyboard user starts at the top.
    await expect(page.getByRole('heading', { name: 'Berapa usia anak Anda?' })).toBeFocused();
    await page.getByRole('radio', { name: '6–9 tahun' }).focus();
    await kb.press('Space');
    await expect(page.getByRole('radio', { name: '6–9 tahun' })).toBeChecked();
    await page.getByRole('button', { name: 'Lanjut' }).focus();
    await kb.press('Enter');

    // Step 3: level, preselected from the age band (under 10 → Lindungi), with an example of what the child sees.
    await expect(page.getByRole('heading', { name: 'Seberapa kuat Kawan Aman mendampingi?' })).toBeVisible();
    await expect(page.getByRole('radio', { name: /Lindungi/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /SafeSearch/ })).toBeChecked();
    await expect(page.getByRole('group', { name: 'Contoh yang dilihat anak' })).toHaveCount(3);
    await options.expectAccessible(testInfo, 'wizard-level');
    await options.screenshot(testInfo, 'wizard-3-level-id');

    // Closing the tab half-way loses nothing: a new tab continues at the same step.
    await page.close();
    const again = await context.newPage();
    const resumed = new OptionsPage(again, extensionId);
    await resumed.open('setup');
    await expect(again.getByText('Langkah 3 dari 5')).toBeVisible();
    await expect(again.getByRole('radio', { name: /Lindungi/ })).toBeChecked();
    await again.getByRole('button', { name: 'Lanjut' }).click();

    // Step 4: the trusted adult, validated in plain words.
    await again.getByLabel('Nama', { exact: true }).fill('');
    await again.getByLabel(/Nomor WhatsApp/).fill('nomor saya');
    await again.getByRole('button', { name: 'Lanjut' }).click();
    await expect(again.getByText('Wajib diisi.')).toBeVisible();
    await expect(again.getByText(/Tulis nomor dengan angka saja/)).toBeVisible();
    await again.screenshot({ path: testInfo.outputPath('screenshots/wizard-4-adult-errors-id.png'), fullPage: true });
    await again.getByLabel('Nama', { exact: true }).fill('Ibu Sari');
    await again.getByLabel(/Hubungan dengan anak/).fill('Ibu');
    await again.getByLabel(/Nomor WhatsApp/).fill('0812-3456-7890');
    await again.getByLabel(/Nomor WhatsApp/).press('Enter');

    // Step 5: the PIN, typed twice.
    await expect(again.getByRole('heading', { name: 'Buat PIN orang tua' })).toBeVisible();
    await again.getByLabel('PIN (4–8 angka)').fill('2468');
    await again.getByLabel('Ketik PIN sekali lagi').fill('2486');
    await again.getByRole('button', { name: 'Selesai' }).click();
    await expect(again.getByText('Kedua PIN tidak sama. Ketik ulang.')).toBeVisible();
    await again.getByLabel('Ketik PIN sekali lagi').fill('2468');
    await again.getByLabel('Ketik PIN sekali lagi').press('Enter');

    await expect(resumed.heading()).toHaveText('Kawan Aman sudah siap');
    await expect(again.getByText('Ibu Sari, Ibu')).toBeVisible();
    await resumed.expectAccessible(testInfo, 'wizard-done');
    await resumed.screenshot(testInfo, 'wizard-5-done-id');

    // What was saved, and the SafeSearch rules it turned on (ids 100–199 belong to SafeSearch).
    const stored = await sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
    expect(stored).toMatchObject({
      setupDone: true,
      language: 'id',
      ageBand: '6-9',
      guidanceLevel: 'protective',
      safeSearch: true,
      youtubeRestricted: true,
      trustedAdult: { name: 'Ibu Sari', role: 'Ibu', whatsapp: '0812-3456-7890' },
    });
    expect(await sw.evaluate(async () => (await chrome.storage.local.get('setupDraft')).setupDraft)).toBeUndefined();
    await expect
      .poll(() => sw.evaluate(async () => (await chrome.declarativeNetRequest.getDynamicRules()).map((r) => r.id)))
      .toEqual([101, 102, 103, 110]);

    // On to the picture; an empty week says so kindly.
    await again.getByRole('link', { name: 'Lihat gambaran' }).click();
    await expect(resumed.heading()).toHaveText('Gambaran');
    await expect(again.getByText(/Tidak ada tanda dalam dua minggu terakhir/)).toBeVisible();
    await resumed.expectAccessible(testInfo, 'picture-empty-id');
  });
});
