import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportRow } from '@/lib/db';
import { sendMessage } from '@/lib/messages/protocol';
import type { ContactOption } from '@/lib/report/channels';
import type { ReportContext, ReportDetails } from '@/lib/report/types';
import type { LocalService, Settings, TrustedAdult } from '@/lib/settings/schema';
import { loadEffectiveSettings } from '@/lib/settings/store';
import { createReport, detailsOf, getReport, latestDraft, reportForEvent, updateReport } from './drafts';
import { draftSearch, type ReportParams } from './params';

/** Edits are written this long after the last keystroke; leaving the page writes at once. */
const SAVE_DELAY_MS = 400;
/** A right-click on the same site within a day continues that site's unfinished report. */
const SAME_SITE_RESUME_MS = 24 * 60 * 60_000;

export interface ReportSetup {
  lang: Settings['language'];
  ageBand: Settings['ageBand'];
  adult: TrustedAdult | null;
  localService: LocalService | null;
  labMode: boolean;
}

export function detailsFromContext(context: ReportContext | null, now = Date.now()): ReportDetails {
  return {
    host: context?.host ?? '',
    title: context?.title ?? '',
    contact: context?.contact ?? '',
    categories: context?.categories ?? [],
    flaggedWords: [...new Set(context?.matched ?? [])].join(', '),
    note: '',
    happenedAt: context?.time ?? now,
    ...(context?.story ? { story: context.story } : {}),
  };
}

async function fetchContext(params: ReportParams): Promise<ReportContext | null> {
  if (params.eventId === undefined && params.tabId === undefined) return null;
  try {
    return (await sendMessage('getReportContext', { event: params.eventId, tab: params.tabId })) ?? null;
  } catch {
    return null;
  }
}

/** Which report the page opens: the one asked for, the one for this event, or an unfinished one to continue. */
export async function findStartRow(
  params: ReportParams,
  context: ReportContext | null,
  labMode: boolean,
): Promise<ReportRow | undefined> {
  if (params.draftId !== undefined) {
    const row = await getReport(params.draftId);
    if (row) return row;
  }
  if (params.eventId !== undefined) {
    const row = await reportForEvent(params.eventId);
    if (row) return row;
    // A new event is a new report: don't continue an older one.
    return undefined;
  }
  // On a shared school computer an unfinished report may be another child's: never reopen one unasked.
  if (params.fresh || labMode) return undefined;
  if (params.source === 'menu' && context) return latestDraft({ host: context.host, maxAgeMs: SAME_SITE_RESUME_MS });
  if (!context) return latestDraft();
  return undefined;
}

export interface ReportState {
  setup: ReportSetup | null;
  details: ReportDetails;
  row: ReportRow | null;
  /** An unfinished report was reopened. */
  resumed: boolean;
  edit(patch: Partial<ReportDetails>): void;
  save(): Promise<void>;
  markSent(option: ContactOption): Promise<void>;
  startNew(): void;
}

/**
 * The report being written: loads settings, the finding's details and any draft; writes every change to the
 * report's row (creating it on the first change), so closing the tab or the service worker stopping loses nothing.
 */
export function useReport(params: ReportParams): ReportState {
  const [setup, setSetup] = useState<ReportSetup | null>(null);
  const [details, setDetails] = useState<ReportDetails>(() => detailsFromContext(null));
  const [row, setRow] = useState<ReportRow | null>(null);
  const [resumed, setResumed] = useState(false);
  const detailsRef = useRef(details);
  const rowId = useRef<number | null>(null);
  const creating = useRef<Promise<number> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const contextRef = useRef<ReportContext | null>(null);
  const langRef = useRef<Settings['language']>('id');
  /** The event this report belongs to; a new report started by the child belongs to none. */
  const eventRef = useRef(params.eventId);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const [settings, context] = await Promise.all([loadEffectiveSettings(), fetchContext(params)]);
      const start = await findStartRow(params, context, settings.labMode);
      if (cancelled) return;
      contextRef.current = context;
      langRef.current = settings.language;
      if (start) {
        rowId.current = start.id;
        detailsRef.current = detailsOf(start);
        setRow(start);
        setDetails(detailsRef.current);
        setResumed(start.status === 'draft');
        history.replaceState(null, '', draftSearch(start.id, start.source ?? params.source));
      } else {
        detailsRef.current = detailsFromContext(context);
        setDetails(detailsRef.current);
      }
      setSetup({
        lang: settings.language,
        ageBand: settings.ageBand,
        adult: settings.trustedAdult,
        localService: settings.localService,
        labMode: settings.labMode,
      });
    })();
    return () => {
      cancelled = true;
    };
  }, [params]);

  const ensureRow = useCallback(async (): Promise<number> => {
    if (rowId.current !== null) return rowId.current;
    creating.current ??= createReport({
      details: detailsRef.current,
      source: params.source,
      language: langRef.current,
      eventId: eventRef.current,
    }).then((created) => {
      rowId.current = created.id;
      setRow(created);
      history.replaceState(null, '', draftSearch(created.id, params.source));
      return created.id;
    });
    return creating.current;
  }, [params]);

  const persist = useCallback(
    async (action: 'edit' | 'save' | 'send', sent?: { sentTo: string; via: ContactOption['via'] }) => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
      const id = await ensureRow();
      const updated = await updateReport(id, detailsRef.current, action, sent);
      if (updated) setRow(updated);
    },
    [ensureRow],
  );

  // Leaving the page (closing the tab, navigating away) writes any edit still waiting.
  useEffect(() => {
    const flush = () => {
      if (timer.current !== null) void persist('edit');
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
    };
  }, [persist]);

  const edit = useCallback(
    (patch: Partial<ReportDetails>) => {
      detailsRef.current = { ...detailsRef.current, ...patch };
      setDetails(detailsRef.current);
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void persist('edit'), SAVE_DELAY_MS);
    },
    [persist],
  );

  const save = useCallback(() => persist('save'), [persist]);

  const markSent = useCallback(
    (option: ContactOption) => persist('send', { sentTo: option.sentTo, via: option.via }),
    [persist],
  );

  const startNew = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    rowId.current = null;
    creating.current = null;
    // A right-clicked page stays the subject; a prompt's finding belongs to the report already made from it.
    detailsRef.current = detailsFromContext(eventRef.current === undefined ? contextRef.current : null);
    eventRef.current = undefined;
    setDetails(detailsRef.current);
    setRow(null);
    setResumed(false);
    history.replaceState(null, '', `?${new URLSearchParams({ from: params.source, new: '1' }).toString()}`);
  }, [params]);

  return { setup, details, row, resumed, edit, save, markSent, startNew };
}
