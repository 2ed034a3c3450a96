import fs from 'node:fs';
import type { SchoolStatus } from '../../lib/school/status';
import { localDay } from '../../lib/school/day';
import { EXTENSION_ID } from '../../lib/extension-id';
import { expect, practiceUrl, test } from './fixtures';
import { OptionsPage, seedParent } from './pages/options';
import { PopupObject } from './pages/popup';
import { PromptObject } from './pages/prompt';
import { cardWords } from '../../locales/stories';
import {
  ExtensionMessenger,
  launchBrowser,
  newProfileDir,
  policyUnavailable,
  readDatabase,
  removePolicy,
  writePolicy,
} from './school-policy';

// Chromium reads school policy from a machine-wide folder: these tests write a file there right before launching
// and remove it in `finally`, also when they fail. Each test is one short story to keep that window small.
const unavailable = policyUnavailable();

const counsellor = { name: 'Bu Sari', role: 'Guru BK', whatsapp: '+62 812 0000 0000' };
const PIN = '2468';

/** Polls the school status until `ready` holds: the first managed read takes ~3 s, a policy change ~5–10 s. */
async function statusWhen(messenger: ExtensionMessenger, ready: (s: SchoolStatus) => boolean): Promise<SchoolStatus> {
  let status: SchoolStatus | null = null;
  await expect
    .poll(
      async () => {
        status = await messenger.send('getSchoolStatus');
        return status !== null && ready(status);
      },
      { timeout: 30_000, intervals: [250, 500, 1000] },
    )
    .toBe(true);
  return status!;
}

