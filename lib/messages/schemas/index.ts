import type { z } from 'zod';
import type { ProtocolMap } from '../protocol';
import { childSchemas } from './child';
import { detectionSchemas } from './detection';
import { findingsSchemas } from './findings';
import { pinSchemas } from './pin';
import { reportSchemas } from './report';
import { schoolSchemas } from './school';
import { settingsSchemas } from './settings';

/** Every inbound payload schema, keyed by message name. Background and extension pages only (never the page). */
export const schemas = {
  ...findingsSchemas,
  ...pinSchemas,
  ...reportSchemas,
  ...settingsSchemas,
  ...schoolSchemas,
  ...childSchemas,
  ...detectionSchemas,
} satisfies Partial<Record<keyof ProtocolMap, z.ZodType>>;
