import type { HealthNote } from '../../settings/health';
import type { Settings } from '../../settings/schema';
import type { HistoryFile, SettingsFile } from '../../transfer/files';
import type { TransferProblem } from '../../transfer/problems';

/** A privileged request was refused: no valid PIN grant (ask for the PIN and try again), or a payload that is wrong. */
export type Refused = { ok: false; reason: 'no-grant' | 'invalid' };

export type SaveSettingsResult =
  | { ok: true; settings: Settings; /** Keys left as they were because the school manages them. */ skipped: string[] }
  | Refused;

export type ImportResult =
  | { ok: true; /** What was added or changed, per table or "settings". */ counts: Record<string, number> }
  | { ok: false; reason: 'problems'; problems: TransferProblem[] }
  | Refused;

/**
 * The parent companion (options page) → background. Extension pages only; every change carries the token of a
 * right PIN (`verifyPin`/`setPin`), and the background checks it before acting.
 */
export interface SettingsProtocol {
  /** Saves some settings. Keys the school manages are never changed (they are listed in `skipped`). */
  saveSettings(data: { token: string; patch: Partial<Settings> }): SaveSettingsResult;
  exportSettings(data: { token: string }): { ok: true; file: SettingsFile } | Refused;
  exportHistory(data: { token: string }): { ok: true; file: HistoryFile } | Refused;
  /** `text` is the file as read; a bad file changes nothing and the answer lists what is wrong. */
  importSettings(data: { token: string; text: string }): ImportResult;
  importHistory(data: { token: string; text: string }): ImportResult;
  /** Deletes everything: history, reports, settings and the PIN. */
  wipeAllData(data: { token: string }): { ok: true } | Refused;
  /**
   * For a forgotten PIN: deletes the PIN and all history (events, reports, pauses, counts), keeps the settings, and
   * remembers when it happened so the parent sees it. Needs no PIN, by design; the page says plainly what it does.
   */
  resetForgottenPin(data: { confirm: 'RESET' }): { ok: true } | Refused;
  /** Hides the dashboard's "the PIN was reset" note; with the PIN, so whoever reset it cannot hide it. */
  dismissPinResetNote(data: { token: string }): { ok: true } | Refused;
  /** Hides a note about stored data ("storage is full", "settings were repaired") once the parent has read it. */
  dismissHealthNote(data: { token: string; note: HealthNote }): { ok: true } | Refused;
}
