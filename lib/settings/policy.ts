import { z } from 'zod';
import {
  ageBandSchema,
  categoryActionsSchema,
  extraPhraseSchema,
  guidanceLevelSchema,
  hostnameSchema,
  languageSchema,
  localServiceSchema,
  settingsSchema,
  trustedAdultSchema,
  type Settings,
} from './schema';

/**
 * School policy from `storage.managed` (docs/school-guide.md#the-kawan-aman-keys). Exactly these keys;
 * `public/managed_schema.json` describes the same ones and a meta-test keeps the two identical.
 */
export const policyShape = {
  guidanceLevel: guidanceLevelSchema,
  ageBand: ageBandSchema,
  labMode: z.boolean(),
  language: languageSchema,
  trustedAdult: trustedAdultSchema,
  localService: localServiceSchema,
  categoryActions: categoryActionsSchema,
  allowSites: z.array(hostnameSchema).max(500),
  blockSites: z.array(hostnameSchema).max(500),
  extraPhrases: z.array(extraPhraseSchema).max(2000),
  retentionDays: settingsSchema.shape.retentionDays,
  keepSnippets: z.boolean(),
} as const;

export type PolicyKey = keyof typeof policyShape;
export const POLICY_KEYS = Object.keys(policyShape) as PolicyKey[];
export type Policy = { [K in PolicyKey]?: z.infer<(typeof policyShape)[K]> };

/**
 * Why a policy key was ignored (`unknown-key`, `invalid-value`, `not-an-object`) or is worth a second look (the
 * warnings of `lib/school/status.ts`). The options page words each code in the admin's language (`locales/school.ts`).
 */
export type PolicyProblemCode =
  'unknown-key' | 'invalid-value' | 'not-an-object' | 'no-counsellor' | 'placeholder' | 'snippets-in-lab';

export interface PolicyProblem {
  key: string;
  code: PolicyProblemCode;
  /** The detail in English, e.g. zod's `Invalid option: expected one of "gentle"|"guided"|"protective"`. */
  message: string;
}

/**
 * Keeps every valid key and lists the rest, so a typo in one key never breaks the others (a partial policy still
 * applies).
 */
export function parsePolicy(raw: unknown): { policy: Policy; problems: PolicyProblem[] } {
  const policy: Record<string, unknown> = {};
  const problems: PolicyProblem[] = [];
  if (raw === null || raw === undefined) return { policy, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      policy,
      problems: [
        { key: '(policy)', code: 'not-an-object', message: 'the policy must be an object of keys and values' },
      ],
    };
  }
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!(key in policyShape)) {
      problems.push({ key, code: 'unknown-key', message: 'unknown key; it was ignored' });
      continue;
    }
    const parsed = policyShape[key as PolicyKey].safeParse(value);
    if (parsed.success) policy[key] = parsed.data;
    else {
      problems.push({ key, code: 'invalid-value', message: parsed.error.issues.map((i) => i.message).join('; ') });
    }
  }
  return { policy: policy as Policy, problems };
}

export interface EffectiveSettings {
  settings: Settings;
  /** Keys set by the school; shown read-only ("Diatur oleh sekolah / Managed by your school"). */
  locked: ReadonlySet<keyof Settings>;
  problems: PolicyProblem[];
}

/**
 * Built-in defaults ⊕ parent settings ⊕ school policy; a school value always wins. Lab mode (a shared school PC)
 * also forces snippets off and, when the school turned it on, makes the school's counsellor the only trusted adult.
 */
export function effectiveSettings(parent: Settings, policy: Policy, problems: PolicyProblem[] = []): EffectiveSettings {
  const settings: Settings = { ...parent };
  const locked = new Set<keyof Settings>();
  for (const key of POLICY_KEYS) {
    const value = policy[key];
    if (value === undefined) continue;
    (settings as Record<string, unknown>)[key] = value;
    locked.add(key);
  }
  if (settings.labMode) {
    settings.keepSnippets = false;
    locked.add('keepSnippets');
  }
  if (policy.labMode === true) {
    // A shared lab PC has no parent: the counsellor the school names is the trusted adult, never a contact someone
    // typed in locally; without one, "Get help" falls back to SAPA 129.
    settings.trustedAdult = policy.trustedAdult ?? null;
    locked.add('trustedAdult');
  }
  return { settings, locked, problems };
}
