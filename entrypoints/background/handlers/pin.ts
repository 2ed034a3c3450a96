import { onMessage } from '@/lib/messages/protocol';
import { schemas } from '@/lib/messages/schemas';
import { checkPin, pinStatus, setPin } from '../pin';
import { classifySender } from '../sender';

const REFUSED = { ok: false, reason: 'wrong-pin', lockedForMs: 0 } as const;

/** PIN messages are answered for our own pages only; a content script never learns anything about the PIN. */
export function registerPinHandlers(): void {
  onMessage('getPinStatus', async ({ sender }) => {
    if (classifySender(sender)?.kind !== 'extension') return { hasPin: false, lockedForMs: 0 };
    return pinStatus();
  });

  onMessage('setPin', async ({ data, sender }) => {
    if (classifySender(sender)?.kind !== 'extension') return REFUSED;
    const parsed = schemas.setPin.safeParse(data);
    if (!parsed.success) return REFUSED;
    return setPin(parsed.data.pin, parsed.data.currentPin);
  });

  onMessage('verifyPin', async ({ data, sender }) => {
    if (classifySender(sender)?.kind !== 'extension') return REFUSED;
    const parsed = schemas.verifyPin.safeParse(data);
    if (!parsed.success) return REFUSED;
    return checkPin(parsed.data.pin);
  });
}
