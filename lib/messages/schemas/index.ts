import type { z } from 'zod';
import type { ProtocolMap } from '../protocol';
import { childSchemas } from './child';
import { detectionSchemas } from './detection';
import { findingsSchemas } from './findings';
import { modelSchemas } from './model';
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
  ...modelSchemas,
} satisfies Partial<Record<keyof ProtocolMap, z.ZodType>>;

/**
 * Messages to the background that carry no payload: their handlers never read `data` (they still classify the sender
 * and answer only the senders they serve). `tests/meta/protocol.test.ts` checks that every `ProtocolMap` key is
 * either here, in `TO_CONTENT`, or has a schema above.
 */
export const PAYLOAD_LESS = [
  'getPinStatus',
  'getChildStatus',
  'getSchoolStatus',
] as const satisfies readonly (keyof ProtocolMap)[];

/**
 * Messages the background sends to our in-page prompt (`tabs.sendMessage`). Only the extension itself can send
 * runtime messages to a content script — a web page cannot — so the prompt, which ships no zod, takes them as they
 * come; the background builds them from validated data.
 */
export const TO_CONTENT = ['showPrompt'] as const satisfies readonly (keyof ProtocolMap)[];

/** Messages a content script (unprivileged) may send and expect to be acted on; everything else needs our own page. */
export const FROM_CONTENT = [
  'reportFindings',
  'recordChoice',
  'ensureDetectionPack',
  'classifyText',
] as const satisfies readonly (keyof ProtocolMap)[];
