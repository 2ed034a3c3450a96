import type { Locator, Page } from '@playwright/test';

/** The toolbar popup, opened as a tab (`chrome-extension://<id>/popup.html`). */
export class PopupObject {
  constructor(readonly page: Page) {}

  static async open(page: Page, extensionId: string): Promise<PopupObject> {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const popup = new PopupObject(page);
    await popup.status().waitFor();
    return popup;
  }

  status(): Locator {
    return this.page.locator('section.status');
  }

  helpButton(): Locator {
    return this.page.getByRole('button', { name: /Minta bantuan|Njaluk tulung|Get help/ });
  }

  languageOption(name: 'Bahasa Indonesia' | 'Boso Jowo' | 'English'): Locator {
    return this.page.locator('header.top').getByRole('radio', { name });
  }

  topic(): Locator {
    return this.page.getByLabel(/Pilih topik|Choose a topic/);
  }

  browser(): Locator {
    return this.page.locator('section.browser');
  }

  today(): Locator {
    return this.page.locator('section.today');
  }

  privacy(): Locator {
    return this.page.locator('section.privacy');
  }
}
