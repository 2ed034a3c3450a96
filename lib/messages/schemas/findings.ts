import { z } from 'zod';
import { CATEGORIES, SCAN_KINDS } from '../../detection/types';
import { CHAT_SITES } from '../../sites/chat-sites';
import { CHILD_CHOICES, SNIPPET_MAX } from '../types';
import type { FindingsProtocol } from '../protocol/findings';
import { linkedTo } from './link';

const category = z.enum(CATEGORIES);
/** The id the background gave a card it sent (`PromptData.promptId`). */
export const promptId = z.string().max(80);

/** Inbound payloads, strict and capped: a hostile page must not be able to send anything bigger or stranger. */
export const findingsSchemas = linkedTo<FindingsProtocol>()({
  reportFindings: z
    .strictObject({
      kind: z.enum(SCAN_KINDS),
      risk: z.enum(['low', 'medium', 'high']),
      categories: z.array(category).min(1).max(CATEGORIES.length),
      ruleIds: z.array(z.string().max(80)).max(50),
      scope: z.string().max(300),
      matched: z.array(z.string().max(100)).max(10),
      contact: z.string().max(120).optional(),
      title: z.string().max(300).optional(),
      site: z.enum(CHAT_SITES).optional(),
      snippet: z.string().max(SNIPPET_MAX).optional(),
    })
    // What the child types never leaves the page: a typed finding carries categories, not words.
    .refine((r) => r.kind !== 'typed' || r.matched.length === 0)
    // A snippet comes from a chat message or page text only; never from the child's typing or searches.
    .refine((r) => r.snippet === undefined || r.kind === 'chat' || r.kind === 'page'),
  recordChoice: z.strictObject({ promptId, choice: z.enum(CHILD_CHOICES) }),
  promptSeen: z.strictObject({ promptId }),
  promptHidden: z.strictObject({ promptId }),
});
