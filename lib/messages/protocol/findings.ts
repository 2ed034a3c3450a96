import type { ChildChoice, FindingReport, PromptData } from '../types';

/** From the per-page scripts to the background, and from the background to the in-page prompt. */
export interface FindingsProtocol {
  // content script → background (unprivileged)
  reportFindings(data: FindingReport): void;
  recordChoice(data: { promptId: string; choice: ChildChoice }): void;
  // background → the in-page prompt
  showPrompt(data: PromptData): void;
}