test.describe('a school lab PC configured by browser policy', () => {
  test.skip(unavailable !== null, unavailable ?? '');
  test.setTimeout(90_000);

  test('a family PC becomes a lab PC by policy: locks on the options page, no snippets, the popup, the school report', async () => {
    test.setTimeout(180_000);
    const profile = newProfileDir();
    let context: Awaited<ReturnType<typeof launchBrowser>>['context'] | undefined;
    try {
      // First the school manages the level, the language and the counsellor; one key has a wrong value. No lab yet.
      writePolicy({
        guidanceLevel: 'protective',
        language: 'id',
        trustedAdult: counsellor,
        // Right type, wrong value: Chromium passes it through and the extension must list it for the admin.
        ageBand: 'toddler',
      });
      const launched = await launchBrowser(profile);
      context = launched.context;
      const messenger = await ExtensionMessenger.open(context);
      const first = await statusWhen(messenger, (s) => s.managed);
      expect(first.policy).toEqual({ guidanceLevel: 'protective', language: 'id', trustedAdult: counsellor });
      expect(first.labMode).toBe(false);
      expect(first.problems).toEqual([{ key: 'ageBand', code: 'invalid-value', message: expect.any(String) }]);
      // A parent had set Kawan Aman up on this PC: a gentler level, an older child, Mama, and message snippets on.
      await seedParent(context, EXTENSION_ID, {
        pin: PIN,
        settings: {
          guidanceLevel: 'gentle',
          ageBand: '13-17',
          keepSnippets: true,
          trustedAdult: { name: 'Mama', whatsapp: '0812 3456 7890' },
        },
      });

      // The rest of the policy applies: the school's level (a tip at low risk), the parent's age band.
      const chat = await context.newPage();
      await chat.goto(practiceUrl('chat', 'chat.html?script=secret-id&delay=50'));
      await expect(new PromptObject(chat).host).toHaveAttribute('data-action', 'tip');
      await expect.poll(async () => (await readDatabase(launched.sw)).events?.length).toBe(1);
      expect((await readDatabase(launched.sw)).events?.[0]).toMatchObject({ host: 'chat.test', action: 'tip' });

      // The parent's options page: the school's values are locked and say so, the malformed key is listed.
      const optionsTab = await context.newPage();
      const options = new OptionsPage(optionsTab, EXTENSION_ID);
      await options.open('settings');
      await expect(optionsTab.getByTestId('policy-problems')).toContainText('ageBand');
      await expect(optionsTab.getByRole('link', { name: /lihat kebijakan sekolah tanpa PIN/ })).toBeVisible();
      await options.unlock(PIN);
      await expect(options.heading()).toHaveText('Pengaturan');
      const level = options.section('level');
      await expect(level).toHaveAttribute('data-locked', 'true');
      await expect(level.getByRole('heading')).toContainText('Diatur oleh sekolah');
      await expect(level.getByRole('radio', { name: 'Lindungi' })).toBeChecked();
      await expect(level.getByRole('radio', { name: 'Lindungi' })).toBeDisabled();
      await expect(level.getByRole('button', { name: 'Simpan' })).toHaveCount(0);
      const adult = options.section('adult');
      await expect(adult.locator('fieldset[data-locked]').first()).toContainText('Diatur oleh sekolah');
      await expect(adult.getByLabel('Nama', { exact: true })).toHaveValue('Bu Sari');
      await expect(adult.getByLabel('Nama', { exact: true })).toBeDisabled();
      // What the school did not set (or set wrongly) is still the parent's to change.
      await expect(options.section('age').getByRole('radio', { name: '13–17 tahun' })).toBeChecked();
      await expect(options.section('age').getByRole('radio', { name: '13–17 tahun' })).toBeEnabled();
      await expect(options.section('privacy').getByLabel('Simpan potongan pesan')).toBeChecked();
      await expect(optionsTab.getByTestId('policy-problems').locator('li[data-key=ageBand]')).toContainText(
        'Nilainya tidak sah',
      );
      await options.screenshot(test.info(), 'settings-school-locked-id');

      // The school panel, from the menu: what applies, the bad key and why.
      await options.nav(/^Sekolah$/).click();
      await expect(options.heading()).toHaveText('Kebijakan sekolah');
      const panel = optionsTab.getByTestId('school-panel');
      await expect(panel.locator('[data-testid=school-policy] tr[data-key=guidanceLevel]')).toContainText('Lindungi');
      await expect(panel.locator('[data-testid=school-policy] tr[data-key=trustedAdult]')).toContainText(
        'Bu Sari (Guru BK)',
      );
      await expect(panel.locator('[data-testid=school-problems] li[data-key=ageBand]')).toContainText(
        'Nilainya tidak sah',
      );
      await expect(panel.getByTestId('school-report')).toContainText('Belum ada kejadian');
      await options.expectAccessible(test.info(), 'school-panel-id');
      await options.screenshot(test.info(), 'school-panel-id');

      // Now the school makes this a lab PC; it applies without a restart.
      writePolicy({
        labMode: true,
        guidanceLevel: 'protective',
        language: 'en',
        trustedAdult: counsellor,
        categoryActions: { secrecy: 'warn' },
        ageBand: 'toddler',
      });
      const status = await statusWhen(messenger, (s) => s.labMode);
      expect(status.policy).toEqual({
        labMode: true,
        guidanceLevel: 'protective',
        language: 'en',
        trustedAdult: counsellor,
        categoryActions: { secrecy: 'warn' },
      });
      expect(status.locked).toEqual(
        expect.arrayContaining(['guidanceLevel', 'language', 'labMode', 'trustedAdult', 'keepSnippets']),
      );
      expect(status.problems).toEqual([{ key: 'ageBand', code: 'invalid-value', message: expect.any(String) }]);
      expect(status.warnings).toEqual([]);

      // The child sees what the school set: a warning card (categoryActions), in English.
      const labChat = await context.newPage();
      const prompt = new PromptObject(labChat);
      await labChat.goto(practiceUrl('chat', 'chat.html?script=secret-id&delay=50'));
      await expect(prompt.host).toHaveAttribute('data-action', 'warn');
      await expect(prompt.host).toHaveAttribute('data-categories', 'secrecy');
      await expect(prompt.helpButton()).toHaveText(/Get help/);
      await labChat.screenshot({ path: test.info().outputPath('screenshots/lab-mode-warning.png') });

      // Lab mode: no event row, no snippet (though the parent had them on), no host; only today's count.
      const today = localDay(Date.now());
      await expect
        .poll(async () => (await readDatabase(launched.sw)).dailyCounts)
        .toEqual([{ day: today, category: 'secrecy', count: 1 }]);
      const database = await readDatabase(launched.sw);
      expect(database.events).toHaveLength(1);
      expect(JSON.stringify(database)).not.toMatch(/snippet|Kak Rani|bilang|ortu/);
      const local = await launched.sw.evaluate(() => chrome.storage.local.get(null));
      expect(JSON.stringify(local)).not.toMatch(/Kak Rani|bilang|ortu/);

      // The options page follows by itself: a shared school computer has no parent pages, no PIN, no wizard.
      await expect(options.heading()).toHaveText('School policy');
      await expect(optionsTab.locator('.brand .role')).toHaveText('School computer');
      await expect(optionsTab.getByRole('navigation', { name: 'Main menu' }).getByRole('link')).toHaveText([
        'School',
        'Picture',
        'Settings',
        'Guide',
      ]);
      await expect(optionsTab.getByRole('button', { name: 'Lock' })).toHaveCount(0);
      await expect(panel.getByTestId('school-mode')).toContainText('This is a shared school computer (lab mode).');
      await expect(panel.locator('[data-testid=school-problems] li[data-key=ageBand]')).toContainText(
        'Its value is not valid',
      );
      await expect(panel.locator('[data-testid=school-locked] li[data-key=keepSnippets]')).toHaveText(
        'Keep message snippets (because of lab mode)',
      );
      await expect(panel.locator(`[data-testid=school-days] tr[data-day="${today}"]`)).toContainText(
        'Asked to keep a secret 1',
      );
      await options.expectAccessible(test.info(), 'school-panel-lab-en');
      await options.screenshot(test.info(), 'school-panel-lab-en');

      // The school report: a CSV download with per-day counts only.
      const [download] = await Promise.all([
        optionsTab.waitForEvent('download'),
        panel.getByRole('button', { name: 'Download the school report (CSV)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`kawan-aman-school-report-${today}.csv`);
      await expect(panel.getByTestId('school-report-message')).toContainText('was downloaded');
      const csv = fs.readFileSync((await download.path())!, 'utf8');
      fs.writeFileSync(test.info().outputPath('school-report.csv'), csv);
      const [header, ...rows] = csv
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      expect(csv.startsWith('\uFEFFDate,Asked to keep a secret,')).toBe(true);
      expect(header!.split(',')).toHaveLength(15);
      expect(rows).toEqual([[today, '1', ...Array<string>(12).fill('0'), '1'].join(',')]);
      expect(csv).not.toMatch(/chat\.test|Bu Sari|Mama|Kak Rani|bilang|:\d\d/);

      // The settings in force, read-only: the school's values say so; snippets off though the parent had them on.
      await options.nav(/^Settings$/).click();
      await expect(optionsTab.getByTestId('settings-read-only')).toContainText('shared school computer');
      await expect(options.section('level').getByRole('heading')).toContainText('Managed by your school');
      await expect(options.section('level').getByRole('radio', { name: 'Protective' })).toBeChecked();
      await expect(options.section('adult').getByLabel('Name', { exact: true })).toHaveValue('Bu Sari');
      const snippets = options.section('privacy').getByLabel('Keep message snippets');
      await expect(snippets).not.toBeChecked();
      await expect(snippets).toBeDisabled();
      await expect(options.section('privacy')).toContainText('Managed by your school');
      await expect(optionsTab.locator('.settings').locator('input:enabled, select:enabled')).toHaveCount(0);
      await expect(optionsTab.locator('.settings button:visible')).toHaveCount(0);
      await expect(options.section('pin')).toHaveCount(0);
      await options.expectAccessible(test.info(), 'settings-lab-en');
      await options.screenshot(test.info(), 'settings-lab-en');

      // The picture shows counts only: no sites, no choices, no child's report.
      await options.nav(/^Picture$/).click();
      await expect(options.heading()).toBeVisible();
      await expect(optionsTab.locator('.picture .lead')).toContainText('only counts events per day');
      await expect(optionsTab.getByTestId('category-table')).toContainText('Asked to keep a secret');
      await expect(optionsTab.locator('#reports-title, #sites-title, #choices-title')).toHaveCount(0);

      // The popup tells the child plainly, and says nothing about snippets.
      const popupTab = await context.newPage();
      const popup = await PopupObject.open(popupTab, EXTENSION_ID);
      await expect(popup.status()).toContainText('Managed by your school');
      await expect(popup.status()).toContainText('Shared school computer');
      await expect(popup.privacy()).toContainText('only counts how many tips there were each day');
      await expect(popup.privacy()).not.toContainText('short bits of the message');
      await expect(popup.privacy().getByRole('heading', { level: 2 })).toHaveText('What can your school see?');
      await expect(popup.privacy()).toContainText('deleted after the browser is closed');
      await popupTab.screenshot({ path: test.info().outputPath('screenshots/popup-lab-en.png'), fullPage: true });
    } finally {
      removePolicy();
      await context?.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });

  test('lab mode: nothing personal survives a browser restart', async () => {
    const profile = newProfileDir();
    let context: Awaited<ReturnType<typeof launchBrowser>>['context'] | undefined;
    try {
      writePolicy({ labMode: true, trustedAdult: counsellor });
      let launched = await launchBrowser(profile);
      context = launched.context;
      let messenger = await ExtensionMessenger.open(context);
      await statusWhen(messenger, (s) => s.labMode);
      // Installed on a lab PC: no setup wizard opened (a student must not be the one who sets the PIN).
      expect(await launched.sw.evaluate(async () => (await chrome.storage.session.get('firstRun')).firstRun)).toBe(
        'skipped',
      );
      await messenger.send('exportSchoolReport', {}); // opens the database, so its tables exist

      // What a child might leave behind: a report draft (IndexedDB and storage.local) and a prompt shown this session.
      await launched.sw.evaluate(async () => {
        await chrome.storage.local.set({ 'reportDraft:tab-9': { note: 'dia minta foto' } });
        await chrome.storage.session.set({ 'shown:9': ['chat.test|secrecy|low'] });
        await new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('kawan-aman');
          open.onsuccess = () => {
            const tx = open.result.transaction(['reports', 'dailyCounts'], 'readwrite');
            tx.objectStore('reports').add({
              createdAt: Date.now(),
              updatedAt: Date.now(),
              status: 'draft',
              host: 'chat.test',
              title: 'Chat',
              contact: 'Kak Rani',
              categories: ['secrecy'],
              flaggedWords: 'jangan bilang ortu',
              note: 'dia minta foto',
            });
            tx.objectStore('dailyCounts').put({ day: '2026-03-02', category: 'secrecy', count: 4 });
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        });
      });
      expect((await readDatabase(launched.sw)).reports).toHaveLength(1);
      await context.close();

      launched = await launchBrowser(profile);
      context = launched.context;
      messenger = await ExtensionMessenger.open(context);
      await expect.poll(async () => (await readDatabase(launched.sw)).reports?.length, { timeout: 15_000 }).toBe(0);
      const database = await readDatabase(launched.sw);
      expect(database.events).toEqual([]);
      // The school report stays: it names no one.
      expect(database.dailyCounts).toEqual([{ day: '2026-03-02', category: 'secrecy', count: 4 }]);
      const local = await launched.sw.evaluate(() => chrome.storage.local.get(null));
      expect(Object.keys(local).filter((k) => k.startsWith('reportDraft:'))).toEqual([]);
      expect(await launched.sw.evaluate(() => chrome.storage.session.get(null))).not.toHaveProperty('shown:9');

      // The options page of a lab PC, whoever opens it: the school panel with the counts, no wizard, no PIN.
      const options = new OptionsPage(await context.newPage(), EXTENSION_ID);
      await options.open();
      await expect(options.heading()).toHaveText('Kebijakan sekolah');
      await expect(options.page.locator('[data-testid=school-days] tr[data-day="2026-03-02"]')).toContainText(
        'Diminta merahasiakan 4',
      );
      await expect(options.page.getByLabel(/^PIN$/)).toHaveCount(0);
      await options.open('setup');
      await expect(options.heading()).toHaveText('Kebijakan sekolah');
    } finally {
      removePolicy();
      await context?.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });

  test('a Jember school sets Javanese: the card speaks Javanese, the options page stays Indonesian', async () => {
    const profile = newProfileDir();
    let context: Awaited<ReturnType<typeof launchBrowser>>['context'] | undefined;
    try {
      writePolicy({ language: 'jv', ageBand: '6-9', guidanceLevel: 'guided', labMode: true });
      const launched = await launchBrowser(profile);
      context = launched.context;
      const messenger = await ExtensionMessenger.open(context);
      const status = await statusWhen(messenger, (s) => s.managed);
      expect(status.policy).toMatchObject({ language: 'jv' });
      expect(status.problems).toEqual([]);

      // The card: what happened, in East-Javanese ngoko, for a 6–9 child.
      const chat = await context.newPage();
      const prompt = new PromptObject(chat);
      await chat.goto(practiceUrl('chat', 'chat.html?script=secret-id&delay=50'));
      await prompt.expectState({ categories: 'secrecy' }, { timeout: 20_000 });
      const words = cardWords('jv', '6-9', { category: 'secrecy', context: 'chat', signal: 'keep_secret' });
      const text = await prompt.text();
      expect(text).toContain('Tips teko Kawan Aman');
      expect(text).toContain(words.what);
      expect(text).toContain(words.todo);
      expect(text).toContain('Njaluk tulung');

      // The popup speaks Javanese and the language is the school's: the child cannot switch it.
      const popup = await PopupObject.open(await context.newPage(), EXTENSION_ID);
      await expect(popup.status()).toContainText('Kawan Aman lagi njogo koen');
      await expect(popup.languageOption('English')).toHaveCount(0);

      // The school's own pages stay in Indonesian.
      const options = new OptionsPage(await context.newPage(), EXTENSION_ID);
      await options.open();
      await expect(options.heading()).toHaveText('Kebijakan sekolah');
      await expect(options.page.locator('html')).toHaveAttribute('lang', 'id');
    } finally {
      removePolicy();
      await context?.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });
});
