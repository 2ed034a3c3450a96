import { vi } from 'vitest';
import type { Conversation, Detector, ScanResult } from '@/lib/detection';

/** happy-dom has no requestIdleCallback: run idle work as a timer, with a full slice. */
export function stubIdle(): void {
  vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) =>
    setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 8 }), 0),
  );
}

const NONE: ScanResult = { risk: 'none', categories: [], findings: [], reason: 'none' };

/** A detector that finds nothing and remembers what it was asked, for tests about the monitor's own work. */
export function recordingDetector() {
  const pages: string[] = [];
  const messages: string[] = [];
  const detector: Detector = {
    scan: () => NONE,
    scanPage: (page) => {
      pages.push([page.title, ...page.headings, page.text].join('\n'));
      return NONE;
    },
    conversation: (): Conversation => ({
      categories: new Set(),
      scan: (input) => {
        // Messages only: a chat's UI text is also checked (kind `ui`) for a stranger.
        if (input.kind === 'chat') messages.push(input.text);
        return NONE;
      },
      addSignal: () => NONE,
    }),
  };
  return { detector, pages, messages };
}
