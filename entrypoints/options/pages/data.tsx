import { useState, type ChangeEvent } from 'react';
import { sendMessage } from '@/lib/messages/protocol';
import type { ImportResult, Refused } from '@/lib/messages/protocol/settings';
import { MAX_FILE_CHARS } from '@/lib/transfer/files';
import type { TransferProblem } from '@/lib/transfer/problems';
import { fill, type Lang } from '@/locales';
import { optionsWords } from '@/locales/options';
import { downloadText } from '../state/download';
import { useGrant } from '../state/grant';
import { useFocusHeading } from './use-focus-heading';

type Message = { kind: 'ok' | 'error'; text: string; problems?: string[] };

function download(name: string, data: unknown): void {
  downloadText(name, `${JSON.stringify(data, null, 2)}\n`, 'application/json');
}

const stamp = () => new Date().toISOString().slice(0, 10);

/** One problem of an imported file in plain words: "Settings › Guidance level: an unknown value. Allowed: …". */
export function describeProblem(problem: TransferProblem, lang: Lang): string {
  const w = optionsWords[lang];
  const d = w.data.problems;
  if (problem.code !== 'field') {
    if (problem.code === 'wrong-kind') {
      return fill(d['wrong-kind'], { found: d.kinds[problem.found], expected: d.kinds[problem.expected] });
    }
    return d[problem.code];
  }
  const labels = w.fields as Record<string, string>;
  const field =
    problem.path
      .map((part) => (typeof part === 'number' ? fill(d.item, { n: part + 1 }) : (labels[part] ?? part)))
      .join(' › ') || d.file;
  return fill(d.field[problem.issue], {
    field,
    options: (problem.options ?? []).join(', '),
    limit: problem.limit ?? '',
    keys: (problem.keys ?? []).join(', '),
  });
}

/** Export, import and wipe (issue #7 "Data"), each with the PIN. A bad file changes nothing and says why. */
export function DataPage({ lang }: { lang: Lang }) {
  const w = optionsWords[lang];
  const d = w.data;
  const grant = useGrant();
  const heading = useFocusHeading<HTMLHeadingElement>('data');
  const [message, setMessage] = useState<Message | null>(null);
  const [understood, setUnderstood] = useState(false);

  const exportFile = async (kind: 'settings' | 'history') => {
    const result = await grant.run<{ ok: true; file: unknown } | Refused>((token) =>
      kind === 'settings' ? sendMessage('exportSettings', { token }) : sendMessage('exportHistory', { token }),
    );
    if (!result) return;
    if (!result.ok) return setMessage({ kind: 'error', text: w.somethingWrong });
    download(`kawan-aman-${kind}-${stamp()}.json`, result.file);
    setMessage({ kind: 'ok', text: d.exported });
  };

  const importFile = async (kind: 'settings' | 'history', event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_CHARS) {
      return setMessage({ kind: 'error', text: d.importFailed, problems: [d.problems['too-big']] });
    }
    const text = await file.text();
    const result: ImportResult | null = await grant.run((token) =>
      kind === 'settings'
        ? sendMessage('importSettings', { token, text })
        : sendMessage('importHistory', { token, text }),
    );
    if (!result) return;
    if (result.ok) {
      const c = result.counts;
      setMessage({
        kind: 'ok',
        text:
          kind === 'settings'
            ? fill(d.importedSettings, { count: c.settings ?? 0 })
            : fill(d.importedHistory, { events: c.events ?? 0, reports: c.reports ?? 0, pauses: c.pauses ?? 0 }),
      });
    } else if (result.reason === 'problems') {
      setMessage({
        kind: 'error',
        text: d.importFailed,
        problems: result.problems.map((p) => describeProblem(p, lang)),
      });
    } else {
      setMessage({ kind: 'error', text: w.somethingWrong });
    }
  };

  const wipe = async () => {
    const result = await grant.run((token) => sendMessage('wipeAllData', { token }), { fresh: true });
    if (!result?.ok) return;
    grant.setToken(null);
    // Everything this page knew is gone: start again from the wizard with a fresh page.
    history.replaceState(null, '', '#/setup');
    location.reload();
  };

  return (
    <div className="narrow data-page">
      <h1 ref={heading} tabIndex={-1}>
        {d.title}
      </h1>
      <p className="lead">{d.intro}</p>
      <div aria-live="polite" className="live">
        {message && (
          <div className={`notice ${message.kind === 'ok' ? 'good' : 'bad'}`} data-testid="data-message">
            <p>{message.text}</p>
            {message.problems && (
              <ul>
                {message.problems.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>

      <section aria-labelledby="export-title">
        <h2 id="export-title">{d.exportTitle}</h2>
        <div className="action-row">
          <button type="button" onClick={() => void exportFile('settings')}>
            {d.exportSettings}
          </button>
          <p className="hint">{d.exportSettingsHint}</p>
        </div>
        <div className="action-row">
          <button type="button" onClick={() => void exportFile('history')}>
            {d.exportHistory}
          </button>
          <p className="hint">{d.exportHistoryHint}</p>
        </div>
      </section>

      <section aria-labelledby="import-title">
        <h2 id="import-title">{d.importTitle}</h2>
        <p className="hint">{d.importHint}</p>
        <div className="action-row">
          <label className="file">
            <span>{d.importSettings}</span>
            <input type="file" accept=".json,application/json" onChange={(e) => void importFile('settings', e)} />
          </label>
        </div>
        <div className="action-row">
          <label className="file">
            <span>{d.importHistory}</span>
            <input type="file" accept=".json,application/json" onChange={(e) => void importFile('history', e)} />
          </label>
        </div>
      </section>

      <section aria-labelledby="wipe-title" className="danger-zone">
        <h2 id="wipe-title">{d.wipeTitle}</h2>
        <p>{d.wipeBody}</p>
        <label className="check">
          <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
          {d.wipeConfirm}
        </label>
        <div className="buttons">
          <button type="button" className="danger" disabled={!understood} onClick={() => void wipe()}>
            {d.wipeButton}
          </button>
        </div>
      </section>
    </div>
  );
}
