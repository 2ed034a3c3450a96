/// <reference types="chrome" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { EXTENSION_ID } from '../../lib/extension-id';
import { findBrowser } from '../../scripts/lib/find-browser.mjs';
import { practiceBrowserArgs } from '../../scripts/lib/practice-server.mjs';
import { expect, EXTENSION_DIR, practiceUrl, receive, test } from './fixtures';
import { GuardObject } from './pages/guard';
import { OptionsPage, seedParent } from './pages/options';
import { PromptObject } from './pages/prompt';

// The learned layer in the real extension (issue #12): lines written the way the unseen text was, which no
// rule has words for, reach the background's model through the guard and come back as a finding of the model.
test.describe('the learned layer beside the rules', () => {
  test('a stranger’s paraphrase no rule knows is found by the model, and the conversation escalates with it', async ({
    page,
    prompt,
    guard,
  }) => {
    await guard.setSettings({ guidanceLevel: 'guided', ageBand: '10-12', language: 'id' });
    await page.goto(practiceUrl('chat', 'chat.html'));
    await receive(page, 'aku udah parkir di depan tempat lesmu, langsung masuk aja ke mobil abu abu ya');
    await prompt.expectState({ categories: /meet_offline/ });
    await expect.poll(async () => (await guard.events()).flatMap((e) => e.categories)).toContain('meet_offline');
  });

  test('without its model file the rules keep working alone, and the parent’s options page says so once', async () => {
    // A copy of the built extension with the model file taken away, as a damaged install would be.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kawan-aman-no-model-'));
    const extension = path.join(dir, 'extension');
    fs.cpSync(EXTENSION_DIR, extension, { recursive: true });
    fs.rmSync(path.join(extension, 'detection-model.bin'));
    const context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: findBrowser()!,
      headless: true,
      args: practiceBrowserArgs(extension),
    });
    try {
      const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await sw.evaluate(() => true);
      await seedParent(context, EXTENSION_ID, { settings: { guidanceLevel: 'guided', language: 'id' } });
      const page = await context.newPage();
      await page.goto(practiceUrl('chat', 'chat.html'));
      await receive(page, 'jangan bilang mama papa ya kalau kita sering chat, ini rahasia kita');
      await new PromptObject(page).expectState({ action: 'tip', categories: /secrecy/ });
      await expect.poll(async () => (await new GuardObject(sw).events()).length).toBeGreaterThan(0);

      const options = new OptionsPage(await context.newPage(), EXTENSION_ID);
      await options.open('picture');
      await options.unlock('2468');
      const note = options.page.getByTestId('model-trouble');
      await expect(note).toHaveCount(1);
      await expect(note).toHaveAttribute('data-problem', 'missing');
      await expect(note).toContainText('Aturan pendeteksi tetap bekerja');
      // Another message, another question for the model: still the one note, from the first time.
      const stored = () => sw.evaluate(async () => (await chrome.storage.local.get('modelTrouble')).modelTrouble);
      const first = await stored();
      expect(first).toMatchObject({ problem: 'missing' });
      await receive(page, 'kirim pap dong');
      await new PromptObject(page).expectState({ categories: /sexual_request/ });
      expect(await stored()).toEqual(first);
    } finally {
      await context.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
