import type { Category } from '../../lib/detection/types';

/** One tip, in the order a child-protection trainer teaches it. */
export interface Tip {
  /** What is happening, in words a child of that age uses. */
  what: string;
  /** Why it matters. */
  why: string;
  /** What to do now: one or two concrete steps. */
  todo: string;
}

export const AGE_BANDS = ['6-9', '10-12', '13-17'] as const;
export type TipAgeBand = (typeof AGE_BANDS)[number];

/** At least five distinct tips per age band. */
export type TipsByBand = Record<TipAgeBand, Tip[]>;

export type TipLibrary = Record<Category, TipsByBand>;
