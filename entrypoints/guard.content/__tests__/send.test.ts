import { expect, test, vi, type MockInstance } from 'vitest';
import { browser } from 'wxt/browser';
import { onMessage } from '@/lib/messages/protocol';
import type { FindingReport } from '@/lib/messages/types';
import { send } from '../send';

const report: FindingReport = {
  kind: 'chat',
  risk: 'low',
  categories: ['secrecy'],
  ruleIds: ['keep-secret-from-parents'],
  scope: 'web.whatsapp.com/whatsapp/Kak Dimas',
  matched: ['jangan bilang ortu'],
};

test('the guard’s own sender speaks @webext-core/messaging’s wire format: the background’s onMessage accepts it', async () => {
  const received = vi.fn();
  const remove = onMessage('reportFindings', ({ data }) => received(data));
  await send('reportFindings', report);
  expect(received).toHaveBeenCalledWith(report);
  remove();
});

// The library answers through `sendResponse`, which the fake browser does not carry back; its answer format is
// `{ res }` or `{ err }` (and nothing when no handler exists).
test('it resolves with the handler’s answer, and rejects on an error or no answer', async () => {
  const answer = vi.spyOn(browser.runtime, 'sendMessage') as unknown as MockInstance<() => Promise<unknown>>;
  answer.mockResolvedValueOnce({ res: true });
  await expect(send('ensureDetectionPack')).resolves.toBe(true);
  answer.mockResolvedValueOnce({ err: { message: 'database closed' } });
  await expect(send('ensureDetectionPack')).rejects.toThrow('ensureDetectionPack');
  answer.mockResolvedValueOnce(undefined);
  await expect(send('ensureDetectionPack')).rejects.toThrow('ensureDetectionPack');
  answer.mockRestore();
});
