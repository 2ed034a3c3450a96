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
 * guard alone). On every parent screen until the parent, with the PIN, says it was read. Read-only on a shared school
 * computer.
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
  const onDismiss = readOnly ? undefined : dismiss;
  return (
    <>
      {trouble && storage && (
        <Note
          note="storageTrouble"
          id="storage-trouble"
          data={{ 'data-reason': trouble.reason }}
          title={storage.title}
          body={fill(storage.body, { since: formatDateTime(trouble.since, lang), lost: trouble.lost })}
          todo={storage.todo}
          dismissLabel={w.dismiss}
          onDismiss={onDismiss}
        />
      )}
      {repaired && (
        <Note
          note="settingsRepaired"
          id="settings-repaired"
          title={w.settingsRepaired.title}
          body={
            repaired.keys === 'all'
              ? fill(w.settingsRepaired.all, { at: formatDateTime(repaired.at, lang) })
              : fill(w.settingsRepaired.body, {
                  at: formatDateTime(repaired.at, lang),
                  keys: repaired.keys.map((k) => fields[k] ?? k).join(', '),
                })
          }
          todo={w.settingsRepaired.todo}
          dismissLabel={w.dismiss}
          onDismiss={onDismiss}
        />
      )}
      {guarded && (
        <Note
          note="settingsGuarded"
          id="settings-guarded"
          title={w.settingsGuarded.title}
          body={fill(w.settingsGuarded.body, {
            at: formatDateTime(guarded.at, lang),
            times:
              guarded.count === 1 ? w.settingsGuarded.once : fill(w.settingsGuarded.times, { count: guarded.count }),
          })}
          todo={w.settingsGuarded.todo}
          dismissLabel={w.dismiss}
          onDismiss={onDismiss}
        />
      )}
      {model && (
        <Note
          note="modelTrouble"
          id="model-trouble"
          data={{ 'data-problem': model.problem }}
          title={w.modelTrouble.title}
          body={fill(w.modelTrouble.body, {
            at: formatDateTime(model.at, lang),
            problem: w.modelTrouble.problems[model.problem],
          })}
          todo={w.modelTrouble.todo}
          dismissLabel={w.dismiss}
          onDismiss={onDismiss}
        />
      )}
    </>
  );
}

interface NoteProps {
  note: HealthNote;
  /** The section's id and test id. */
  id: string;
  /** Extra `data-*` attributes that say which kind of trouble it is. */
  data?: Record<`data-${string}`, string>;
  title: string;
  body: string;
  todo: string;
  dismissLabel: string;
  /** Absent where the notes are read-only (a shared school computer). */
  onDismiss?: (note: HealthNote) => void;
}

function Note({ note, id, data, title, body, todo, dismissLabel, onDismiss }: NoteProps) {
  return (
    <section className="notice warn" role="status" aria-labelledby={id} data-testid={id} {...data}>
      <h2 id={id}>{title}</h2>
      <p>{body}</p>
      <p>{todo}</p>
      {onDismiss && (
        <button type="button" onClick={() => onDismiss(note)}>
          {dismissLabel}
        </button>
      )}
    </section>
  );
}
