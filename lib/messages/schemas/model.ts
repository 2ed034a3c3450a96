import { z } from 'zod';
import { MESSAGE_CHARS, PAGE_HEADINGS, PAGE_TEXT_CHARS, WINDOW_MESSAGES } from '../../detection/model/sample';

const message = z.string().max(MESSAGE_CHARS);

/**
 * What the guard may hand the model: exactly what it reads (`lib/detection/model/sample.ts`), no more. A page cannot
 * make the background read megabytes.
 */
export const modelSchemas = {
  classifyText: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('chat'),
      text: message,
      earlier: z.array(message).max(WINDOW_MESSAGES).optional(),
    }),
    z.strictObject({ kind: z.literal('search'), text: z.string().max(300) }),
    z.strictObject({
      kind: z.literal('page'),
      title: z.string().max(300),
      headings: z.array(z.string().max(200)).max(PAGE_HEADINGS),
      text: z.string().max(PAGE_TEXT_CHARS),
    }),
  ]),
} satisfies Record<string, z.ZodType>;
