import Dexie, { type EntityTable } from 'dexie';
import type { Category, Risk, ScanKind } from '../detection/types';
import type { ChildChoice } from '../messages/types';
import type { Action } from '../policy/decide';

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
 * The extension's own IndexedDB. Open it only in the background and extension pages: a content script would open
 * the web page's database instead (DESIGN.md §3).
 */
export class KawanAmanDB extends Dexie {
  events!: EntityTable<RiskEvent, 'id'>;

  constructor(name = 'kawan-aman') {
    super(name);
    this.version(1).stores({ events: '++id, time, host' });
  }
}

let instance: KawanAmanDB | undefined;

export function db(): KawanAmanDB {
  instance ??= new KawanAmanDB();
  return instance;
}
