import { z } from 'zod';
import { languageSchema } from '../../settings/schema';
import type { SchoolProtocol } from '../protocol/school';
import { linkedTo } from './link';

/** Inbound payload schemas of the school area, one per message that carries data. */
export const schoolSchemas = linkedTo<SchoolProtocol>()({
  exportSchoolReport: z.strictObject({ language: languageSchema.optional() }),
});
