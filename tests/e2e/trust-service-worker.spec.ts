/// <reference types="chrome" />
import type { BrowserContext, Page } from '@playwright/test';
import type { RiskEvent } from '../../lib/db';
import { expect, practiceUrl, receive, test } from './fixtures';
import { OptionsPage, seedParent } from './pages/options';
import { ReportPage } from './pages/report';
import { writeStoredSettings } from './support/extension';
import { stopServiceWorker } from './support/service-worker';

/**
 * An MV3 service worker stops whenever Chrome likes (docs/design.md#the-service-worker-may-stop-at-any-time: no state
 * lives only in memory). These stories stop it at every step of flag → event → choice → report, and once with damaged
 * settings in storage, and check that nothing is lost and nothing is written twice.
 */

const PIN = '2468';

/** An extension page to stop the service worker from (CDP needs one of the extension's own targets). */
async function controlPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

/**
 * Every event row, read from the extension's IndexedDB by one of its pages: reading does not wake the service worker,
 * so the stories see what it wrote and nothing else.
 */
async function eventRows(page: Page): Promise<RiskEvent[]> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'kawan-aman')) return [];
    return new Promise<RiskEvent[]>((resolve, reject) => {
      const open = indexedDB.open('kawan-aman');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const request = open.result.transaction('events').objectStore('events').getAll();
        request.onsuccess = () => {
          resolve(request.result as RiskEvent[]);
          open.result.close();
        };
        request.onerror = () => reject(request.error);
      };
    });
  });
}

