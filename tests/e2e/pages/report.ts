import type { Locator, Page } from '@playwright/test';
import type { ReportRow } from '../../../lib/db';

/** The report page (`report.html`), in either language. */
export class ReportPage {
  constructor(readonly page: Page) {}

  static url(extensionId: string, query: string): string {
    return `chrome-extension://${extensionId}/report.html${query ? `?${query.replace(/^\?/, '')}` : ''}`;
  }

  root(): Locator {
    return this.page.getByTestId('report-page');
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The one tap: the big first link to the trusted adult (or SAPA 129). */
  oneTap(): Locator {
    return this.page.locator('a#send');
  }

  channel(via: 'whatsapp' | 'sms' | 'tel' | 'email'): Locator {
    return this.page.locator(`.one-tap a[data-via="${via}"]`);
  }

  field(name: 'host' | 'title' | 'contact' | 'when' | 'words' | 'note'): Locator {
    return this.page.locator(`.evidence [name="${name}"]`);
  }

  category(id: string): Locator {
    return this.page.locator(`.evidence input[name="category"][value="${id}"]`);
  }

  async checkedCategories(): Promise<string[]> {
    return this.page
      .locator('.evidence input[name="category"]:checked')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  }

  /** The notice shown when an unfinished report was reopened. */
  resumed(): Locator {
    return this.page.getByTestId('resumed');
  }

  saveStatus(): Locator {
    return this.page.getByTestId('save-status');
  }

  myReports(): Locator {
    return this.page.getByTestId('my-reports').locator('ul.reports > li');
  }

  /** The text the one-tap link will pre-fill in WhatsApp (decoded from its href). */
  async oneTapText(): Promise<string> {
    const href = (await this.oneTap().getAttribute('href')) ?? '';
    return new URL(href).searchParams.get('text') ?? '';
  }

  /** Every report row, read from the extension's IndexedDB by this (extension) page. */
  async reportRows(): Promise<ReportRow[]> {
    return this.page.evaluate(
      () =>
        new Promise<ReportRow[]>((resolve, reject) => {
          const open = indexedDB.open('kawan-aman');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('reports').objectStore('reports').getAll();
            request.onsuccess = () => {
              resolve(request.result as ReportRow[]);
              open.result.close();
            };
            request.onerror = () => reject(request.error);
          };
        }),
    );
  }
}
