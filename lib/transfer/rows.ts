import { z } from 'zod';
import { CATEGORIES, SCAN_KINDS } from '../detection/types';
import type { DailyCountRow, PauseRow, ReportRow, RiskEvent } from '../db';
import { ACTIONS } from '../policy/decide';
import { REPORT_CHANNELS, REPORT_SOURCES } from '../report/types';
import { languageSchema } from '../settings/schema';
import { ALL_SIGNALS, STORY_CONTEXTS } from '../story';

/**
 * zod schemas of the stored rows, as the current database version keeps them. Used to check an imported history
 * file and, in the migration tests, that every upgraded example row is a valid current row. `satisfies` makes
 * `tsc` fail when a row type changes and its schema does not.
 */
const category = z.enum(CATEGORIES);
const time = z.number().int().nonnegative();
const id = z.number().int().positive();
const text = (max: number) => z.string().max(max);

export const eventRowSchema = z.strictObject({
  id: id.optional(),
  time,
  host: text(253),
  kind: z.enum(SCAN_KINDS),
  categories: z.array(category).max(CATEGORIES.length),
  risk: z.enum(['low', 'medium', 'high']),
  action: z.enum(ACTIONS),
  choice: z.enum(['back', 'continue', 'dismiss', 'help']).optional(),
  snippet: text(200).optional(),
}) satisfies z.ZodType<Omit<RiskEvent, 'id'> & { id?: number }>;

export const reportRowSchema = z.strictObject({
  id: id.optional(),
  createdAt: time,
  updatedAt: time,
  status: z.enum(['draft', 'sent', 'saved']),
  sentTo: text(300).optional(),
  sentVia: z.enum(REPORT_CHANNELS).optional(),
  sentAt: time.optional(),
  happenedAt: time.optional(),
  host: text(253),
  title: text(300),
  contact: text(300),
  categories: z.array(category).max(CATEGORIES.length),
  flaggedWords: text(5000),
  note: text(10_000),
  eventId: id.optional(),
  source: z.enum(REPORT_SOURCES).optional(),
  language: languageSchema.optional(),
  story: z
    .strictObject({
      category,
      context: z.enum(STORY_CONTEXTS),
      signal: z.enum(ALL_SIGNALS).optional(),
      stranger: z.boolean().optional(),
    })
    .optional(),
}) satisfies z.ZodType<Omit<ReportRow, 'id'> & { id?: number }>;

export const pauseRowSchema = z.strictObject({
  id: id.optional(),
  start: time,
  end: time,
  reason: z.enum(['disabled', 'restarted', 'parent-paused', 'unknown']),
}) satisfies z.ZodType<Omit<PauseRow, 'id'> & { id?: number }>;

export const dailyCountRowSchema = z.strictObject({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  category,
  count: z.number().int().nonnegative(),
}) satisfies z.ZodType<DailyCountRow>;

/** The tables a history file carries (never `secrets`: the PIN is not history). */
export const historyRowSchemas = {
  events: eventRowSchema,
  reports: reportRowSchema,
  pauses: pauseRowSchema,
  dailyCounts: dailyCountRowSchema,
} as const;
export type HistoryTable = keyof typeof historyRowSchemas;
export const HISTORY_TABLES = Object.keys(historyRowSchemas) as HistoryTable[];

/**
 * Compile-time guard: each schema has exactly the keys of its row type. When another area adds a field to a row,
 * `tsc` fails here, so history export/import learns about the field instead of refusing files that carry it.
 */
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : false;
type Shape<S extends z.ZodType> = z.infer<S>;
export const ROW_KEYS_MATCH: [
  SameKeys<Shape<typeof eventRowSchema>, RiskEvent>,
  SameKeys<Shape<typeof reportRowSchema>, ReportRow>,
  SameKeys<Shape<typeof pauseRowSchema>, PauseRow>,
  SameKeys<Shape<typeof dailyCountRowSchema>, DailyCountRow>,
] = [true, true, true, true];
