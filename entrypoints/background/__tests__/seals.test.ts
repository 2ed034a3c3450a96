import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DETECTION_PACK_KEY } from '@/lib/detection/pack';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { settingsGuardedItem } from '@/lib/settings/health';
import { PAGE_CONFIG_KEY, pageConfigFrom } from '@/lib/settings/page-config';
import { loadSettings, removeSettings, saveSettings, syncPageConfig } from '@/lib/settings/store';
import { storedPackIsSealed, syncDetectionPack } from '../detection-pack';
import { registerSeals, sealChecksSettled } from '../seals';
import { repairStoredSettings } from '../storage-health';

// A subverted content script can write storage.local; only what the background wrote (sealed in storage.session)
// may stay there.
const local = fakeBrowser.storage.local;
const settled = async () => {
  // A foreign write is looked at twice, 150 ms apart, before it is put back.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await sealChecksSettled();
};

beforeEach(() => {
  registerSeals();
});

describe('settings written by anything but the background', () => {
  test('are put back, and the parent is told', async () => {
    const saved = await saveSettings({ guidanceLevel: 'protective', trustedContacts: ['Ibu'] });
    await settled();
    await local.set({ settings: { ...saved, pausedUntil: 4_102_444_800_000, guidanceLevel: 'gentle' } });
    await settled();
    expect(await loadSettings()).toEqual(saved);
    expect(await settingsGuardedItem.getValue()).toMatchObject({ count: 1 });

    await local.remove('settings');
    await settled();
    expect(await loadSettings()).toEqual(saved);
    expect(await settingsGuardedItem.getValue()).toMatchObject({ count: 2 });
  });

  test('the background’s own writes, however quick, are not mistaken for them', async () => {
    await saveSettings({ guidanceLevel: 'protective' });
    await saveSettings({ guidanceLevel: 'gentle' });
    const last = await saveSettings({ retentionDays: 60 });
    await settled();
    expect(await loadSettings()).toEqual(last);
    await removeSettings();
    await settled();
    expect((await local.get('settings')).settings).toBeUndefined();
    expect(await settingsGuardedItem.getValue()).toBeNull();
  });

  test('the same settings with their keys in another order (Chrome hands them back sorted) are not a change', async () => {
    const saved = await saveSettings({ guidanceLevel: 'protective' });
    await settled();
    const sorted = Object.fromEntries(Object.entries(saved).sort(([a], [b]) => (a < b ? 1 : -1)));
    await local.set({ settings: sorted });
    await settled();
    expect(await settingsGuardedItem.getValue()).toBeNull();
  });

  test('damaged ones are put back, not repaired into the background’s own', async () => {
    const saved = await saveSettings({ guidanceLevel: 'protective' });
    await local.set({ settings: { ...saved, guidanceLevel: 'nothing', pausedUntil: 'forever' } });
    expect(await repairStoredSettings()).toEqual([]);
    await settled();
    expect(await loadSettings()).toEqual(saved);
  });

  test('after a browser restart (no seal yet), what is stored is sealed as found', async () => {
    await settled();
    await fakeBrowser.storage.session.clear();
    await local.set({ settings: { ...DEFAULT_SETTINGS, guidanceLevel: 'protective' } });
    await settled();
    expect((await loadSettings()).guidanceLevel).toBe('protective');
    expect(await settingsGuardedItem.getValue()).toBeNull();
  });
});

describe('the page config and the detection rules', () => {
  test('a page config that does not follow the settings is written again', async () => {
    const saved = await saveSettings({ guidanceLevel: 'guided' });
    await syncPageConfig();
    await settled();
    await local.set({ [PAGE_CONFIG_KEY]: { ...pageConfigFrom(saved), enabled: false } });
    await settled();
    expect((await local.get(PAGE_CONFIG_KEY))[PAGE_CONFIG_KEY]).toEqual(pageConfigFrom(saved));
    expect(await settingsGuardedItem.getValue()).toMatchObject({ count: 1 });
  });

  test('a pack the background did not write is compiled again', async () => {
    await syncDetectionPack();
    await settled();
    const good = (await local.get(DETECTION_PACK_KEY))[DETECTION_PACK_KEY] as { tables: Record<string, number[]> };
    expect(await storedPackIsSealed(good)).toBe(true);
    // Same format, same source: an emptied automaton would silence every page.
    const emptied = Object.fromEntries(Object.entries(good.tables).map(([name, t]) => [name, t.map(() => 0)]));
    await local.set({ [DETECTION_PACK_KEY]: { ...good, tables: emptied } });
    await settled();
    await syncDetectionPack();
    const now = (await local.get(DETECTION_PACK_KEY))[DETECTION_PACK_KEY];
    expect(now).toEqual(good);
    expect(await storedPackIsSealed(now)).toBe(true);
    expect(await settingsGuardedItem.getValue()).toMatchObject({ count: 1 });
  });
});
