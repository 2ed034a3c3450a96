import { browser } from 'wxt/browser';
import { db } from '@/lib/db';
import type { PinResult } from '@/lib/messages/protocol/pin';
import { loadEffectiveSettings } from '@/lib/settings/store';
import { afterTry, hashPin, isValidPin, lockRemaining, NO_LOCK, verifyPin } from '@/lib/pin';

/** How long a right PIN unlocks parent actions in the page that asked. */
export const GRANT_MS = 10 * 60_000;
const GRANTS_KEY = 'pinGrants';

type Grants = Record<string, number>;

async function readGrants(): Promise<Grants> {
  const stored = (await browser.storage.session.get(GRANTS_KEY))[GRANTS_KEY];
  return stored && typeof stored === 'object' ? (stored as Grants) : {};
}

async function issueGrant(): Promise<string> {
  const token = crypto.randomUUID();
  const now = Date.now();
  const grants = Object.fromEntries(Object.entries(await readGrants()).filter(([, until]) => until > now));
  grants[token] = now + GRANT_MS;
  // storage.session: in memory, trusted contexts only, survives service-worker restarts but not the browser.
  await browser.storage.session.set({ [GRANTS_KEY]: grants });
  return token;
}

/** True when `token` came from a right PIN in the last ten minutes. Privileged handlers call this first. */
export async function hasGrant(token: string | undefined): Promise<boolean> {
  if (!token) return false;
  const until = (await readGrants())[token];
  return typeof until === 'number' && until > Date.now();
}

export async function pinStatus(): Promise<{ hasPin: boolean; lockedForMs: number }> {
  const row = await db().secrets.get('pin');
  return { hasPin: Boolean(row), lockedForMs: row ? lockRemaining(row.lock, Date.now()) : 0 };
}

/**
 * Checks a PIN with lockout: every try is counted as wrong *before* it is checked, in one database transaction, and
 * a right PIN then clears the count. So parallel tries are counted one by one and a burst of guesses cannot all be
 * checked against the same "no lock yet" state; tries during a lock are refused unchecked.
 */
export async function checkPin(pin: string): Promise<PinResult> {
  const database = db();
  const claim = await database.transaction('rw', database.secrets, async () => {
    const row = await database.secrets.get('pin');
    if (!row) return { kind: 'no-pin' as const };
    const now = Date.now();
    const wait = lockRemaining(row.lock, now);
    if (wait > 0) return { kind: 'locked' as const, wait };
    const lock = afterTry(row.lock, false, now);
    await database.secrets.update('pin', { lock });
    return { kind: 'check' as const, record: row.record, lock };
  });
  if (claim.kind === 'no-pin') return { ok: false, reason: 'no-pin', lockedForMs: 0 };
  if (claim.kind === 'locked') return { ok: false, reason: 'locked', lockedForMs: claim.wait };
  // PBKDF2 runs outside the transaction (IndexedDB would commit it while WebCrypto works).
  if (!(await verifyPin(pin, claim.record))) {
    return { ok: false, reason: 'wrong-pin', lockedForMs: lockRemaining(claim.lock, Date.now()) };
  }
  await database.secrets.update('pin', { lock: NO_LOCK });
  return { ok: true, token: await issueGrant() };
}

export async function setPin(pin: string, currentPin?: string): Promise<PinResult> {
  if (!isValidPin(pin)) return { ok: false, reason: 'wrong-pin', lockedForMs: 0 };
  // A shared lab PC is configured by the school, not by a parent: nobody may claim it with a PIN.
  if ((await loadEffectiveSettings()).labMode) return { ok: false, reason: 'no-pin', lockedForMs: 0 };
  const existing = await db().secrets.get('pin');
  if (existing) {
    const check = await checkPin(currentPin ?? '');
    if (!check.ok) return check;
  }
  await db().secrets.put({ key: 'pin', record: await hashPin(pin), lock: NO_LOCK });
  return { ok: true, token: await issueGrant() };
}
