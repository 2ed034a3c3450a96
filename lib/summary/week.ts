import { CATEGORIES, type Category } from '../detection/types';
import type { DailyCountRow, RiskEvent } from '../db';
import type { ChildChoice } from '../messages/types';
import { dayNoon, WEEK_MS } from './time';

export interface CategoryRow {
  category: Category;
  thisWeek: number;
  lastWeek: number;
}

export interface SiteRow {
  host: string;
  count: number;
  categories: Category[];
}

export type ChoiceCounts = Record<ChildChoice | 'none', number>;

/** What the parent's weekly picture shows: counts only, never page text. */
export interface WeekSummary {
  /** Flags (times Kawan Aman responded) in the last 7 days and in the 7 days before. */
  totals: { thisWeek: number; lastWeek: number };
  /** Every category with a flag in either week, most frequent this week first. */
  categories: CategoryRow[];
  /** Sites where this week's flags happened, most first. Lab mode keeps no sites. */
  sites: SiteRow[];
  /** What the child chose after this week's tips, warnings and blocks. */
  choices: ChoiceCounts;
}

type Period = 'thisWeek' | 'lastWeek' | null;

function periodOf(time: number, now: number): Period {
  const age = now - time;
  if (age < 0) return 'thisWeek';
  if (age < WEEK_MS) return 'thisWeek';
  if (age < 2 * WEEK_MS) return 'lastWeek';
  return null;
}

/**
 * Counts the last 7 days against the 7 days before, per category, per site and per choice. An event with several
 * categories counts once in the totals and once for each of its categories. Lab mode's daily counts (no time of day,
 * no site) are added to the category counts and totals.
 * @example summarizeWeeks(events, [], Date.now()).totals // { thisWeek: 4, lastWeek: 7 }
 */
export function summarizeWeeks(
  events: readonly Pick<RiskEvent, 'time' | 'host' | 'categories' | 'choice'>[],
  dailyCounts: readonly DailyCountRow[],
  now: number,
): WeekSummary {
  const totals = { thisWeek: 0, lastWeek: 0 };
  const byCategory = new Map<Category, CategoryRow>();
  const sites = new Map<string, { count: number; categories: Set<Category> }>();
  const choices: ChoiceCounts = { back: 0, continue: 0, dismiss: 0, help: 0, none: 0 };
  const bump = (category: Category, period: Exclude<Period, null>, n: number) => {
    const row = byCategory.get(category) ?? { category, thisWeek: 0, lastWeek: 0 };
    row[period] += n;
    byCategory.set(category, row);
  };

  for (const event of events) {
    const period = periodOf(event.time, now);
    if (!period) continue;
    totals[period] += 1;
    for (const category of new Set(event.categories)) bump(category, period, 1);
    if (period !== 'thisWeek') continue;
    choices[event.choice ?? 'none'] += 1;
    const site = sites.get(event.host) ?? { count: 0, categories: new Set<Category>() };
    site.count += 1;
    for (const category of event.categories) site.categories.add(category);
    sites.set(event.host, site);
  }
  for (const row of dailyCounts) {
    const period = periodOf(dayNoon(row.day), now);
    if (!period || row.count <= 0) continue;
    totals[period] += row.count;
    bump(row.category, period, row.count);
  }

  const order = (c: Category) => CATEGORIES.indexOf(c);
  return {
    totals,
    categories: [...byCategory.values()].sort(
      (a, b) => b.thisWeek - a.thisWeek || b.lastWeek - a.lastWeek || order(a.category) - order(b.category),
    ),
    sites: [...sites.entries()]
      .map(([host, s]) => ({ host, count: s.count, categories: CATEGORIES.filter((c) => s.categories.has(c)) }))
      .sort((a, b) => b.count - a.count || a.host.localeCompare(b.host)),
    choices,
  };
}

/** Change from last week to this week, for a plain sentence ("3 more than last week"). */
export function trend(thisWeek: number, lastWeek: number): 'up' | 'down' | 'same' {
  if (thisWeek === lastWeek) return 'same';
  return thisWeek > lastWeek ? 'up' : 'down';
}
