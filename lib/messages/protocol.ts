import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ChildChoice, FindingReport, PromptData } from './types';

/**
 * Every message between contexts, grouped by direction. Receivers validate with `schemas.ts` before acting;
 * content scripts are unprivileged callers (STYLE.md, Bitwarden).
 */
export interface ProtocolMap {
  // content script → background (unprivileged)
  reportFindings(data: FindingReport): void;
  recordChoice(data: { promptId: string; choice: ChildChoice }): void;
  // background → the in-page prompt
  showPrompt(data: PromptData): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
