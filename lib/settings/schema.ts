import { z } from 'zod';
import { phraseProblem, phraseProblemMessage } from '../detection/extra-phrases';
import { CATEGORIES } from '../detection/types';

/**
 * Settings are the single source of truth for how Kawan Aman behaves. The zod schemas here are used by the
 * background and extension pages only; the per-page content script imports types, never zod.
 */
/** The child's language: Indonesian, Javanese (East-Javanese ngoko, Jember) or English; parent pages show id or en. */
export const languageSchema = z.enum(['id', 'en', 'jv']);
export type Language = z.infer<typeof languageSchema>;

export const ageBandSchema = z.enum(['6-9', '10-12', '13-17']);
export type AgeBand = z.infer<typeof ageBandSchema>;

export const guidanceLevelSchema = z.enum(['gentle', 'guided', 'protective']);
export type GuidanceLevel = z.infer<typeof guidanceLevelSchema>;

export const categorySchema = z.enum(CATEGORIES);

export const categoryActionSchema = z.enum(['off', 'tip', 'warn', 'block']);
export type CategoryAction = z.infer<typeof categoryActionSchema>;

export const categoryActionsSchema = z.partialRecord(categorySchema, categoryActionSchema);
export type CategoryActions = z.infer<typeof categoryActionsSchema>;

const shortText = z.string().trim().max(120);

/** Someone the child can reach in one tap: a parent, a relative, or the school counsellor (guru BK). */
export const trustedAdultSchema = z.object({
  name: shortText,
  role: shortText.optional(),
  whatsapp: shortText.optional(),
  phone: shortText.optional(),
  email: shortText.optional(),
});
export type TrustedAdult = z.infer<typeof trustedAdultSchema>;

/** A district service such as the UPTD PPA; there is no verified default (docs/design.md#help-directory). */
export const localServiceSchema = z.object({
  name: shortText,
  phone: shortText.optional(),
  whatsapp: shortText.optional(),
  url: z.string().trim().max(300).optional(),
});
export type LocalService = z.infer<typeof localServiceSchema>;

/** A bare hostname such as `example.com` (subdomains match too). */
export const hostnameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/);

/** A phrase the detection engine can use (issue #15: a phrase it cannot read is refused here, and skipped there). */
const phraseSchema = z
  .string()
  .trim()
  .min(2)
  .max(100)
  .superRefine((phrase, ctx) => {
    const problem = phraseProblem(phrase);
    if (problem) ctx.addIssue({ code: 'custom', message: phraseProblemMessage(phrase, problem) });
  });

/** Extra phrases at most, in settings and in a school policy. */
export const MAX_EXTRA_PHRASES = 2000;

export const extraPhraseSchema = z.object({
  category: categorySchema,
  phrase: phraseSchema,
  lang: z.enum(['id', 'en', 'jv']).optional(),
});

export const settingsSchema = z.object({
  language: languageSchema,
  ageBand: ageBandSchema,
  guidanceLevel: guidanceLevelSchema,
  trustedAdult: trustedAdultSchema.nullable(),
  localService: localServiceSchema.nullable(),
  categoryActions: categoryActionsSchema,
  allowSites: z.array(hostnameSchema).max(500),
  blockSites: z.array(hostnameSchema).max(500),
  /** Names or numbers of people the child knows; chats with them never count as a stranger. */
  trustedContacts: z.array(shortText.min(1)).max(200),
  extraPhrases: z.array(extraPhraseSchema).max(MAX_EXTRA_PHRASES),
  retentionDays: z.number().int().min(1).max(365),
  keepSnippets: z.boolean(),
  labMode: z.boolean(),
  safeSearch: z.boolean(),
  youtubeRestricted: z.boolean(),
  /** Whether the child may switch the language in the popup. */
  childMayChangeLanguage: z.boolean(),
  /** Epoch ms until which a parent paused guidance; null when on. */
  pausedUntil: z.number().int().nonnegative().nullable(),
  /** Set when the parent finished the first-run wizard. */
  setupDone: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;
