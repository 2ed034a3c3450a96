import type { BrowserContext, Page } from '@playwright/test';

/**
 * Stops the extension's service worker the way Chrome does when it is idle
 * (docs/design.md#the-service-worker-may-stop-at-any-time), through CDP from one of the extension's own pages, and
 * waits until it is really stopped.
 */
export async function stopServiceWorker(context: BrowserContext, extensionPage: Page): Promise<void> {
  const cdp = await context.newCDPSession(extensionPage);
  try {
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.runningStatus === 'stopped')) resolve();
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
