import type { EffectiveSettings, Policy, PolicyKey, PolicyProblem } from '../settings/policy';
import type { Settings } from '../settings/schema';

/**
 * What the school's policy does on this computer, for the admin and the options page: the values in force, the
 * settings they lock, and what was wrong with the rest. Extension pages only (it names the counsellor).
 */
export interface SchoolStatus {
  /** At least one valid policy key is in force: the browser is managed by the school. */
  managed: boolean;
  /** Lab mode (a shared school computer) is on. */
  labMode: boolean;
  /** The valid policy values in force, exactly as the school set them. */
  policy: Policy;
  /** Every setting the parent cannot change here ("Diatur oleh sekolah / Managed by your school"), sorted. */
  locked: (keyof Settings)[];
  /** Policy keys that were ignored, with the reason in plain words: fix these in the policy. */
  problems: PolicyProblem[];
  /** Valid but worth a second look, e.g. lab mode without a counsellor. */
  warnings: PolicyProblem[];
}

/** Which policy keys were set; handy for "is this one from the school?" in a form. */
export function policyKeys(policy: Policy): PolicyKey[] {
  return (Object.keys(policy) as PolicyKey[]).filter((k) => policy[k] !== undefined).sort();
}

/**
 * Builds the admin's view of the policy from what `parsePolicy` kept and what `effectiveSettings` made of it.
 * @example schoolStatus({ labMode: true }, effectiveSettings(parent, { labMode: true })).warnings[0].key // 'trustedAdult'
 */
export function schoolStatus(policy: Policy, effective: EffectiveSettings): SchoolStatus {
  const warnings: PolicyProblem[] = [];
  if (policy.labMode && !policy.trustedAdult) {
    warnings.push({
      key: 'trustedAdult',
      code: 'no-counsellor',
      message: 'lab mode is on but no counsellor is set, so "Get help" offers SAPA 129 only',
    });
  }
  for (const key of policyKeys(policy)) {
    // The ready policy files in deploy/ mark what the admin must fill in as REPLACE_WITH_…
    if (/REPLACE_WITH_/.test(JSON.stringify(policy[key]))) {
      warnings.push({
        key,
        code: 'placeholder',
        message: 'still holds a REPLACE_WITH_… placeholder from the sample policy file',
      });
    }
  }
  if (policy.labMode === true && policy.keepSnippets === true) {
    warnings.push({
      key: 'keepSnippets',
      code: 'snippets-in-lab',
      message: 'snippets are never kept in lab mode; this key has no effect',
    });
  }
  return {
    managed: policyKeys(policy).length > 0,
    labMode: effective.settings.labMode,
    policy,
    locked: [...effective.locked].sort(),
    problems: effective.problems,
    warnings,
  };
}
