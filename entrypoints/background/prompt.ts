import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messages/protocol';
import type { PromptData } from '@/lib/messages/types';

const PROMPT_SCRIPT = '/content-scripts/prompt.js';

/**
 * Shows the child's prompt in the tab's top frame. The React prompt script is injected only now, when something
 * must be shown, so pages pay nothing for it.
 */
export async function showPrompt(tabId: number, data: PromptData): Promise<void> {
  const [probe] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => Boolean((globalThis as { __kawanAmanPrompt?: boolean }).__kawanAmanPrompt),
  });
  if (!probe?.result) await browser.scripting.executeScript({ target: { tabId }, files: [PROMPT_SCRIPT] });
  await sendMessage('showPrompt', data, { tabId, frameId: 0 });
}
