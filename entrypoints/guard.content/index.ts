import { browser } from 'wxt/browser';
import { defineContentScript } from '#imports';
import { sendMessage } from '@/lib/messages/protocol';
import { isActive, PAGE_CONFIG_KEY, type PageConfig } from '@/lib/settings/page-config';
import { loadDetector } from './detector';
import { createMonitor } from './monitor';

async function readPageConfig(): Promise<PageConfig | null> {
  const stored = await browser.storage.local.get(PAGE_CONFIG_KEY);
  return (stored[PAGE_CONFIG_KEY] as PageConfig | undefined) ?? null;
}

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // Don't announce ourselves to the page with window.postMessage.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const config = await readPageConfig();
    if (config && !isActive(config, Date.now())) return;
    const detector = await loadDetector(config);
    const monitor = createMonitor(ctx, detector, (report) => {
      sendMessage('reportFindings', report).catch(() => {
        // The extension was updated or the service worker is restarting; the next finding will try again.
      });
    });
    monitor.start();
  },
});
