import { onMessage } from '@/lib/messages/protocol';
import type { Refused } from '@/lib/messages/protocol/settings';
import { schemas } from '@/lib/messages/schemas';
import {
  exportHistoryFile,
  exportSettingsFile,
  importHistoryFile,
  importSettingsFile,
  resetForgottenPin,
  wipeAllData,
} from '../parent-data';
import { pinResetAtItem } from '@/lib/settings/parent-state';
import { applySettingsPatch } from '../parent-settings';
import { hasGrant } from '../pin';
import { classifySender } from '../sender';

const INVALID: Refused = { ok: false, reason: 'invalid' };
const NO_GRANT: Refused = { ok: false, reason: 'no-grant' };

/**
 * The parent companion's messages. Our own pages only (a content script is refused like a bad payload), and every
 * change needs the token of a right PIN from the last ten minutes.
 */
export function registerSettingsHandlers(): void {
  onMessage('saveSettings', async ({ data, sender }) => {
    if (classifySender(sender)?.kind !== 'extension') return INVALID;
    const parsed = schemas.saveSettings.safeParse(data);
    if (!parsed.success) return INVALID;
    if (!(await hasGrant(parsed.data.token))) return NO_GRANT;
    return { ok: true, ...(await applySettingsPatch(parsed.data.patch)) };
  });

  onMessage('exportSettings', async ({ data, sender }) => {
    if (classifySender(sender)?.kind !== 'extension') return INVALID;
    const parsed = schemas.exportSettings.safeParse(data);
    if (!parsed.success) return INVALID;
    if (!(await hasGrant(parsed.data.token))) return NO_GRANT;
    return { ok: true, file: await exportSettingsFile() };
  });

  onMessage('exportHistory', async ({ data, sender }) => {
    if (classifySender(sender)?.kind !== 'extension') return INVALID;
    const parsed = schemas.exportHistory.safeParse(data);
    if (!parsed.success) return INVALID;
    if (!(await hasGrant(parsed.data.token))) return NO_GRANT;
    return { ok: true, file: await exportHistoryFile() };
  });

  onMessage('importSettings', async ({ data, sender }) => {
    if (classifySender(sender)?.kind !== 'extension') return INVALID;
    const parsed = schemas.importSettings.safeParse(data);
    if (!parsed.success) return INVALID;
    if (!(await hasGrant(parsed.data.token))) return NO_GRANT;
    return importSettingsFile(parsed.data.text);
  });

  onMessage('importHistory', async ({ data, sender }) => {
    if (classifySender(sender)?.kind !== 'extension') return INVALID;
    const parsed = schemas.importHistory.safeParse(data);
    if (!parsed.success) return INVALID;
    if (!(await hasGrant(parsed.data.token))) return NO_GRANT;
    return importHistoryFile(parsed.data.text);
  });

  onMessage('wipeAllData', async ({ data, sender }) => {
    if (classifySender(sender)?.kind !== 'extension') return INVALID;
    const parsed = schemas.wipeAllData.safeParse(data);
    if (!parsed.success) return INVALID;
    if (!(await hasGrant(parsed.data.token))) return NO_GRANT;
    await wipeAllData();
    return { ok: true } as const;
  });

  onMessage('resetForgottenPin', async ({ data, sender }) => {
    if (classifySender(sender)?.kind !== 'extension') return INVALID;
    if (!schemas.resetForgottenPin.safeParse(data).success) return INVALID;
    await resetForgottenPin();
    return { ok: true } as const;
  });

  onMessage('dismissPinResetNote', async ({ data, sender }) => {
    if (classifySender(sender)?.kind !== 'extension') return INVALID;
    const parsed = schemas.dismissPinResetNote.safeParse(data);
    if (!parsed.success) return INVALID;
    if (!(await hasGrant(parsed.data.token))) return NO_GRANT;
    await pinResetAtItem.removeValue();
    return { ok: true } as const;
  });
}
