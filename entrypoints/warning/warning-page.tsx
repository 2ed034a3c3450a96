import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { Prompt } from '@/components/child/card/prompt';
import { sendMessage } from '@/lib/messages/protocol';
import type { ChildChoice, PromptData } from '@/lib/messages/types';
import { promptWords } from '@/locales/prompt';

/** Closes this tab (a warning page for a prompt that was answered already, or never sent here). */
async function closeSelf(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
}

/**
 * The warning page: the card a page kept from being seen, on the extension's own page, where no page can remove,
 * cover or click it (issue #15; `entrypoints/background/escalate.ts`). The same card, words and choices as in the
 * page, with one line first that says why this tab opened (the page hid it); its `<main>` carries the test
 * contract's attributes (docs/design.md#the-cards-test-contract).
 */
export function WarningPage({ promptId }: { promptId: string }) {
  const [data, setData] = useState<PromptData | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void sendMessage('warningPageOpened', { promptId })
      .catch(() => null)
      .then((answer) => {
        if (!live) return;
        setData(answer);
        if (!answer) void closeSelf();
      });
    return () => {
      live = false;
    };
  }, [promptId]);

  useEffect(() => {
    if (!data) return;
    const w = promptWords[data.language];
    document.documentElement.lang = data.language;
    document.title = data.action === 'warn' ? w.warnTitle : w.tipTitle;
  }, [data]);

  if (!data) return <main className="ka-root page warning-page" aria-busy="true" />;

  const answer = (choice: ChildChoice) => {
    void sendMessage('answerWarningPage', { promptId, choice }).catch(() => undefined);
  };
  return (
    <main
      className="ka-root page warning-page"
      lang={data.language}
      data-action={data.action}
      data-risk={data.risk}
      data-categories={data.categories.join(',')}
    >
      {/* A tip here does not go away by itself: this page is the child's to close. It says why it opened. */}
      <Prompt data={data} onChoice={answer} onHide={() => undefined} note={promptWords[data.language].movedHere} />
    </main>
  );
}
