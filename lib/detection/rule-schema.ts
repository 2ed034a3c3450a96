/**
 * zod schemas for rule files and the lexicon, used at build and test time only (never in a page: content scripts
 * can't carry zod). `wxt build` validates every rule file with `validateRuleModules` and fails with the file name
 * and the zod error; the meta-test `tests/meta/rules.test.ts` does the same.
 */
import { z } from 'zod';
import { parsePattern } from './pattern';
import { CATEGORIES, INPUT_KINDS, LANGS } from './types';

const pattern = z
  .string()
  .min(1)
  .max(400)
  .superRefine((p, ctx) => {
    try {
      parsePattern(p);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
    }
    // The lexer reads "?" as a space, so "lagi?" was the word "lagi", required like any other.
    if (p.includes('?')) {
      ctx.addIssue({
        code: 'custom',
        message: `"${p}": a word cannot be made optional with "?"; write a second pattern without it`,
      });
    }
  });

const severity = z.enum(['low', 'medium', 'high']);

export const ruleSchema = z
  .strictObject({
    id: z
      .string()
      .max(80, 'rule ids fit the findings message (80 characters)')
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'rule ids are kebab-case, like the file name'),
    category: z.enum([...CATEGORIES, 'education']),
    lang: z.enum(LANGS),
    // One severity, or one per context (a search for a tool weighs less than a page offering it).
    severity: z.union([severity, z.partialRecord(z.enum(INPUT_KINDS), severity)]),
    weak: z.boolean().optional(),
    contexts: z.array(z.enum(INPUT_KINDS)).min(1),
    patterns: z.array(pattern).min(1).max(200),
    unless: z.array(pattern).max(50).optional(),
    examples: z.strictObject({
      match: z.array(z.string().min(1)).min(1, 'every rule shows at least one text it catches'),
      noMatch: z.array(z.string().min(1)).min(1, 'every rule shows at least one look-alike it leaves alone'),
    }),
  })
  .superRefine((rule, ctx) => {
    if (typeof rule.severity === 'string') return;
    const named = Object.keys(rule.severity).sort().join();
    if (named !== [...new Set(rule.contexts)].sort().join()) {
      ctx.addIssue({
        code: 'custom',
        path: ['severity'],
        message: `a severity per context names exactly the rule's contexts (${rule.contexts.join(', ')})`,
      });
    }
  });

export const lexiconSchema = z.array(
  z.strictObject({ to: z.string().min(1), from: z.array(z.string().min(1).regex(/^\S+$/, 'one word')).min(1) }),
);

/**
 * Validates rule modules by file name; returns one message per bad file ("rules/x.ts: ✖ …"), empty when all are good.
 * The file name must equal the rule's id.
 */
export function validateRuleModules(modules: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [file, mod] of Object.entries(modules)) {
    const rule = (mod as { default?: unknown } | null)?.default;
    const parsed = ruleSchema.safeParse(rule);
    if (!parsed.success) {
      problems.push(`${file}: ${z.prettifyError(parsed.error)}`);
      continue;
    }
    const name = file.split('/').pop()!.replace(/\.ts$/, '');
    if (parsed.data.id !== name) problems.push(`${file}: id "${parsed.data.id}" must equal the file name "${name}"`);
  }
  return problems;
}
