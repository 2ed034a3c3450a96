import { expect, test, vi } from 'vitest';
import { onMessage } from '@/lib/messages/protocol';
import type { FindingReport } from '@/lib/messages/types';
import { sendReport } from '../send';

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
  await sendReport(report);
  expect(received).toHaveBeenCalledWith(report);
  remove();
});
