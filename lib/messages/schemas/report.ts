import type { z } from 'zod';

/** Inbound payload schemas of the report area, one per message that carries data. */
export const reportSchemas = {} satisfies Record<string, z.ZodType>;
