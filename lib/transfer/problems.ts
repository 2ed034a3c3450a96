import type { z } from 'zod';

/**
 * What is wrong with an imported file, as data; the options page words it plainly in the parent's language
 * (`locales/options.ts`). Nothing is imported when there is any problem.
 */
export type FieldIssue = 'missing' | 'type' | 'value' | 'too-big' | 'too-small' | 'format' | 'unknown-key' | 'other';

export type TransferProblem =
  | { code: 'not-json' }
  | { code: 'not-kawan-aman' }
  | { code: 'wrong-kind'; expected: 'settings' | 'history'; found: 'settings' | 'history' }
  | { code: 'too-new' }
  | { code: 'too-big' }
  /** The file was fine but the browser refused to store it (`full`: its storage quota is used up); nothing changed. */
  | { code: 'not-saved' }
  | { code: 'storage-full' }
  | {
      code: 'field';
      path: (string | number)[];
      issue: FieldIssue;
      /** Allowed values (for `value`), the limit (for `too-big`/`too-small`), unknown keys (for `unknown-key`). */
      options?: string[];
      limit?: number;
      keys?: string[];
    };

/** At most this many field problems are listed; a thoroughly broken file does not need a thousand lines. */
export const MAX_LISTED_PROBLEMS = 20;

/** Turns zod issues into transfer problems (path + kind of problem), dropping zod's English messages. */
export function problemsFromIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: (string | number)[] = [],
): TransferProblem[] {
  return issues.slice(0, MAX_LISTED_PROBLEMS).map((issue) => {
    const path = [...prefix, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
    // Parsed with `reportInput`, so an absent key shows as an issue whose input is undefined.
    const absent = 'input' in issue && issue.input === undefined;
    switch (issue.code) {
      case 'invalid_type':
        return { code: 'field', path, issue: absent ? 'missing' : 'type' };
      case 'invalid_value':
        if (absent) return { code: 'field', path, issue: 'missing' };
        return { code: 'field', path, issue: 'value', options: issue.values.map(String) };
      case 'too_big':
        return { code: 'field', path, issue: 'too-big', limit: Number(issue.maximum) };
      case 'too_small':
        return { code: 'field', path, issue: 'too-small', limit: Number(issue.minimum) };
      case 'invalid_format':
        return { code: 'field', path, issue: 'format' };
      case 'unrecognized_keys':
        return { code: 'field', path, issue: 'unknown-key', keys: issue.keys };
      default:
        return { code: 'field', path, issue: 'other' };
    }
  });
}
