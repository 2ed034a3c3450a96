import { describe, expect, test } from 'vitest';
import { afterTry, hashPin, lockRemaining, NO_LOCK, verifyPin } from './pin';

describe('PIN hashing', () => {
  test('a PIN verifies against its own record and no other PIN does', async () => {
    const record = await hashPin('2468', 1000);
    expect(record).toMatchObject({ algorithm: 'PBKDF2-SHA-256', iterations: 1000 });
    expect(JSON.stringify(record)).not.toContain('2468');
    expect(await verifyPin('2468', record)).toBe(true);
    expect(await verifyPin('2469', record)).toBe(false);
    expect(await verifyPin('', record)).toBe(false);
  });

  test('the same PIN hashed twice gets a different salt and hash', async () => {
    const [a, b] = await Promise.all([hashPin('1357', 1000), hashPin('1357', 1000)]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  test.each(['123', '123456789', 'abcd', '12 34'])('%j is not a valid PIN', async (pin) => {
    await expect(hashPin(pin, 1000)).rejects.toThrow();
  });

  test('the default iteration count is high', async () => {
    const { PIN_ITERATIONS } = await import('./pin');
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });
});

describe('lockout', () => {
  test('three free tries, then growing waits, reset by a right PIN', () => {
    let state = NO_LOCK;
    const now = 1_000_000;
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      state = afterTry(state, false, now);
      waits.push(lockRemaining(state, now));
    }
    expect(waits).toEqual([0, 0, 30_000, 60_000, 120_000, 240_000]);
    expect(afterTry(state, true, now)).toEqual(NO_LOCK);
  });

  test('the wait never exceeds an hour', () => {
    let state = NO_LOCK;
    for (let i = 0; i < 50; i++) state = afterTry(state, false, 0);
    expect(lockRemaining(state, 0)).toBe(60 * 60_000);
  });
});
