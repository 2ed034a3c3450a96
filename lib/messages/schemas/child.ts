import { z } from 'zod';
import { languageSchema } from '../../settings/schema';
import type { ChildProtocol } from '../protocol/child';
import { CHILD_CHOICES } from '../types';
import { promptId } from './findings';
import { linkedTo } from './link';

const eventId = z.string().regex(/^\d{1,12}$/);
/** A web address the block page may send the child to after the PIN: http(s) only, capped. */
const pageUrl = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      const { protocol } = new URL(value);
      return protocol === 'http:' || protocol === 'https:';
    } catch {
      return false;
    }
  });

/** Inbound payload schemas of the child area, one per message that carries data. */
export const childSchemas = linkedTo<ChildProtocol>()({
  setChildLanguage: z.strictObject({ language: languageSchema }),
  blockedPageOpened: z.strictObject({ url: pageUrl, eventId: eventId.optional() }),
  leaveBlockedPage: z.strictObject({ eventId: eventId.optional() }),
  unlockBlockedPage: z.strictObject({ url: pageUrl, pin: z.string().max(8), eventId: eventId.optional() }),
  askForHelp: z.strictObject({ from: z.enum(['popup', 'blocked', 'left']), eventId: eventId.optional() }),
  warningPageOpened: z.strictObject({ promptId }),
  answerWarningPage: z.strictObject({ promptId, choice: z.enum(CHILD_CHOICES) }),
});
