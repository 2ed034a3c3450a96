import Dexie, { type EntityTable } from 'dexie';
import type { Category, Risk, ScanKind } from '../detection/types';
import type { ChildChoice } from '../messages/types';
import type { LockState, PinRecord } from '../pin';
import type { Action } from '../policy/decide';
import type { ReportChannel, ReportSource } from '../report/types';
import type { ReportStatus } from '../report/status';
import type { Language } from '../settings/schema';
import type { Story } from '../story';
import { DB_STEPS, type DbStep } from './versions';

/**
 * One time Kawan Aman responded to something. By default it keeps no page text and no URL beyond the hostname
 * (DESIGN.md §6).
 */
export interface RiskEvent {
  id: number;
  time: number;
  host: string;
  kind: ScanKind;
  categories: Category[];
  risk: Exclude<Risk, 'none'>;
  action: Action;
  /** What the child chose, once they chose. */
  choice?: ChildChoice;
  /** Only when the parent turned on "keep message snippets" (never in lab mode); at most 200 characters. */
  snippet?: string;
}

/**
 * A report the child made (DESIGN.md §7). Kept until the child or a parent deletes it (in lab mode, until the
 * browser restarts). Never an image. Written only by extension pages (the report page); a web page can't reach it.
 *
 * Status: `draft` while the child is still writing (saved automatically); `saved` when the child kept it without
 * sending; `sent` once the child tapped a channel to an adult (`sentTo` says who and how). A sent report stays
 * `sent` when edited again.
 */
export interface ReportRow {
  id: number;
  createdAt: number;
  updatedAt: number;
  status: ReportStatus;
  /** Who or where it was sent, e.g. "Ibu Sari (WhatsApp)" or "SAPA 129 (WhatsApp)", in the child's language. */
  sentTo?: string;
  /** The channel of the last send. */
  sentVia?: ReportChannel;
  /** When the child last tapped send (epoch ms). */
  sentAt?: number;
  /** When it happened, as filled in from the finding or by the child (epoch ms). */
  happenedAt?: number;
  host: string;
  title: string;
  contact: string;
  categories: Category[];
  /** The flagged words, as the child kept or edited them. */
  flaggedWords: string;
  /** What happened, in the child's own words. */
  note: string;
  /** What happened, as the card told it (category, where, signal), when the report started from a finding. */
  story?: Story;
  /** The event that led here, when the report started from a prompt or the block page. */
  eventId?: number;
  /** Where the child opened the report page from. */
  source?: ReportSource;
  /** The language the report was written in. */
  language?: Language;
}

/**
 * A time Kawan Aman was not protecting (DESIGN.md §2.7), shown to the parent with when and how long:
 * - `disabled`: it was turned off in the browser's extension page (or the browser ran without it), then on again;
 * - `restarted`: it was updated or reloaded after a long gap;
 * - `parent-paused`: a parent paused it with the PIN (`end` is when the pause ends or was ended early);
 * - `unknown`: a gap with no better explanation.
 * Removing the extension deletes its data, so a re-install shows as a fresh start ("protecting since").
 */
export interface PauseRow {
  id: number;
  start: number;
  end: number;
  reason: 'disabled' | 'restarted' | 'parent-paused' | 'unknown';
}

/** Lab mode keeps only per-day category counts (DESIGN.md §8): no hosts, no times, no choices. */
export interface DailyCountRow {
  /** Local date, YYYY-MM-DD. */
  day: string;
  category: Category;
  count: number;
}

/** Secrets that content scripts must never reach (`storage.local` is readable by them; IndexedDB here is not). */
export interface SecretRow {
  key: 'pin';
  record: PinRecord;
  lock: LockState;
}

/**
 * The extension's own IndexedDB. Open it only in the background and extension pages: a content script would open
 * the web page's database instead (DESIGN.md §3).
 */
export class KawanAmanDB extends Dexie {
  events!: EntityTable<RiskEvent, 'id'>;
  reports!: EntityTable<ReportRow, 'id'>;
  pauses!: EntityTable<PauseRow, 'id'>;
  dailyCounts!: Dexie.Table<DailyCountRow, [string, Category]>;
  secrets!: EntityTable<SecretRow, 'key'>;

  constructor(name = 'kawan-aman') {
    super(name);
    declareVersions(this, DB_STEPS);
  }
}

/** Declares `steps` (see `versions.ts`) on a Dexie instance, with their row upgrades. */
export function declareVersions(target: Dexie, steps: readonly DbStep[]): void {
  for (const step of steps) {
    const version = target.version(step.version).stores(step.stores);
    const upgrade = step.upgrade;
    if (!upgrade) continue;
    version.upgrade(async (tx) => {
      for (const [table, fn] of Object.entries(upgrade)) {
        await tx
          .table(table)
          .toCollection()
          .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
            const next = fn(row);
            if (next === undefined) delete (ref as { value?: unknown }).value;
            else ref.value = next;
          });
      }
    });
  }
}

let instance: KawanAmanDB | undefined;

export function db(): KawanAmanDB {
  instance ??= new KawanAmanDB();
  return instance;
}
