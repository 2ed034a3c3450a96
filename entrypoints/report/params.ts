import { REPORT_SOURCES, type ReportSource } from '@/lib/report/types';

/**
 * How the report page was opened (issue #6 contracts):
 * - `?event=<id>` from a prompt's help button, `?from=blocked&event=<id>` from the block page,
 * - `?from=popup`, `?from=menu&tab=<tabId>` from the right-click menu,
 * - `?draft=<id>` a report the child already started (the page rewrites its own URL to this),
 * - `&new=1` the child chose to start a new report instead of resuming one.
 */
export interface ReportParams {
  source: ReportSource;
  eventId?: number;
  tabId?: number;
  draftId?: number;
  fresh: boolean;
}

function id(value: string | null): number | undefined {
  if (value === null || !/^\d{1,15}$/.test(value)) return undefined;
  return Number(value);
}

export function parseParams(search: string): ReportParams {
  const params = new URLSearchParams(search);
  const eventId = id(params.get('event'));
  const from = params.get('from');
  const source: ReportSource = REPORT_SOURCES.includes(from as ReportSource)
    ? (from as ReportSource)
    : eventId !== undefined
      ? 'prompt'
      : 'page';
  return {
    source,
    eventId,
    tabId: id(params.get('tab')),
    draftId: id(params.get('draft')),
    fresh: params.get('new') === '1',
  };
}

/** The URL the page shows once a report row exists, so a reload or a restored tab reopens the same report. */
export function draftSearch(draftId: number, source: ReportSource): string {
  return `?${new URLSearchParams({ draft: String(draftId), from: source }).toString()}`;
}
