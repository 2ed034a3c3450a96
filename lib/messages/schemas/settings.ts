import { z } from 'zod';
import { HEALTH_NOTES } from '../../settings/health';
import { settingsSchema } from '../../settings/schema';
import { MAX_FILE_CHARS } from '../../transfer/files';
import type { SettingsProtocol } from '../protocol/settings';
import { linkedTo } from './link';

const token = z.string().min(1).max(100);

/** Inbound payload schemas of the settings area, one per message that carries data. */
export const settingsSchemas = linkedTo<SettingsProtocol>()({
  saveSettings: z.strictObject({ token, patch: z.strictObject(settingsSchema.partial().shape) }),
  exportSettings: z.strictObject({ token }),
  exportHistory: z.strictObject({ token }),
  importSettings: z.strictObject({ token, text: z.string().max(MAX_FILE_CHARS) }),
  importHistory: z.strictObject({ token, text: z.string().max(MAX_FILE_CHARS) }),
  wipeAllData: z.strictObject({ token }),
  resetForgottenPin: z.strictObject({ confirm: z.literal('RESET') }),
  dismissPinResetNote: z.strictObject({ token }),
  dismissHealthNote: z.strictObject({ token, note: z.enum(HEALTH_NOTES) }),
});
