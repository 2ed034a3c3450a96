import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import type { GuidanceLevel } from '../settings/schema';
import { decide, type PolicyView } from './decide';

const policy = (over: Partial<PolicyView> = {}): PolicyView => ({ ...DEFAULT_SETTINGS, ageBand: '13-17', ...over });
const host = 'chat.example';

describe('the guidance level table (docs/design.md#guidance-levels)', () => {
  test.each<[GuidanceLevel, 'low' | 'medium' | 'high', string]>([
    ['gentle', 'low', 'none'],
    ['gentle', 'medium', 'tip'],
    ['gentle', 'high', 'tip'],
    ['guided', 'low', 'tip'],
    ['guided', 'medium', 'warn'],
    ['guided', 'high', 'warn'],
    ['protective', 'low', 'tip'],
    ['protective', 'medium', 'warn'],
    ['protective', 'high', 'block'],
  ])('%s at %s risk → %s', (guidanceLevel, risk, action) => {
    expect(decide({ risk, categories: ['secrecy'], host }, policy({ guidanceLevel })).action).toBe(action);
  });
});

describe('adjustments', () => {
  test('high risk on guided waits before continue and puts help first', () => {
    expect(decide({ risk: 'high', categories: ['sextortion'], host }, policy())).toEqual({
      action: 'warn',
      helpFirst: true,
      continueDelaySeconds: 5,
      continueNeedsPin: false,
    });
  });

  test('blocked sites always get the block page', () => {
    const d = decide({ risk: 'none', categories: [], host: 'm.bad.example' }, policy({ blockSites: ['bad.example'] }));
    expect(d).toMatchObject({ action: 'block', continueNeedsPin: true });
  });

  test('a category override wins over the table, and off silences it', () => {
    expect(
      decide({ risk: 'low', categories: ['vpn_bypass'], host }, policy({ categoryActions: { vpn_bypass: 'block' } }))
        .action,
    ).toBe('block');
    expect(
      decide({ risk: 'medium', categories: ['gifts'], host }, policy({ categoryActions: { gifts: 'off' } })).action,
    ).toBe('none');
  });

  test('allowed sites and trusted contacts lower the response one step each', () => {
    expect(
      decide({ risk: 'medium', categories: ['secrecy'], host }, policy({ allowSites: ['chat.example'] })).action,
    ).toBe('tip');
    expect(decide({ risk: 'medium', categories: ['secrecy'], host, trustedContact: true }, policy()).action).toBe(
      'tip',
    );
  });

  test('the youngest children always get at least a tip', () => {
    expect(
      decide({ risk: 'low', categories: ['secrecy'], host }, policy({ guidanceLevel: 'gentle', ageBand: '6-9' }))
        .action,
    ).toBe('tip');
  });
});
