import { z } from 'zod';
import type { ReportProtocol } from '../protocol/report';
import { linkedTo } from './link';

const id = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** Inbound payload schemas of the report area, one per message that carries data. */
export const reportSchemas = linkedTo<ReportProtocol>()({
  getReportContext: z.strictObject({ event: id.optional(), tab: id.optional() }),
});
