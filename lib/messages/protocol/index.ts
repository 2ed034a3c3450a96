import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ChildProtocol } from './child';
import type { DetectionProtocol } from './detection';
import type { FindingsProtocol } from './findings';
import type { ModelProtocol } from './model';
import type { PinProtocol } from './pin';
import type { ReportProtocol } from './report';
import type { SchoolProtocol } from './school';
import type { SettingsProtocol } from './settings';

/**
 * Every message between contexts, one interface per area. Receivers validate with `../schemas` before acting;
 * content scripts are unprivileged callers (STYLE.md, Bitwarden).
 */
export interface ProtocolMap
  extends
    FindingsProtocol,
    PinProtocol,
    ReportProtocol,
    SettingsProtocol,
    SchoolProtocol,
    ChildProtocol,
    DetectionProtocol,
    ModelProtocol {}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
