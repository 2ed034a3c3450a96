import type { schemas } from '@/lib/messages/schemas';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { makeHistoryFile, makeSettingsFile } from '@/lib/transfer/files';

/** A PIN grant token the fuzz and meta tests plant in `storage.session`, so privileged examples carry a valid one. */
export const TOKEN = '5f0c2e8e-0000-4000-8000-fuzzfuzzfuzz';
export const PIN = '2468';

/**
 * One valid payload per message schema — what a well-behaved sender would send. The meta-test checks each parses, the
 * fuzz test mutates them. `satisfies` makes a new schema without an example a type error.
 */
export const VALID_PAYLOADS = {
  reportFindings: {
    kind: 'chat',
    risk: 'medium',
    categories: ['secrecy', 'gifts'],
    ruleIds: ['keep-secret-from-parents', 'offer-game-currency'],
    scope: 'chat.example/room-1',
    matched: ['jangan bilang ortu'],
    contact: 'Kak Rani',
    title: 'Obrolan',
    site: 'generic',
  },
  recordChoice: { promptId: '1', choice: 'help' },
  setPin: { pin: '1357', currentPin: PIN },
  verifyPin: { pin: PIN },
  getReportContext: { event: 1 },
  saveSettings: { token: TOKEN, patch: { guidanceLevel: 'gentle', pausedUntil: 4_102_444_800_000 } },
  exportSettings: { token: TOKEN },
  exportHistory: { token: TOKEN },
  importSettings: {
    token: TOKEN,
    text: JSON.stringify(makeSettingsFile({ ...DEFAULT_SETTINGS, guidanceLevel: 'protective', setupDone: true }, 1)),
  },
  importHistory: {
    token: TOKEN,
    text: JSON.stringify(
      makeHistoryFile(
        {
          events: [
            { id: 9, time: 5, host: 'x.example', kind: 'page', categories: ['vpn_bypass'], risk: 'low', action: 'tip' },
          ],
          reports: [],
          pauses: [],
          dailyCounts: [],
        },
        1,
      ),
    ),
  },
  wipeAllData: { token: TOKEN },
  resetForgottenPin: { confirm: 'RESET' },
  dismissPinResetNote: { token: TOKEN },
  dismissHealthNote: { token: TOKEN, note: 'storageTrouble' },
  exportSchoolReport: { language: 'en' },
  setChildLanguage: { language: 'en' },
  blockedPageOpened: { url: 'https://blocked.example/page', eventId: '1' },
  leaveBlockedPage: { eventId: '1' },
  unlockBlockedPage: { url: 'https://blocked.example/page', pin: PIN, eventId: '1' },
  askForHelp: { from: 'popup', eventId: '1' },
  ensureDetectionPack: undefined,
  classifyText: { kind: 'chat', text: 'kamu sendirian di rumah?', earlier: ['hai dek'] },
} satisfies Record<keyof typeof schemas, unknown>;
