import type { Browser } from 'wxt/browser';
import { onMessage } from '@/lib/messages/protocol';
import type { ImportResult, Refused, SaveSettingsResult } from '@/lib/messages/protocol/settings';
import { schemas } from '@/lib/messages/schemas';
import { modelTroubleItem, settingsGuardedItem, settingsRepairItem, storageTroubleItem } from '@/lib/settings/health';
import { pinResetAtItem } from '@/lib/settings/parent-state';
import type { HistoryFile, SettingsFile } from '@/lib/transfer/files';
import {
  exportHistoryFile,
  exportSettingsFile,
  importHistoryFile,
  importSettingsFile,
  resetForgottenPin,
  wipeAllData,
} from '../parent-data';
import { applySettingsPatch } from '../parent-settings';
import { hasGrant } from '../pin';
import { classifySender } from '../sender';

type Sender = Browser.runtime.MessageSender | undefined;
const INVALID: Refused = { ok: false, reason: 'invalid' };
const NO_GRANT: Refused = { ok: false, reason: 'no-grant' };

/**
 * Our own pages only (a content script is refused like a bad payload), a valid payload, and the token of a right
 * PIN from the last ten minutes; then `act`.
 */
async function privileged<T extends { token: string }, R>(
  sender: Sender,
  parse: () => { success: true; data: T } | { success: false },
  act: (data: T) => Promise<R>,
): Promise<R | Refused> {
  if (classifySender(sender)?.kind !== 'extension') return INVALID;
  const parsed = parse();
  if (!parsed.success) return INVALID;
  if (!(await hasGrant(parsed.data.token))) return NO_GRANT;
  return act(parsed.data);
}

/** The parent companion's handlers, exported for the glue tests; `registerSettingsHandlers` wires them. */
export const settingsHandlers = {
  saveSettings: (data: unknown, sender: Sender): Promise<SaveSettingsResult> =>
    privileged(
      sender,
      () => schemas.saveSettings.safeParse(data),
      async ({ patch }) => ({ ok: true as const, ...(await applySettingsPatch(patch)) }),
    ),
  exportSettings: (data: unknown, sender: Sender): Promise<{ ok: true; file: SettingsFile } | Refused> =>
    privileged(
      sender,
      () => schemas.exportSettings.safeParse(data),
      async () => ({ ok: true as const, file: await exportSettingsFile() }),
    ),
  exportHistory: (data: unknown, sender: Sender): Promise<{ ok: true; file: HistoryFile } | Refused> =>
    privileged(
      sender,
      () => schemas.exportHistory.safeParse(data),
      async () => ({ ok: true as const, file: await exportHistoryFile() }),
    ),
  importSettings: (data: unknown, sender: Sender): Promise<ImportResult> =>
    privileged(
      sender,
      () => schemas.importSettings.safeParse(data),
      ({ text }) => importSettingsFile(text),
    ),
  importHistory: (data: unknown, sender: Sender): Promise<ImportResult> =>
    privileged(
      sender,
      () => schemas.importHistory.safeParse(data),
      ({ text }) => importHistoryFile(text),
    ),
  wipeAllData: (data: unknown, sender: Sender): Promise<{ ok: true } | Refused> =>
    privileged(
      sender,
      () => schemas.wipeAllData.safeParse(data),
      async () => {
        await wipeAllData();
        return { ok: true as const };
      },
    ),
  dismissPinResetNote: (data: unknown, sender: Sender): Promise<{ ok: true } | Refused> =>
    privileged(
      sender,
      () => schemas.dismissPinResetNote.safeParse(data),
      async () => {
        await pinResetAtItem.removeValue();
        return { ok: true as const };
      },
    ),
  dismissHealthNote: (data: unknown, sender: Sender): Promise<{ ok: true } | Refused> =>
    privileged(
      sender,
      () => schemas.dismissHealthNote.safeParse(data),
      async ({ note }) => {
        const items = {
          storageTrouble: storageTroubleItem,
          settingsRepaired: settingsRepairItem,
          settingsGuarded: settingsGuardedItem,
          modelTrouble: modelTroubleItem,
        };
        await items[note].removeValue();
        return { ok: true as const };
      },
    ),
  /** No PIN by design (it was forgotten); the page says plainly that the history goes with it. */
  resetForgottenPin: async (data: unknown, sender: Sender): Promise<{ ok: true } | Refused> => {
    if (classifySender(sender)?.kind !== 'extension') return INVALID;
    if (!schemas.resetForgottenPin.safeParse(data).success) return INVALID;
    await resetForgottenPin();
    return { ok: true };
  },
};

export function registerSettingsHandlers(): void {
  onMessage('saveSettings', ({ data, sender }) => settingsHandlers.saveSettings(data, sender));
  onMessage('exportSettings', ({ data, sender }) => settingsHandlers.exportSettings(data, sender));
  onMessage('exportHistory', ({ data, sender }) => settingsHandlers.exportHistory(data, sender));
  onMessage('importSettings', ({ data, sender }) => settingsHandlers.importSettings(data, sender));
  onMessage('importHistory', ({ data, sender }) => settingsHandlers.importHistory(data, sender));
  onMessage('wipeAllData', ({ data, sender }) => settingsHandlers.wipeAllData(data, sender));
  onMessage('dismissPinResetNote', ({ data, sender }) => settingsHandlers.dismissPinResetNote(data, sender));
  onMessage('dismissHealthNote', ({ data, sender }) => settingsHandlers.dismissHealthNote(data, sender));
  onMessage('resetForgottenPin', ({ data, sender }) => settingsHandlers.resetForgottenPin(data, sender));
}
