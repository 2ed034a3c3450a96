import type { ChildChoice, FindingReport, PromptData } from '../types';

/** From the per-page scripts to the background, and from the background to the in-page prompt. */
export interface FindingsProtocol {
  // content script → background (unprivileged)
  reportFindings(data: FindingReport): void;
  recordChoice(data: { promptId: string; choice: ChildChoice }): void;
  /** The card passed its check on screen: the child could see it. Until then it does not count as shown. */
  promptSeen(data: { promptId: string }): void;
  /** The page keeps the card from being seen: the background shows it on the extension's own page instead. */
  promptHidden(data: { promptId: string }): void;
  // background → the in-page prompt
  showPrompt(data: PromptData): void;
}
