/// <reference types="chrome" />
import fs from 'node:fs';
import { expect, test } from './fixtures';
import { addRows, OptionsPage, readRows, seedParent } from './pages/options';

const PIN = '2468';
const strip = (rows: Record<string, unknown>[]) => rows.map(({ id: _id, ...rest }) => rest);

test('export, wipe and import round-trip; a bad file changes nothing and says why', async ({
  context,
  extensionId,
  page,
}, testInfo) => {
  await seedParent(context, extensionId, {
    pin: PIN,
    settings: {
      language: 'en',
      ageBand: '13-17',
      guidanceLevel: 'protective',
      trustedAdult: { name: 'Pak Budi', role: 'Father', phone: '0812-1111-2222' },
      blockSites: ['omegle.example'],
      extraPhrases: [{ category: 'gifts', phrase: 'top up gratis', lang: 'id' }],
      retentionDays: 60,
    },
  });
  const now = Date.now();
  const options = new OptionsPage(page, extensionId);
  await options.open('data');
  await addRows(page, 'events', [
    {
      time: now - 60_000,
      host: 'chat.test',
      kind: 'chat',
      categories: ['secrecy'],
      risk: 'low',
      action: 'tip',
      choice: 'help',
    },
    {
      time: now - 86_400_000,
      host: 'game.test',
      kind: 'chat',
      categories: ['gifts', 'move_private'],
      risk: 'medium',
      action: 'warn',
    },
  ]);
  await addRows(page, 'reports', [
    {
      createdAt: now - 30_000,
      updatedAt: now - 20_000,
      status: 'saved',
      host: 'chat.test',
      title: 'Chat',
      contact: 'Kak Rani',
      categories: ['secrecy'],
      flaggedWords: 'jangan bilang ortu',
      note: '',
    },
  ]);
  await options.unlock(PIN);
  await expect(options.heading()).toHaveText('Data');
  await options.expectAccessible(testInfo, 'data-en');

  const download = async (button: string) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    return { name: file.suggestedFilename(), text: fs.readFileSync((await file.path())!, 'utf8') };
  };
  const settingsFile = await download('Download the settings');
  const historyFile = await download('Download the history');
  expect(settingsFile.name).toMatch(/^kawan-aman-settings-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(historyFile.text)).toMatchObject({ app: 'kawan-aman', kind: 'history', dbVersion: 1 });
  const before = {
    settings: await page.evaluate(async () => (await chrome.storage.local.get('settings')).settings),
    events: strip(await readRows(page, 'events')),
    reports: strip(await readRows(page, 'reports')),
  };

  // A broken file: nothing changes, and the page says what is wrong in plain words.
  const broken = JSON.parse(settingsFile.text);
  broken.settings.guidanceLevel = 'nuclear';
  broken.settings.retentionDays = 9000;
  broken.settings.colour = 'red';
  const upload = (label: string, name: string, text: string) =>
    page.getByLabel(label).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await upload('Choose a settings file', 'broken.json', JSON.stringify(broken));
  const message = page.getByTestId('data-message');
  await expect(message).toContainText('This file was not used. Nothing was changed.');
  await expect(message).toContainText(
    'Settings › Guidance level: an unknown value. Allowed: gentle, guided, protective.',
  );
  await expect(message).toContainText('Settings › Days to keep history: too big or too long (at most 365).');
  await expect(message).toContainText('has entries that are not known (colour)');
  await options.screenshot(testInfo, 'data-import-problems-en');
  await upload('Choose a settings file', 'notes.txt', 'hello');
  await expect(message).toContainText('This file cannot be read.');
  await upload('Choose a history file', 'settings.json', settingsFile.text);
  await expect(message).toContainText('This is a settings file, not a history file.');
  expect(await page.evaluate(async () => (await chrome.storage.local.get('settings')).settings)).toEqual(
    before.settings,
  );

  // Wipe: asks for the PIN again, deletes everything, and setup starts over.
  await page.getByRole('button', { name: 'Delete all data' }).isDisabled();
  await page.getByLabel('I understand that all data will be deleted.').check();
  await page.getByRole('button', { name: 'Delete all data' }).click();
  await options.answerPinDialog(PIN);
  await expect(options.heading()).toHaveText(/Set up Kawan Aman|Pasang Kawan Aman/);
  expect(await readRows(page, 'events')).toEqual([]);
  expect(await readRows(page, 'reports')).toEqual([]);
  expect(await page.evaluate(async () => (await chrome.storage.local.get('settings')).settings)).toBeUndefined();

  // Quick setup again (language, defaults, later for the adult, a PIN), then restore both files.
  await page.getByRole('radio', { name: 'English' }).check();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Later' }).click();
  await page.getByLabel('PIN (4–8 digits)').fill(PIN);
  await page.getByLabel('Type the PIN again').fill(PIN);
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(options.heading()).toHaveText('Kawan Aman is ready');
  await options.nav(/^Data$/).click();
  await upload('Choose a settings file', settingsFile.name, settingsFile.text);
  await expect(message).toContainText('Settings restored');
  await upload('Choose a history file', historyFile.name, historyFile.text);
  await expect(message).toContainText('History restored: 2 flags, 1 reports, 0 pauses added.');
  await options.screenshot(testInfo, 'data-restored-en');

  expect(await page.evaluate(async () => (await chrome.storage.local.get('settings')).settings)).toEqual(
    before.settings,
  );
  expect(strip(await readRows(page, 'events'))).toEqual(before.events);
  expect(strip(await readRows(page, 'reports'))).toEqual(before.reports);
  // Importing the same history again adds nothing.
  await upload('Choose a history file', historyFile.name, historyFile.text);
  await expect(message).toContainText('History restored: 0 flags, 0 reports, 0 pauses added.');
});
