import { describe, expect, test } from 'vitest';
import {
  CardWatch,
  MAX_FAILURES,
  MAX_RAISES,
  RAISE_WINDOW_MS,
  SEEN_WITHIN_MS,
  SETTLE_MS,
  type Check,
  type Unseen,
} from '../watch';

/** A watch over a scripted page: `checks` answer each tick in turn (the last one repeats). */
function scripted(checks: Check[]) {
  const calls: string[] = [];
  let i = 0;
  const watch = new CardWatch(
    {
      check: () => checks[Math.min(i++, checks.length - 1)]!,
      raise: (attempt) => calls.push(`raise ${attempt}`),
      onSeen: () => calls.push('seen'),
      onLost: (why) => calls.push(`lost ${why}`),
    },
    0,
  );
  return { watch, calls };
}

const ok: Check = { ok: true };
const not = (why: Unseen): Check => ({ ok: false, why });

describe('the card’s watch (issue #15): seen counts only on screen; a page that keeps hiding it loses it', () => {
  test('a card on screen counts as seen once its entrance has played, and only once', () => {
    const { watch, calls } = scripted([ok]);
    watch.tick(50);
    expect(calls).toEqual([]);
    watch.tick(SETTLE_MS);
    watch.tick(SETTLE_MS + 400);
    expect(calls).toEqual(['seen']);
    expect(watch.wasSeen).toBe(true);
  });

  test('removed or covered once, it is put back on top and then seen', () => {
    const { watch, calls } = scripted([not('detached'), not('covered'), ok]);
    watch.tick(0);
    watch.tick(100);
    watch.tick(400);
    expect(calls).toEqual(['raise 1', 'raise 2', 'seen']);
  });

  test.each<Unseen>(['detached', 'closed', 'covered', 'small', 'off-screen'])(
    'kept %s through every try: shown elsewhere, once, and the watch stops',
    (why) => {
      const { watch, calls } = scripted([not(why)]);
      for (let t = 0; t < 3000; t += 100) watch.tick(t);
      expect(calls).toEqual([...Array.from({ length: MAX_FAILURES }, (_, i) => `raise ${i + 1}`), `lost ${why}`]);
      expect(watch.done).toBe(true);
    },
  );

  test('a page that hides it again each time it is back (seen in between) loses it after a few rounds', () => {
    const { watch, calls } = scripted(Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? ok : not('covered'))));
    for (let t = SETTLE_MS, n = 0; n < 40; n++, t += 200) watch.tick(t);
    expect(calls.filter((c) => c.startsWith('raise'))).toHaveLength(MAX_RAISES);
    expect(calls.at(-1)).toBe('lost covered');
  });

  test('now and then hidden, far apart, is not a fight: it is put back each time', () => {
    const { watch, calls } = scripted(Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? ok : not('closed'))));
    for (let n = 0; n < 20; n++) watch.tick(SETTLE_MS + n * (RAISE_WINDOW_MS / 2));
    expect(calls.some((c) => c.startsWith('lost'))).toBe(false);
    expect(calls.filter((c) => c.startsWith('raise'))).toHaveLength(10);
  });

  test('a tab in the background is nobody’s fault: it waits, and the time to be seen starts when it is in front', () => {
    const { watch, calls } = scripted([...Array.from({ length: 50 }, () => not('hidden-tab')), ok]);
    for (let t = 0; t < 50 * 200; t += 200) watch.tick(t);
    expect(calls).toEqual([]);
    watch.tick(50 * 200 + SETTLE_MS);
    expect(calls).toEqual(['seen']);
  });

  test('never once seen within its time: shown elsewhere', () => {
    // Covered at every check, but too few checks to count as a fight (a busy page, a throttled timer).
    const { watch, calls } = scripted([not('covered')]);
    watch.tick(SEEN_WITHIN_MS + 1);
    expect(calls).toEqual(['lost covered']);
    expect(watch.done).toBe(true);
  });
});
