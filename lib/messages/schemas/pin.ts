import { z } from 'zod';

const pin = z.string().max(8);

export const pinSchemas = {
  setPin: z.strictObject({ pin, currentPin: pin.optional() }),
  verifyPin: z.strictObject({ pin }),
} satisfies Record<string, z.ZodType>;
