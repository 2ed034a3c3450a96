/**
 * The parent's PIN: PBKDF2-SHA-256 with a per-install random salt and a high iteration count (WebCrypto, so the
 * same code runs in the service worker, extension pages and Node tests). The PIN itself is never stored.
 */
export interface PinRecord {
  algorithm: 'PBKDF2-SHA-256';
  iterations: number;
  /** base64 */
  salt: string;
  /** base64 */
  hash: string;
}

/** Wrong tries and the time until the next try is allowed. */
export interface LockState {
  failures: number;
  lockedUntil: number;
}

/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA-256. */
export const PIN_ITERATIONS = 600_000;
export const PIN_PATTERN = /^\d{4,8}$/;
export const NO_LOCK: LockState = { failures: 0, lockedUntil: 0 };

/** Free tries before the first wait. */
const FREE_TRIES = 3;
const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 60 * 60_000;

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

/** @example const record = await hashPin('2468'); await verifyPin('2468', record) // true */
export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinRecord> {
  if (!isValidPin(pin)) throw new Error('A PIN is 4 to 8 digits');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return {
    algorithm: 'PBKDF2-SHA-256',
    iterations,
    salt: toBase64(salt),
    hash: toBase64(await derive(pin, salt, iterations)),
  };
}

export async function verifyPin(pin: string, record: PinRecord): Promise<boolean> {
  if (!isValidPin(pin)) return false;
  const actual = await derive(pin, fromBase64(record.salt), record.iterations);
  const expected = fromBase64(record.hash);
  // Compare every byte so timing does not reveal how much matched.
  let diff = actual.length ^ expected.length;
  for (let i = 0; i < Math.min(actual.length, expected.length); i++) diff |= actual[i]! ^ expected[i]!;
  return diff === 0;
}

/** Milliseconds until another try is allowed (0 = now). */
export function lockRemaining(state: LockState, now: number): number {
  return Math.max(0, state.lockedUntil - now);
}

/**
 * The lock after one try: a right PIN clears it; after three wrong tries each further wrong try waits longer
 * (30 s, 1 min, 2 min, … up to an hour), which makes guessing a 4-digit PIN take weeks.
 */
export function afterTry(state: LockState, ok: boolean, now: number): LockState {
  if (ok) return NO_LOCK;
  const failures = state.failures + 1;
  if (failures < FREE_TRIES) return { failures, lockedUntil: 0 };
  const wait = Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_TRIES));
  return { failures, lockedUntil: now + wait };
}
