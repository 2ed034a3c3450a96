import type { z } from 'zod';

/** Inbound payload schemas of the child area, one per message that carries data. */
export const childSchemas = {} satisfies Record<string, z.ZodType>;
