import { z } from 'zod';
import type { DetectionProtocol } from '../protocol/detection';
import { linkedTo } from './link';

/** Inbound payload schemas of the detection area. */
export const detectionSchemas = linkedTo<DetectionProtocol>()({
  ensureDetectionPack: z.undefined(),
});
