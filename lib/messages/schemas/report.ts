import { z } from 'zod';

const id = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** Inbound payload schemas of the report area, one per message that carries data. */
export const reportSchemas = {
  getReportContext: z.strictObject({ event: id.optional(), tab: id.optional() }),
} satisfies Record<string, z.ZodType>;
