import type { z } from 'zod';

/** Inbound payload schemas of the school area, one per message that carries data. */
export const schoolSchemas = {} satisfies Record<string, z.ZodType>;
