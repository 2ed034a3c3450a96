import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db';
import * as pinLib from '@/lib/pin';
import { send, senders } from '@/tests/unit/support/messages';
import { checkPin, setPin } from '../pin';

vi.mock('@/lib/pin', async (original) => {
  // Fewer PBKDF2 rounds keep the test fast; the real count is checked in lib/pin.test.ts. `verifyPin` is wrapped so
  // the test can count how many guesses were really checked.
  const real = await original<typeof pinLib>();
  return {
    ...real,
    hashPin: (pin: string) => real.hashPin(pin, 1000),
    verifyPin: vi.fn((pin: string, record: pinLib.PinRecord) => real.verifyPin(pin, record)),
  };
});

const PIN = '2468';
const guesses = (n: number) => Array.from({ length: n }, (_, i) => String(1000 + i));

beforeEach(async () => {
  await db().secrets.clear();
  await setPin(PIN);
  vi.mocked(pinLib.verifyPin).mockClear();
});

describe('brute force against the parent PIN', () => {
  test('is slowed as designed: three free tries, then 30 s, 1 min, 2 min … up to an hour', async () => {
    let now = 1_700_000_000_000;
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    const waits: number[] = [];
    for (const guess of guesses(12)) {
      const result = await checkPin(guess);
      expect(result.ok).toBe(false);
      const wait = result.ok ? 0 : result.lockedForMs;
      waits.push(wait);
      // While locked, even the right PIN is refused unchecked.
      if (wait > 0) {
        const locked = await checkPin(PIN);
        expect(locked).toMatchObject({ ok: false, reason: 'locked' });
      }
      now += wait;
    }
    expect(waits).toEqual([
      0, 0, 30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000, 3_600_000, 3_600_000,
    ]);
    // Every wait was sat out, so the right PIN works now and clears the count.
    expect(await checkPin(PIN)).toMatchObject({ ok: true });
    expect((await db().secrets.get('pin'))?.lock).toEqual(pinLib.NO_LOCK);
  });

  test('a 4-digit PIN takes weeks to guess: 10,000 tries wait more than 300 days', () => {
    let state = pinLib.NO_LOCK;
    let total = 0;
    for (let i = 0; i < 10_000; i++) {
      state = pinLib.afterTry(state, false, 0);
      total += pinLib.lockRemaining(state, 0);
    }
    expect(total / 86_400_000).toBeGreaterThan(300);
  });

  test('many parallel wrong tries cannot race past the counter', async () => {
    const results = await Promise.all(guesses(50).map((g) => checkPin(g)));
    // Only the three free tries were checked at all; every other one was refused unchecked.
    expect(vi.mocked(pinLib.verifyPin)).toHaveBeenCalledTimes(3);
    expect(results.filter((r) => !r.ok && r.reason === 'wrong-pin')).toHaveLength(3);
    expect(results.filter((r) => !r.ok && r.reason === 'locked')).toHaveLength(47);
    expect((await db().secrets.get('pin'))?.lock.failures).toBe(3);
    expect(await checkPin(PIN)).toMatchObject({ ok: false, reason: 'locked' });
  });

  test('the right PIN hidden among parallel wrong ones gets no more than the free tries', async () => {
    const tries = [...guesses(10), PIN, ...guesses(10)];
    const results = await Promise.all(tries.map((g) => checkPin(g)));
    expect(vi.mocked(pinLib.verifyPin).mock.calls.length).toBeLessThanOrEqual(3);
    // The right PIN was either among the three checked (and cleared the lock) or refused as locked.
    const right = results[10]!;
    expect(right.ok || (!right.ok && right.reason === 'locked')).toBe(true);
  });

  test('the same holds through the messages, from every page that asks for the PIN', async () => {
    vi.resetModules();
    const { registerPinHandlers } = await import('../handlers/pin');
    const { registerChildHandlers } = await import('../handlers/child');
    registerPinHandlers();
    registerChildHandlers();
    const answers = await Promise.all([
      ...guesses(10).map((pin) => send('verifyPin', { pin }, senders.page())),
      ...guesses(10).map((pin) =>
        send('unlockBlockedPage', { url: 'https://blocked.example/', pin }, senders.page('blocked.html')),
      ),
    ]);
    expect(answers.filter((a) => (a as { reason?: string }).reason === 'wrong-pin')).toHaveLength(3);
    expect(vi.mocked(pinLib.verifyPin).mock.calls.length).toBe(3);
  });
});

describe('the PIN hash never reaches a content script', () => {
  test('it is not in storage.local (which content scripts can read), only in the extension’s IndexedDB', async () => {
    const local = JSON.stringify(await fakeBrowser.storage.local.get(null));
    const { record } = (await db().secrets.get('pin'))!;
    expect(local).not.toContain(record.hash);
    expect(local).not.toContain(record.salt);
    expect(local).not.toMatch(/PBKDF2|pinGrants/);
  });

  test('content-script messages about the PIN learn nothing and change nothing', async () => {
    vi.resetModules();
    const { registerPinHandlers } = await import('../handlers/pin');
    registerPinHandlers();
    const before = await db().secrets.get('pin');
    const from = senders.content();
    expect(await send('getPinStatus', undefined, from)).toEqual({ hasPin: false, lockedForMs: 0 });
    expect(await send('verifyPin', { pin: PIN }, from)).toEqual({ ok: false, reason: 'wrong-pin', lockedForMs: 0 });
    expect(await send('setPin', { pin: '1111', currentPin: PIN }, from)).toMatchObject({ ok: false });
    expect(await send('setPin', { pin: '1111' }, from)).toMatchObject({ ok: false });
    expect(await db().secrets.get('pin')).toEqual(before);
    expect(vi.mocked(pinLib.verifyPin)).not.toHaveBeenCalled();
  });
});
