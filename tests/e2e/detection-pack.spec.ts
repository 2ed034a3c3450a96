/// <reference types="chrome" />
import { PACK_FORMAT } from '../../lib/detection/pack';
import { expect, practiceUrl, receive, test } from './fixtures';
import { writeStoredSettings } from './support/extension';

test.describe('the detection rules a page uses come from the background, compiled once', () => {
  test('a phrase the parent adds reaches new pages, and a page finds it in a chat', async ({ page, prompt, sw }) => {
    // The background compiled the pack on install.
    await expect
      .poll(() =>
        sw.evaluate(async () => {
          const pack = (await chrome.storage.local.get('detectionPack')).detectionPack as
            { format?: number } | undefined;
          return pack?.format;
        }),
      )
      .toBe(PACK_FORMAT);
    await writeStoredSettings(sw, { extraPhrases: [{ category: 'gifts', phrase: 'koin emas gratis' }] });
    // The settings change recompiles the pack with the parent's phrase.
    await expect
      .poll(() =>
        sw.evaluate(async () => {
          const pack = (await chrome.storage.local.get('detectionPack')).detectionPack as
            { rules?: { id?: string[] } } | undefined;
          return Boolean(pack?.rules?.id?.includes('extra-phrase-1'));
        }),
      )
      .toBe(true);
    await page.goto(practiceUrl('chat', 'chat.html'));
    await receive(page, 'mau koin emas gratis? ambil aja');
    await prompt.expectState({ categories: 'gifts' });
  });
});
