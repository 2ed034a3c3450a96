import { onMessage } from '@/lib/messages/protocol';
import { schemas } from '@/lib/messages/schemas';
import { classify } from '../model-host';
import { mayClassify } from '../rate-limit';
import { classifySender } from '../sender';

/**
 * The guard hands the model a text (issue #12): a content script only, a payload within the schema's bounds, and
 * within the tab's rate; anything else gets `null`, and the guard's rules decide alone. The text is not kept.
 */
export function registerModelHandlers(): void {
  onMessage('classifyText', async ({ data, sender }) => {
    const from = classifySender(sender);
    if (from?.kind !== 'content') return null;
    const parsed = schemas.classifyText.safeParse(data);
    if (!parsed.success || !mayClassify(from.tabId)) return null;
    return classify(parsed.data);
  });
}
