import { z } from 'zod';

/** Inbound payload schemas of the detection area. */
export const detectionSchemas = {
  ensureDetectionPack: z.undefined(),
} satisfies Record<string, z.ZodType>;
