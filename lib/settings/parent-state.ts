import { storage } from '#imports';
import { z } from 'zod';
import { ageBandSchema, guidanceLevelSchema, languageSchema } from './schema';

/**
 * Small pieces of parent-companion state kept next to the settings in `storage.local` (none of it secret; the PIN
 * lives in IndexedDB).
 */

/** The first-run wizard's answers so far, so a parent who closes the tab half-way continues where they were. */
export const setupDraftSchema = z.object({
  step: z.number().int().min(0).max(10),
  language: languageSchema,
  ageBand: ageBandSchema.nullable(),
  guidanceLevel: guidanceLevelSchema.nullable(),
  safeSearch: z.boolean().nullable(),
  trustedAdult: z
    .object({
      name: z.string().max(200),
      role: z.string().max(200),
      whatsapp: z.string().max(200),
      phone: z.string().max(200),
      email: z.string().max(200),
    })
    .nullable(),
  /** The parent chose to add a trusted adult later (SAPA 129 is the default until then). */
  adultLater: z.boolean(),
});
export type SetupDraft = z.infer<typeof setupDraftSchema>;

export const setupDraftItem = storage.defineItem<unknown>('local:setupDraft', { fallback: null });

export async function loadSetupDraft(): Promise<SetupDraft | null> {
  const parsed = setupDraftSchema.safeParse(await setupDraftItem.getValue());
  return parsed.success ? parsed.data : null;
}

/** When the PIN was last reset because it was forgotten (that also deleted the history); shown on the dashboard. */
export const pinResetAtItem = storage.defineItem<number | null>('local:pinResetAt', { fallback: null });

/**
 * The background's heartbeat (docs/parent-guide.md#protection-stopped) and when Kawan Aman was installed in this
 * browser.
 */
export interface Heartbeat {
  last: number;
  installedAt: number;
}
export const heartbeatItem = storage.defineItem<Heartbeat | null>('local:heartbeat', { fallback: null });
