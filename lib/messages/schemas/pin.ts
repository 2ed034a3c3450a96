import { z } from 'zod';
import type { PinProtocol } from '../protocol/pin';
import { linkedTo } from './link';

const pin = z.string().max(8);

export const pinSchemas = linkedTo<PinProtocol>()({
  setPin: z.strictObject({ pin, currentPin: pin.optional() }),
  verifyPin: z.strictObject({ pin }),
});
