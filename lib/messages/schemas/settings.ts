import type { z } from 'zod';

/** Inbound payload schemas of the settings area, one per message that carries data. */
export const settingsSchemas = {} satisfies Record<string, z.ZodType>;
