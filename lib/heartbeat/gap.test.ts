import { expect, test } from 'vitest';
import { gapToPause, PAUSE_THRESHOLD_MS } from './gap';

const t0 = 1_800_000_000_000;
const hour = 3_600_000;

test.each([
  ['enabled', hour, { start: t0, end: t0 + hour, reason: 'disabled' }],
  ['update', hour, { start: t0, end: t0 + hour, reason: 'restarted' }],
  ['worker-restart', hour, null], // the computer slept; the extension stayed on
  ['browser-start', 10 * hour, null], // the browser was closed; nothing could be browsed in it
  ['install', hour, null],
  ['enabled', PAUSE_THRESHOLD_MS - 1, null], // a busy minute is not a pause
] as const)('%s after %i ms', (kind, gap, expected) => {
  expect(gapToPause(t0, t0 + gap, kind)).toEqual(expected);
});

test('no heartbeat yet: no pause', () => {
  expect(gapToPause(null, t0, 'enabled')).toBeNull();
});