test.describe('trust: the service worker may stop at any moment', () => {
  test('stopped after the finding, while the prompt shows, after "help" and before sending: one event per finding, each choice once, one report linked to its event', async ({
    context,
    page,
    prompt,
    extensionId,
  }) => {
    await seedParent(context, extensionId, { settings: { language: 'id' }, pin: PIN });
    const control = await controlPage(context, extensionId);

    // 1. A finding is recorded; the service worker stops right after.
    await page.goto(practiceUrl('chat', 'chat.html?script=secret-id&delay=50'));
    await prompt.expectState({ categories: 'secrecy' });
    await expect.poll(async () => (await eventRows(control)).length).toBe(1);
    await stopServiceWorker(context, control);
    // The chat goes on and says the same thing again: the guard's next report wakes the worker, which remembers
    // (session storage) that this was already shown and recorded.
    await receive(page, 'ingat ya, jangan bilang ortu soal kita');
    await receive(page, 'pokoknya rahasia kita berdua');
    await page.waitForTimeout(1500);
    let events = await eventRows(control);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ host: 'chat.test', categories: ['secrecy'] });
    expect(await prompt.state()).not.toBeNull();

    // 2. The prompt is on screen and the worker stops again; then the child answers. The answer wakes it and is kept.
    await stopServiceWorker(context, control);
    const firstAction = (await prompt.state())?.action;
    if (firstAction === 'warn') {
      await prompt.press('continue', { timeout: 15_000 });
    } else {
      await prompt.press('close');
    }
    const firstChoice = firstAction === 'warn' ? 'continue' : 'dismiss';
    await prompt.expectGone();
    await expect.poll(async () => (await eventRows(control))[0]?.choice).toBe(firstChoice);
    expect(await eventRows(control)).toHaveLength(1);

    // 3. Something new arrives: its own event and prompt. The child taps "help"; the worker stops right after.
    await receive(page, 'kirim pap dong, yang cantik ya');
    await expect.poll(async () => (await eventRows(control)).length).toBe(2);
    await prompt.expectState({ categories: /sexual_request/ });
    const opened = context.waitForEvent('page', (p) => p.url().includes('/report.html'));
    await prompt.press('help');
    const reportTab = await opened;
    await stopServiceWorker(context, control);
    const report = new ReportPage(reportTab);
    const eventId = Number(new URL(reportTab.url()).searchParams.get('event'));
    events = await eventRows(control);
    expect(events).toHaveLength(2);
    const second = events.find((e) => e.id === eventId);
    expect(second?.categories).toContain('sexual_request');
    expect(second?.choice).toBe('help');
    // The first event kept its own answer.
    expect(events.find((e) => e.id !== eventId)?.choice).toBe(firstChoice);

    // The report page (it woke the worker for its context) is filled in from the finding.
    await expect(report.field('host')).toHaveValue('chat.test');
    await report.field('contact').fill('Kak Rani');
    await report.field('note').fill('Dia minta foto.');
    await expect(report.saveStatus()).toHaveAttribute('data-status', 'draft');

    // 4. One more stop before the child sends. The one tap (SAPA 129 on WhatsApp: no trusted adult is set; answered
    // locally) sends it; saving twice more, and another stop, still leave exactly one report, linked to its event.
    await context.route('https://wa.me/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>wa.me (intercepted)</title>' }),
    );
    await stopServiceWorker(context, control);
    const waTab = context.waitForEvent('page', (p) => p.url().startsWith('https://wa.me/'));
    await report.oneTap().click();
    await (await waTab).close();
    await expect(report.saveStatus()).toHaveText(/^Terkirim ke SAPA 129/);
    await reportTab.getByRole('button', { name: 'Simpan laporan' }).click();
    await reportTab.getByRole('button', { name: 'Simpan laporan' }).click();
    await expect(report.myReports()).toHaveCount(1);
    await stopServiceWorker(context, control);
    await reportTab.reload();
    await expect(report.myReports()).toHaveCount(1);
    const rows = await report.reportRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      eventId,
      status: 'sent',
      sentVia: 'whatsapp',
      host: 'chat.test',
      contact: 'Kak Rani',
      note: 'Dia minta foto.',
    });

    // Nothing was duplicated anywhere along the way.
    events = await eventRows(control);
    expect(events).toHaveLength(2);
    expect(new Set(events.map((e) => e.id)).size).toBe(2);
  });

  test('damaged settings in storage: the worker restarts, protection still works, good choices stay, and the parent is told what was repaired', async ({
    context,
    page,
    prompt,
    sw,
    extensionId,
  }) => {
    await seedParent(context, extensionId, {
      settings: {
        language: 'en',
        trustedAdult: { name: 'Ibu Sari', whatsapp: '0812-3456-7890' },
        blockSites: ['bad.test'],
        retentionDays: 60,
      },
      pin: PIN,
    });
    // Damage: wrong types, a level that does not exist, unknown keys. The good fields are left as they were.
    // (Sealed as the background's own write: damage at rest, on the disk, not a script's write, which seals.ts undoes.)
    await writeStoredSettings(sw, {
      guidanceLevel: 'maximum',
      ageBand: 12,
      keepSnippets: 'yes',
      categoryActions: 'all',
      bogus: { injected: true },
      __proto__x: 1,
    });
    const control = await controlPage(context, extensionId);
    await stopServiceWorker(context, control);

    // Protection still works: a risky practice chat gets a prompt, in the parent's (kept) language.
    await page.goto(practiceUrl('chat', 'chat.html?script=secret-en&delay=50'));
    await prompt.expectState({ categories: 'secrecy' });
    expect(await prompt.evaluate((el) => el.lang)).toBe('en');

    // What is stored now: the good fields survived, the damaged ones went back to their default, unknown keys are gone.
    const stored = await control.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
    expect(stored).toMatchObject({
      language: 'en',
      trustedAdult: { name: 'Ibu Sari', whatsapp: '0812-3456-7890' },
      blockSites: ['bad.test'],
      retentionDays: 60,
      setupDone: true,
      guidanceLevel: 'guided',
      keepSnippets: false,
      categoryActions: {},
    });
    expect(stored).not.toHaveProperty('bogus');
    expect(stored).not.toHaveProperty('__proto__x');

    // The parent is told, in plain words, which settings were repaired.
    const options = new OptionsPage(control, extensionId);
    await options.open('settings');
    await options.unlock(PIN);
    const note = control.getByTestId('settings-repaired');
    await expect(note).toBeVisible();
    await expect(note).toContainText('Some settings were damaged and have been repaired');
    await expect(note).toContainText('Guidance level');
    await expect(note).toContainText('Child’s age');
    await options.screenshot(test.info(), 'settings-repaired-note-en');
  });
});
