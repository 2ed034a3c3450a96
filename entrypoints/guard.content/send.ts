import type { Message } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { ProtocolMap } from '@/lib/messages/protocol';
import type { FindingReport } from '@/lib/messages/types';

let nextId = Math.floor(Math.random() * 10_000);

/**
 * Sends `reportFindings` in @webext-core/messaging's wire format, without bundling the library: the guard only ever
 * sends this one message and never listens, and the library would cost 2.4 kB of the guard's 30 kB budget.
 * `__tests__/send.test.ts` checks that the library's own `onMessage` in the background accepts it.
 */
export function sendReport(data: FindingReport): Promise<unknown> {
  const message: Message<ProtocolMap, 'reportFindings'> = {
    id: nextId++,
    type: 'reportFindings',
    data,
    timestamp: Date.now(),
  };
  return browser.runtime.sendMessage(message);
}
