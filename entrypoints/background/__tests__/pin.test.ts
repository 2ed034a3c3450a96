import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db';
import type * as PinModule from '@/lib/pin';
import { checkPin, hasGrant, pinStatus, setPin } from '../pin';

vi.mock('@/lib/pin', async (original) => {
  // Fewer PBKDF2 rounds keep the test fast; the real count is checked in lib/pin.test.ts.
  const real = await original<typeof PinModule>();
  return { ...real, hashPin: (pin: string) => real.hashPin(pin, 1000) };
});

beforeEach(async () => {
  await db().secrets.clear();
});

describe('the parent PIN in the background', () => {
  test('no PIN yet: status says so and checks are refused', async () => {
    expect(await pinStatus()).toEqual({ hasPin: false, lockedForMs: 0 });
    expect(await checkPin('1234')).toMatchObject({ ok: false, reason: 'no-pin' });
  });

  test('setting a PIN grants a token; the stored record has no PIN in it', async () => {
    const result = await setPin('2468');
    expect(result.ok).toBe(true);
    if (result.ok) expect(await hasGrant(result.token)).toBe(true);
    expect(JSON.stringify(await db().secrets.get('pin'))).not.toContain('2468');
  });

  test('changing the PIN needs the current one', async () => {
    await setPin('2468');
    expect(await setPin('1357')).toMatchObject({ ok: false, reason: 'wrong-pin' });
    expect(await setPin('1357', '2468')).toMatchObject({ ok: true });
    expect(await checkPin('1357')).toMatchObject({ ok: true });
  });

  test('wrong tries lock further tries, even with the right PIN', async () => {
    await setPin('2468');
    for (let i = 0; i < 3; i++) await checkPin('0000');
    const locked = await checkPin('2468');
    expect(locked).toMatchObject({ ok: false, reason: 'locked' });
    if (!locked.ok) expect(locked.lockedForMs).toBeGreaterThan(20_000);
  });

  test('an unknown token grants nothing', async () => {
    expect(await hasGrant('made-up')).toBe(false);
    expect(await hasGrant(undefined)).toBe(false);
  });

  test('nobody can set a PIN on a shared school lab PC', async () => {
    await fakeBrowser.storage.managed.set({ labMode: true });
    expect(await setPin('2468')).toMatchObject({ ok: false });
    expect(await pinStatus()).toMatchObject({ hasPin: false });
  });
});
