import { sendMessage } from '@/lib/messages/protocol';
import {
  modelTroubleItem,
  settingsGuardedItem,
  settingsRepairItem,
  storageTroubleItem,
  type HealthNote,
} from '@/lib/settings/health';
import { fill, type Lang } from '@/locales';
import { healthWords } from '@/locales/health';
import { optionsWords } from '@/locales/options';
import { formatDateTime } from '../state/format';
import { useGrant } from '../state/grant';
import { useStoredValue } from '../state/use-effective';

/**
 * What went wrong with stored data (`entrypoints/background/storage-health.ts`, `seals.ts`): the database refused
 * writes (the storage is full), damaged settings went back to their default, or something changed the settings
 * without the PIN and the background put them back, or the learned layer's model file could not be used (the rules
 * guard alone). On every parent screen until the parent, with
 * the PIN, says it was read. Read-only on a shared school computer.
 */
export function HealthNotes({ lang, readOnly }: { lang: Lang; readOnly: boolean }) {
  const w = healthWords[lang];
  const fields = optionsWords[lang].fields;
  const grant = useGrant();
  const trouble = useStoredValue('storageTrouble', () => storageTroubleItem.getValue());
  const repaired = useStoredValue('settingsRepaired', () => settingsRepairItem.getValue());
  const guarded = useStoredValue('settingsGuarded', () => settingsGuardedItem.getValue());
  const model = useStoredValue('modelTrouble', () => modelTroubleItem.getValue());
  const dismiss = (note: HealthNote) => void grant.run((token) => sendMessage('dismissHealthNote', { token, note }));

  const storage = trouble ? (trouble.reason === 'full' ? w.storageFull : w.storageFailed) : null;
  return (
    <>
      {trouble && storage && (
        <section
          className="notice warn"
          role="status"
          aria-labelledby="storage-trouble"
          data-testid="storage-trouble"
          data-reason={trouble.reason}
        >
          <h2 id="storage-trouble">{storage.title}</h2>
          <p>{fill(storage.body, { since: formatDateTime(trouble.since, lang), lost: trouble.lost })}</p>
          <p>{storage.todo}</p>
          {!readOnly && (
            <button type="button" onClick={() => dismiss('storageTrouble')}>
              {w.dismiss}
            </button>
          )}
        </section>
      )}
      {repaired && (
        <section
          className="notice warn"
          role="status"
          aria-labelledby="settings-repaired"
          data-testid="settings-repaired"
        >
          <h2 id="settings-repaired">{w.settingsRepaired.title}</h2>
          <p>
            {repaired.keys === 'all'
              ? fill(w.settingsRepaired.all, { at: formatDateTime(repaired.at, lang) })
              : fill(w.settingsRepaired.body, {
                  at: formatDateTime(repaired.at, lang),
                  keys: repaired.keys.map((k) => fields[k] ?? k).join(', '),
                })}
          </p>
          <p>{w.settingsRepaired.todo}</p>
          {!readOnly && (
            <button type="button" onClick={() => dismiss('settingsRepaired')}>
              {w.dismiss}
            </button>
          )}
        </section>
      )}
      {guarded && (
        <section
          className="notice warn"
          role="status"
          aria-labelledby="settings-guarded"
          data-testid="settings-guarded"
        >
          <h2 id="settings-guarded">{w.settingsGuarded.title}</h2>
          <p>
            {fill(w.settingsGuarded.body, {
              at: formatDateTime(guarded.at, lang),
              times:
                guarded.count === 1 ? w.settingsGuarded.once : fill(w.settingsGuarded.times, { count: guarded.count }),
            })}
          </p>
          <p>{w.settingsGuarded.todo}</p>
          {!readOnly && (
            <button type="button" onClick={() => dismiss('settingsGuarded')}>
              {w.dismiss}
            </button>
          )}
        </section>
      )}
      {model && (
        <section
          className="notice warn"
          role="status"
          aria-labelledby="model-trouble"
          data-testid="model-trouble"
          data-problem={model.problem}
        >
          <h2 id="model-trouble">{w.modelTrouble.title}</h2>
          <p>
            {fill(w.modelTrouble.body, {
              at: formatDateTime(model.at, lang),
              problem: w.modelTrouble.problems[model.problem],
            })}
          </p>
          <p>{w.modelTrouble.todo}</p>
          {!readOnly && (
            <button type="button" onClick={() => dismiss('modelTrouble')}>
              {w.dismiss}
            </button>
          )}
        </section>
      )}
    </>
  );
}
