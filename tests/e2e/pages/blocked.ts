import type { Locator, Page } from '@playwright/test';

/** The block page (`blocked.html`) a blocked site or a blocked category sends the tab to. */
export class BlockedPageObject {
  constructor(readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  backButton(): Locator {
    return this.page.getByRole('button', { name: /^(Kembali|Go back)$/ });
  }

  helpButton(): Locator {
    return this.page.getByRole('button', { name: /Minta bantuan|Get help/ });
  }

  readAloudButton(): Locator {
    return this.page.getByRole('button', { name: /Bacakan|Read aloud/ });
  }

  async openParentSection(): Promise<void> {
    await this.page.locator('details.parent summary').click();
  }

  pinInput(): Locator {
    return this.page.getByLabel(/PIN orang tua|Parent’s PIN/);
  }

  submitPin(): Locator {
    return this.page.getByRole('button', { name: /Buka halaman|Open the page/ });
  }

  pinMessage(): Locator {
    return this.page.locator('.pin-message');
  }
}
