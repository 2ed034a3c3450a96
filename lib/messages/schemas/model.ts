import { z } from 'zod';
import {
  HEADING_CHARS,
  MESSAGE_CHARS,
  PAGE_HEADINGS,
  PAGE_TEXT_CHARS,
  SEARCH_CHARS,
  TITLE_CHARS,
  WINDOW_MESSAGES,
} from '../../detection/model/sample';
import type { ModelProtocol } from '../protocol/model';
import { linkedTo } from './link';

const message = z.string().max(MESSAGE_CHARS);

/**
 * What the guard may hand the model: exactly what it reads (`lib/detection/model/sample.ts`), no more. A page cannot
 * make the background read megabytes.
 */
export const modelSchemas = linkedTo<ModelProtocol>()({
  classifyText: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('chat'),
      text: message,
      earlier: z.array(message).max(WINDOW_MESSAGES).optional(),
    }),
    z.strictObject({ kind: z.literal('search'), text: z.string().max(SEARCH_CHARS) }),
    z.strictObject({
      kind: z.literal('page'),
      title: z.string().max(TITLE_CHARS),
      headings: z.array(z.string().max(HEADING_CHARS)).max(PAGE_HEADINGS),
      text: z.string().max(PAGE_TEXT_CHARS),
    }),
  ]),
});
