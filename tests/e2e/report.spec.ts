/// <reference types="chrome" />
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { expect, extensionNetworkRequests, practiceUrl, test } from './fixtures';
import { OptionsPage, seedParent } from './pages/options';
import { ReportPage } from './pages/report';
import { sendFromContentScript } from './support/content-script';
import { writeStoredSettings } from './support/extension';
import { stopServiceWorker } from './support/service-worker';

const PIN = '2468';
const IBU_SARI = {
  name: 'Ibu Sari',
  role: 'Ibu',
  whatsapp: '0812-3456-7890',
  phone: '0813 1111 2222',
  email: 'sari@example.com',
};

async function setSettings(sw: Worker, settings: Record<string, unknown>): Promise<void> {
  await writeStoredSettings(sw, settings);
}

async function expectAxeClean(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Presses Tab until `isTarget` holds for the focused element; fails after `max` presses. */
async function tabUntil(page: Page, isTarget: (el: Element) => boolean, max = 60): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluateHandle(() => document.activeElement ?? document.body);
    const found = await focused.evaluate(isTarget);
    await focused.dispose();
    if (found) return;
  }
  throw new Error('Tab never reached the target');
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`screenshots/${name}.png`), fullPage: true });
}

test.describe('the one-tap report flow', () => {
  test('from a flagged chat: help → pre-filled report → one tap to the trusted adult → saved, listed, no duplicates, in the parent’s picture', async ({
    context,
    page,
    prompt,
    extensionId,
    requests,
  }) => {
    // A parent set Kawan Aman up (PIN and settings) with Ibu Sari as the trusted adult.
    await seedParent(context, extensionId, { settings: { language: 'id', trustedAdult: IBU_SARI }, pin: PIN });
    // The one tap opens WhatsApp; answer it locally so the real site is never contacted.
    const waOpened: string[] = [];
    await context.route('https://wa.me/**', (route) => {
      waOpened.push(route.request().url());
      return route.fulfill({ contentType: 'text/html', body: '<title>wa.me (intercepted)</title>' });
    });

    await page.goto(practiceUrl('chat', 'chat.html?script=secret-id&delay=50'));
    await prompt.expectState({ categories: 'secrecy' });
    const opened = context.waitForEvent('page', (p) => p.url().includes('/report.html'));
    await prompt.press('help');
    const reportTab = await opened;
    const report = new ReportPage(reportTab);
    const eventId = new URL(reportTab.url()).searchParams.get('event');
    expect(eventId).toMatch(/^\d+$/);

    // Step 1 reassures; the evidence is filled in from the finding.
    await expect(report.heading()).toHaveText('Kamu sudah melakukan hal yang benar');
    await expect(report.root()).toContainText('Kamu tidak salah.');
    await expect(report.field('host')).toHaveValue('chat.test');
    await expect(report.field('title')).toHaveValue('Obrolan — Latihan');
    await expect(report.field('words')).toHaveValue(/jangan bilang ortu/i);
    expect(await report.checkedCategories()).toEqual(['secrecy']);
    await expect(report.saveStatus()).toHaveText('Belum disimpan.');

    // The one tap: WhatsApp to Ibu Sari's number in international form, with what happened, where and when.
    await expect(report.oneTap()).toContainText('Kirim ke Ibu Sari');
    await expect(report.oneTap()).toHaveAttribute('href', /^https:\/\/wa\.me\/6281234567890\?text=/);
    const text = await report.oneTapText();
    expect(text).toContain('Halo Ibu Sari, ini aku. Aku butuh bantuanmu.');
    expect(text).toContain('Apa yang terjadi: Diminta merahasiakan');
    expect(text).toContain('Di mana: chat.test (“Obrolan — Latihan”)');
    expect(text).toMatch(/Kata-kata yang ditandai: “.*jangan bilang ortu/i);
    expect(text).toMatch(/Kapan: \d{1,2} \w+ \d{4} pukul \d{2}\.\d{2}/);
    await expect(report.channel('sms')).toHaveAttribute('href', /^sms:\+6281311112222\?body=Halo%20Ibu%20Sari/);
    await expect(report.channel('tel').first()).toHaveAttribute('href', 'tel:+6281311112222');
    await expect(report.channel('email')).toHaveAttribute(
      'href',
      /^mailto:sari@example\.com\?subject=Aku%20butuh%20bantuan%20\(Kawan%20Aman\)&body=/,
    );
    // SAPA 129 is always there as well.
    await expect(report.page.locator('.one-tap a[href^="https://wa.me/628111129129"]')).toHaveCount(1);
    await expect(report.page.locator('.one-tap a[href="tel:129"]')).toHaveCount(1);
    await expectAxeClean(reportTab);
    await screenshot(reportTab, 'report-id-prefilled');

    // The child writes a little, the draft is kept…
    await report.field('contact').fill('Kak Rani');
    await report.field('note').fill('Dia minta aku rahasiakan.');
    await expect(report.saveStatus()).toHaveAttribute('data-status', 'draft');
    await expect(reportTab).toHaveURL(/[?&]draft=\d+/);

    // …the service worker stops mid-draft, the child keeps writing, and nothing is lost.
    await stopServiceWorker(context, reportTab);
    await report.field('note').fill('Dia minta aku rahasiakan. Aku takut.');
    await expect(report.saveStatus()).toHaveAttribute('data-status', 'draft');
    await expect.poll(async () => (await report.reportRows())[0]?.note).toBe('Dia minta aku rahasiakan. Aku takut.');
    await reportTab.reload();
    await expect(report.resumed()).toBeVisible();
    await expect(report.field('note')).toHaveValue('Dia minta aku rahasiakan. Aku takut.');
    await expect(report.field('contact')).toHaveValue('Kak Rani');
    // The same help link again (as from the prompt) wakes the service worker and reopens the same report.
    const again = await context.newPage();
    await again.goto(ReportPage.url(extensionId, `event=${eventId}`));
    await expect(new ReportPage(again).field('note')).toHaveValue('Dia minta aku rahasiakan. Aku takut.');
    await again.close();
    expect(await report.oneTapText()).toContain('Siapa: Kak Rani');

    // One tap: WhatsApp opens (intercepted) with the message; the report says who it went to.
    const waTab = context.waitForEvent('page', (p) => p.url().startsWith('https://wa.me/'));
    await report.oneTap().click();
    const wa = await waTab;
    const sentUrl = new URL(wa.url());
    expect(sentUrl.pathname).toBe('/6281234567890');
    expect(sentUrl.searchParams.get('text')).toContain('Ceritaku:\nDia minta aku rahasiakan. Aku takut.');
    expect(waOpened).toHaveLength(1);
    await wa.close();
    await expect(report.saveStatus()).toHaveText('Terkirim ke Ibu Sari (WhatsApp). Laporan tersimpan di komputer ini.');
    await expect(report.resumed()).toHaveCount(0);

    // Saving twice (and sending again) never makes a second report.
    const save = report.page.getByRole('button', { name: 'Simpan laporan' });
    await save.click();
    await save.click();
    await expect(report.myReports()).toHaveCount(1);
    await expect(report.myReports().first()).toHaveAttribute('data-status', 'sent');
    await expect(report.myReports().first().getByTestId('report-status')).toHaveText('Terkirim ke Ibu Sari (WhatsApp)');
    const rows = await report.reportRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: 'sent',
      sentTo: 'Ibu Sari (WhatsApp)',
      sentVia: 'whatsapp',
      host: 'chat.test',
      contact: 'Kak Rani',
      categories: ['secrecy'],
      eventId: Number(eventId),
      source: 'prompt',
      language: 'id',
    });
    await screenshot(reportTab, 'report-id-sent');

    // The parent sees it, with its status, in the picture's list of the child's reports (behind the PIN).
    const options = new OptionsPage(await context.newPage(), extensionId);
    await options.open('picture');
    await options.unlock(PIN);
    await expect(options.heading()).toHaveText('Gambaran');
    const listed = options.page.getByTestId('reports-table').locator('tbody tr');
    await expect(listed).toHaveCount(1);
    await expect(listed).toHaveAttribute('data-status', 'sent');
    await expect(listed).toContainText('chat.test');
    await expect(listed).toContainText('Diminta merahasiakan');
    await expect(listed.locator('.status')).toHaveText('Dikirim ke Ibu Sari (WhatsApp)');
    await screenshot(options.page, 'report-in-parent-picture-id');
    expect(extensionNetworkRequests(requests, extensionId)).toEqual([]);
  });

  test('in English without a trusted adult: SAPA 129 is the one tap, from the right-click menu, by keyboard only, as text and on paper', async ({
    context,
    page,
    sw,
    extensionId,
  }) => {
    await setSettings(sw, { language: 'en' });
    // The right-click menu item exists (created on install).
    await expect
      .poll(() =>
        sw.evaluate(() =>
          chrome.contextMenus.update('kawan-aman-report', {}).then(
            () => true,
            () => false,
          ),
        ),
      )
      .toBe(true);
    await page.goto(practiceUrl('chat', 'chat.html?script=family&delay=10'));
    const tabId = await sw.evaluate(async () => (await chrome.tabs.query({ url: '*://chat.test/*' }))[0]?.id);
    expect(tabId).toEqual(expect.any(Number));

    let reportTab = await context.newPage();
    await reportTab.goto(ReportPage.url(extensionId, `from=menu&tab=${tabId}`));
    let report = new ReportPage(reportTab);
    await expect(report.heading()).toHaveText('You did the right thing');
    await expect(reportTab.locator('html')).toHaveAttribute('lang', 'en');
    await expect(report.field('host')).toHaveValue('chat.test');
    await expect(report.field('title')).toHaveValue('Obrolan — Latihan');
    expect(await report.checkedCategories()).toEqual([]);

    // No trusted adult: SAPA 129 on WhatsApp (08111-129-129) is the one tap, a call to 129 the other way.
    await expect(report.root()).toContainText('No trusted adult is set in Kawan Aman yet.');
    await expect(report.oneTap()).toContainText('Send to SAPA 129');
    await expect(report.oneTap()).toHaveAttribute('href', /^https:\/\/wa\.me\/628111129129\?text=/);
    const text = await report.oneTapText();
    expect(text).toContain("Hello SAPA 129. I'm a child and I need help.");
    expect(text).toContain('Where: chat.test (“Obrolan — Latihan”)');
    await expect(report.channel('tel')).toHaveAttribute('href', 'tel:129');
    // Steps for "other apps" on a site without an adapter.
    await expect(reportTab.locator('.platform[data-platform="other"]').first()).toBeVisible();
    await expectAxeClean(reportTab);
    await screenshot(reportTab, 'report-en-sapa');

    // Keyboard only: the first Tab is the skip link, and it lands on the one tap.
    await reportTab.locator('body').focus();
    await reportTab.keyboard.press('Tab');
    await expect(reportTab.getByRole('link', { name: 'Skip to the send button' })).toBeFocused();
    await reportTab.keyboard.press('Enter');
    await expect(report.oneTap()).toBeFocused();
    expect(await report.oneTap().evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await tabUntil(reportTab, (el) => (el as HTMLInputElement).value === 'meet_offline');
    await reportTab.keyboard.press('Space');
    await tabUntil(reportTab, (el) => el.getAttribute('name') === 'contact');
    await reportTab.keyboard.type('alex_roblox12');
    await tabUntil(reportTab, (el) => el.getAttribute('name') === 'note');
    await reportTab.keyboard.type('He wants to meet me at the mall.');
    await expect(report.saveStatus()).toHaveAttribute('data-status', 'draft');
    await expect.poll(async () => (await report.reportRows())[0]?.note).toBe('He wants to meet me at the mall.');

    // The tab closes half-way; "Get help" in the popup later brings the unfinished report back.
    await reportTab.close();
    reportTab = await context.newPage();
    await reportTab.goto(ReportPage.url(extensionId, 'from=popup'));
    report = new ReportPage(reportTab);
    await expect(report.resumed()).toContainText('This is the report you did not finish.');
    await expect(report.field('contact')).toHaveValue('alex_roblox12');
    await expect(report.field('note')).toHaveValue('He wants to meet me at the mall.');
    await expect(report.field('host')).toHaveValue('chat.test');
    await reportTab.locator('body').focus();
    await tabUntil(reportTab, (el) => el.textContent === 'Save report');
    await reportTab.keyboard.press('Enter');
    await expect(report.saveStatus()).toHaveText('Report saved on this computer.');
    expect(await report.checkedCategories()).toEqual(['meet_offline']);
    await expect(report.myReports()).toHaveCount(1);
    await expect(report.myReports().first().getByTestId('report-status')).toHaveText('Saved');

    // A plain-text copy, only when the child chooses it.
    const downloading = reportTab.waitForEvent('download');
    await reportTab.getByRole('button', { name: 'Download text' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^kawan-aman-report-\d{4}-\d{2}-\d{2}\.txt$/);
    const file = test.info().outputPath('kawan-aman-report.txt');
    await download.saveAs(file);
    const { readFile } = await import('node:fs/promises');
    const saved = await readFile(file, 'utf8');
    expect(saved).toContain('Kawan Aman report');
    expect(saved).toContain('Status: Saved');
    expect(saved).toContain('What happened: Asked to meet');
    expect(saved).toContain('Website: chat.test');
    expect(saved).toContain('The person: alex_roblox12');
    expect(saved).toContain('He wants to meet me at the mall.');
    expect(saved).toContain('No pictures are kept or attached.');
    expect(saved).toContain('Need help? SAPA 129: call 129, WhatsApp 08111-129-129 (24 hours).');

    // The printable page: only the evidence sheet prints.
    await reportTab.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await reportTab.getByRole('button', { name: 'Print' }).click();
    await expect(reportTab.locator('body')).toHaveAttribute('data-printed', 'yes');
    await reportTab.emulateMedia({ media: 'print' });
    await expect(reportTab.getByTestId('print-sheet')).toBeVisible();
    await expect(report.root()).toBeHidden();
    await expect(reportTab.getByTestId('print-sheet')).toContainText('alex_roblox12');
    await reportTab.pdf({ path: test.info().outputPath('screenshots/report-en-print.pdf') });
    await screenshot(reportTab, 'report-en-print');
    await reportTab.emulateMedia({ media: 'screen' });

    // The child may delete their own report.
    await report.myReports().first().getByRole('button', { name: 'Delete' }).click();
    await reportTab.getByRole('button', { name: 'Yes, delete' }).click();
    await expect(report.myReports()).toHaveCount(0);
    expect(await report.reportRows()).toEqual([]);
  });

  test('a threat (sextortion) leads with what matters; the contact from the chat is filled in; a content script gets nothing', async ({
    context,
    page,
    prompt,
    sw,
    extensionId,
  }) => {
    await setSettings(sw, {
      language: 'id',
      labMode: true,
      trustedAdult: { name: 'Bu Rina', role: 'Guru BK', whatsapp: '+62 811-2222-3333' },
      // The district service the school set; a link that is not a web address is never shown as one.
      localService: { name: 'UPTD PPA Kabupaten Contoh', phone: '(0331) 123456', url: 'javascript:alert(1)' },
    });
    await page.goto(practiceUrl('chat', 'chat.html'));
    await expect(page.locator('#messages')).toBeVisible();

    // A web page can't load the report page, and a content script can't read what was found.
    const fetched = await page.evaluate(
      (url) =>
        fetch(url).then(
          () => 'loaded',
          () => 'refused',
        ),
      `chrome-extension://${extensionId}/report.html`,
    );
    expect(fetched).toBe('refused');
    expect(await sendFromContentScript(context, page, 'getReportContext', { event: 1 })).toEqual({ res: null });

    // Stands in for a chat adapter that knows who is writing: a real finding through the real background.
    await sendFromContentScript(context, page, 'reportFindings', {
      kind: 'chat',
      risk: 'high',
      categories: ['sextortion'],
      ruleIds: ['threaten-to-share-photos'],
      scope: 'chat.test/chat.html',
      matched: ['nanti fotomu kusebar'],
      contact: 'Kak Rani',
      title: 'Obrolan — Latihan',
    });
    await prompt.expectState({ categories: 'sextortion' });
    const opened = context.waitForEvent('page', (p) => p.url().includes('/report.html'));
    await prompt.press('help');
    const reportTab = await opened;
    const report = new ReportPage(reportTab);

    // The lead: don't pay, don't send more, not your fault, Take It Down, tell an adult now.
    await expect(report.heading()).toHaveText('Kalau ada yang mengancammu');
    const lead = reportTab.getByTestId('sextortion-lead');
    await expect(lead.locator('li')).toHaveText([
      'Jangan bayar apa pun.',
      'Jangan kirim foto atau video lagi.',
      'Ini bukan salahmu.',
      'Ceritakan ke orang dewasa sekarang juga.',
    ]);
    await expect(lead.getByRole('link', { name: /Take It Down/ })).toHaveAttribute(
      'href',
      'https://takeitdown.ncmec.org',
    );

    // Filled in from the finding, contact included; the one tap goes to the school counsellor.
    await expect(report.field('contact')).toHaveValue('Kak Rani');
    await expect(report.field('words')).toHaveValue('nanti fotomu kusebar');
    expect(await report.checkedCategories()).toEqual(['sextortion']);
    await expect(report.oneTap()).toContainText('Kirim ke Bu Rina');
    await expect(report.oneTap()).toHaveAttribute('href', /^https:\/\/wa\.me\/6281122223333\?text=/);
    const text = await report.oneTapText();
    expect(text).toContain('Apa yang terjadi: Diancam');
    expect(text).toContain('Siapa: Kak Rani');
    expect(text).toContain('Kata-kata yang ditandai: “nanti fotomu kusebar”');

    const local = reportTab.locator('[data-entry="local"]');
    await expect(local).toContainText('UPTD PPA Kabupaten Contoh');
    await expect(local.getByRole('link')).toHaveCount(1);
    await expect(local.getByRole('link')).toHaveAttribute('href', 'tel:+62331123456');

    // A shared school computer: no list of other children's reports, and the child is told what happens.
    await expect(report.root()).toContainText('Ini komputer sekolah yang dipakai bersama.');
    await expect(reportTab.getByTestId('my-reports')).toHaveCount(0);
    await expectAxeClean(reportTab);
    await screenshot(reportTab, 'report-id-sextortion');
  });
});
