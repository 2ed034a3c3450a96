import Dexie from 'dexie';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db';
import type * as PinModule from '@/lib/pin';
import type { FindingReport } from '@/lib/messages/types';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { settingsRepairItem, storageTroubleItem } from '@/lib/settings/health';
import { loadSettings } from '@/lib/settings/store';
import { send, senders } from '@/tests/unit/support/messages';
import { handleFindings } from '../findings';
import { recordStart } from '../heartbeat';
import { setPin } from '../pin';
import { showPrompt } from '../prompt';
import { isQuotaError, repairStoredSettings } from '../storage-health';

vi.mock('../prompt', () => ({ showPrompt: vi.fn(async () => undefined) }));
vi.mock('@/lib/pin', async (original) => {
  // Fewer PBKDF2 rounds keep the test fast; the real count is checked in lib/pin.test.ts.
  const real = await original<typeof PinModule>();
  return { ...real, hashPin: (pin: string) => real.hashPin(pin, 1000) };
});

const from = { kind: 'content', tabId: 4, frameId: 0, host: 'chat.example', url: 'https://chat.example/r' } as const;
const finding: FindingReport = {
  kind: 'chat',
  risk: 'medium',
  categories: ['secrecy', 'gifts'],
  ruleIds: ['keep-secret-from-parents', 'offer-game-currency'],
  scope: 'chat.example/r',
  matched: ['jangan bilang ortu'],
};

/** What IndexedDB raises when the origin's quota is used up, as Dexie passes it on. */
const quotaError = () => new Dexie.QuotaExceededError('The quota has been exceeded.');

beforeEach(async () => {
  await Promise.all([db().events.clear(), db().pauses.clear(), db().secrets.clear()]);
});

describe('a full database', () => {
  test('recognises the quota error however Dexie wraps it', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', quotaError()))).toBe(true);
    expect(isQuotaError(new Dexie.ConstraintError('dup'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });

  test('the child still gets the prompt; the parent is told how many records were lost, and since when', async () => {
    vi.spyOn(db().events, 'add').mockRejectedValue(quotaError());
    await handleFindings(finding, from);
    await handleFindings({ ...finding, scope: 'chat.example/other' }, from);
    expect(vi.mocked(showPrompt)).toHaveBeenCalledTimes(2);
    const [tabId, data] = vi.mocked(showPrompt).mock.calls[0]!;
    expect(tabId).toBe(4);
    expect(data).toMatchObject({ action: 'warn', promptId: expect.stringMatching(/^unsaved:/) });
    expect(await storageTroubleItem.getValue()).toMatchObject({ lost: 2, reason: 'full', since: expect.any(Number) });
    // The report page can still pre-fill from the tab (session storage), and "Get help" still opens it.
    expect(await fakeBrowser.storage.session.get('reportContext:tab:4')).toMatchObject({
      'reportContext:tab:4': { host: 'chat.example', categories: ['secrecy', 'gifts'] },
    });
    vi.resetModules();
    const { registerFindingsHandlers } = await import('../handlers/findings');
    registerFindingsHandlers();
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await send('recordChoice', { promptId: data.promptId, choice: 'help' }, senders.content(4));
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/report\.html\?from=prompt&tab=4$/) });
  });

  test('a database that cannot open at all (say, after a downgrade) is the same: prompt shown, parent told', async () => {
    vi.spyOn(db().events, 'add').mockRejectedValue(new Dexie.VersionError('newer version'));
    await handleFindings(finding, from);
    expect(vi.mocked(showPrompt)).toHaveBeenCalledOnce();
    expect(await storageTroubleItem.getValue()).toMatchObject({ lost: 1, reason: 'failed' });
  });

  test('the heartbeat keeps beating when a pause record cannot be written', async () => {
    vi.spyOn(db().pauses, 'add').mockRejectedValue(quotaError());
    const now = Date.now();
    await fakeBrowser.storage.local.set({ heartbeat: { last: now - 3 * 3_600_000, installedAt: now - 86_400_000 } });
    await recordStart('enabled', now);
    expect((await fakeBrowser.storage.local.get('heartbeat')).heartbeat).toMatchObject({ last: now });
    expect(await storageTroubleItem.getValue()).toMatchObject({ lost: 1 });
  });

  test('even when the note itself does not fit, nothing throws', async () => {
    vi.spyOn(db().events, 'add').mockRejectedValue(quotaError());
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(handleFindings(finding, from)).resolves.toBeUndefined();
    expect(vi.mocked(showPrompt)).toHaveBeenCalledOnce();
  });
});

describe('damaged settings', () => {
  test('are repaired field by field, written back once, and the parent is told which', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        ...DEFAULT_SETTINGS,
        setupDone: true,
        language: 'en',
        guidanceLevel: 'maximum',
        retentionDays: -5,
        blockSites: 'not-a-list',
        trustedAdult: { name: 'Ibu Sari', whatsapp: '0812 3456 7890' },
      },
    });
    expect(await repairStoredSettings(1234)).toEqual(['guidanceLevel', 'blockSites', 'retentionDays']);
    const stored = (await fakeBrowser.storage.local.get('settings')).settings;
    expect(stored).toMatchObject({
      language: 'en',
      setupDone: true,
      guidanceLevel: DEFAULT_SETTINGS.guidanceLevel,
      retentionDays: 30,
      blockSites: [],
      trustedAdult: { name: 'Ibu Sari' },
    });
    expect(await settingsRepairItem.getValue()).toEqual({
      at: 1234,
      keys: ['guidanceLevel', 'blockSites', 'retentionDays'],
    });
    // Nothing left to repair: the note is not rewritten.
    expect(await repairStoredSettings(5678)).toEqual([]);
    expect((await settingsRepairItem.getValue())?.at).toBe(1234);
  });

  test('a value that is not a settings object at all goes back to the defaults, and says so', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await repairStoredSettings(1)).toBe('all');
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await settingsRepairItem.getValue()).toEqual({ at: 1, keys: 'all' });
  });

  test('the parent dismisses a note with the PIN; a content script or a guess cannot', async () => {
    vi.resetModules();
    const { registerSettingsHandlers } = await import('../handlers/settings');
    registerSettingsHandlers();
    await settingsRepairItem.setValue({ at: 1, keys: ['guidanceLevel'] });
    await storageTroubleItem.setValue({ since: 1, last: 2, lost: 3, reason: 'full' });
    const granted = await setPin('2468');
    if (!granted.ok) throw new Error('no grant');
    const token = granted.token;
    expect(await send('dismissHealthNote', { token, note: 'settingsRepaired' }, senders.content())).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await send('dismissHealthNote', { token: 'guess', note: 'settingsRepaired' }, senders.page())).toEqual({
      ok: false,
      reason: 'no-grant',
    });
    expect(await send('dismissHealthNote', { token, note: 'other' }, senders.page())).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(await settingsRepairItem.getValue()).not.toBeNull();
    expect(await send('dismissHealthNote', { token, note: 'settingsRepaired' }, senders.page())).toEqual({ ok: true });
    expect(await settingsRepairItem.getValue()).toBeNull();
    expect(await storageTroubleItem.getValue()).not.toBeNull();
    expect(await send('dismissHealthNote', { token, note: 'storageTrouble' }, senders.page())).toEqual({ ok: true });
    expect(await storageTroubleItem.getValue()).toBeNull();
  });
});
