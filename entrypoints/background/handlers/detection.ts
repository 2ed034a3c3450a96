import { onMessage } from '@/lib/messages/protocol';
import { schemas } from '@/lib/messages/schemas';
import { syncDetectionPack } from '../detection-pack';
import { classifySender } from '../sender';

/**
 * A page found no compiled pack (the first seconds after install, or an update in flight): compile and store it.
 * Cheap to repeat: nothing is compiled when the stored pack is current.
 */
export function registerDetectionHandlers(): void {
  onMessage('ensureDetectionPack', async ({ data, sender }) => {
    const from = classifySender(sender);
    if (!from) return false;
    if (!schemas.ensureDetectionPack.safeParse(data).success) return false;
    await syncDetectionPack();
    return true;
  });
}
