import { DEFAULT_SETTINGS } from './defaults';
import { extraPhraseSchema, settingsSchema, type Settings } from './schema';

/**
 * Reads whatever is stored and keeps every field that is valid, falling back to the default per field, so one
 * corrupt value never throws away a parent's other choices (Dark Reader's validateSettings idea).
 */
export function repairSettings(raw: unknown): { settings: Settings; invalid: (keyof Settings)[] } {
  const source = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const invalid: (keyof Settings)[] = [];
  for (const key of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
    if (!(key in source)) continue;
    const parsed = settingsSchema.shape[key].safeParse(source[key]);
    if (parsed.success) settings[key] = parsed.data;
    else {
      invalid.push(key);
      // One phrase the engine cannot read costs only itself (issue #15); the parent's other phrases stay.
      if (key === 'extraPhrases' && Array.isArray(source[key])) {
        const good = (source[key] as unknown[]).filter((p) => extraPhraseSchema.safeParse(p).success);
        const kept = settingsSchema.shape.extraPhrases.safeParse(good);
        if (kept.success) settings[key] = kept.data;
      }
    }
  }
  return { settings: settings as Settings, invalid };
}
