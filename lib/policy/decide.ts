import { riskRank, type Category, type Risk } from '../detection/types';
import type { CategoryAction, GuidanceLevel, Settings } from '../settings/schema';
import { hostInList } from './hosts';

export const ACTIONS = ['none', 'tip', 'warn', 'block'] as const;
export type Action = (typeof ACTIONS)[number];

/** What the policy needs to know; a plain subset of the effective settings. */
export type PolicyView = Pick<Settings, 'guidanceLevel' | 'ageBand' | 'categoryActions' | 'allowSites' | 'blockSites'>;

export interface DecisionInput {
  risk: Risk;
  categories: readonly Category[];
  host: string;
  /** The chat is with someone the parent listed as trusted. */
  trustedContact?: boolean;
}

export interface Decision {
  action: Action;
  /** Show the help button big and first (high risk). */
  helpFirst: boolean;
  /** Seconds the "continue" button waits on a warning card. */
  continueDelaySeconds: number;
  /** Leaving the block page needs the parent's PIN. */
  continueNeedsPin: boolean;
}

// docs/design.md#guidance-levels: rows are levels, columns are risks low / medium / high.
const TABLE: Record<GuidanceLevel, Record<Exclude<Risk, 'none'>, Action>> = {
  gentle: { low: 'none', medium: 'tip', high: 'tip' },
  guided: { low: 'tip', medium: 'warn', high: 'warn' },
  protective: { low: 'tip', medium: 'warn', high: 'block' },
};

const ACTION_RANK: Record<Action, number> = { none: 0, tip: 1, warn: 2, block: 3 };
const HIGH_RISK_PAUSE_SECONDS = 5;

function stronger(a: Action, b: Action): Action {
  return ACTION_RANK[a] >= ACTION_RANK[b] ? a : b;
}

function softer(action: Action): Action {
  return ACTIONS[Math.max(0, ACTION_RANK[action] - 1)]!;
}

function overrideToAction(o: CategoryAction): Action {
  return o === 'off' ? 'none' : o;
}

/**
 * Turns what the engine found into what the child sees, following the guidance level table, per-category
 * overrides, the age band, allowed and blocked sites and trusted contacts.
 * @example decide({ risk: 'low', categories: ['secrecy'], host: 'chat.example' }, policy).action // 'tip'
 */
export function decide(input: DecisionInput, policy: PolicyView): Decision {
  const blockedSite = hostInList(input.host, policy.blockSites);
  if (blockedSite) return { action: 'block', helpFirst: false, continueDelaySeconds: 0, continueNeedsPin: true };
  if (input.risk === 'none' || input.categories.length === 0) {
    return { action: 'none', helpFirst: false, continueDelaySeconds: 0, continueNeedsPin: false };
  }

  let base = TABLE[policy.guidanceLevel][input.risk];
  // The youngest children always get at least a tip: saying nothing teaches nothing.
  if (policy.ageBand === '6-9') base = stronger(base, 'tip');

  let action: Action = 'none';
  for (const category of input.categories) {
    const override = policy.categoryActions[category];
    action = stronger(action, override ? overrideToAction(override) : base);
  }
  if (hostInList(input.host, policy.allowSites)) action = softer(action);
  if (input.trustedContact) action = softer(action);

  const high = riskRank(input.risk) >= riskRank('high');
  return {
    action,
    helpFirst: high,
    continueDelaySeconds: action === 'warn' && high ? HIGH_RISK_PAUSE_SECONDS : 0,
    continueNeedsPin: action === 'block',
  };
}
