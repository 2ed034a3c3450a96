/** The answer to any PIN check. `lockedForMs` > 0 means the parent must wait before trying again. */
export type PinResult =
  { ok: true; token: string } | { ok: false; reason: 'wrong-pin' | 'locked' | 'no-pin'; lockedForMs: number };

/** Extension pages only: set and check the parent's PIN. A right PIN returns a short-lived unlock token. */
export interface PinProtocol {
  getPinStatus(): { hasPin: boolean; lockedForMs: number };
  /** Sets the first PIN, or changes it when `currentPin` is right. */
  setPin(data: { pin: string; currentPin?: string }): PinResult;
  verifyPin(data: { pin: string }): PinResult;
}
