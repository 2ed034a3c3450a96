import { z } from 'zod';
import { languageSchema } from '../../settings/schema';

/** Inbound payload schemas of the school area, one per message that carries data. */
export const schoolSchemas = {
  exportSchoolReport: z.strictObject({ language: languageSchema.optional() }),
} satisfies Record<string, z.ZodType>;
