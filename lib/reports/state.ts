/**
 * The operations the one writer applies to the reports state. Each mutates the state it is given: the
 * writer hands every batch a freshly loaded copy and saves it once, so nothing here sees a stale value.
 */
import {
  freshDelivery,
  reasonHidesItem,
  type ReportPayload,
  type ReportsState,
  type SendingSettings,
  type StoredReport,
} from './model';
import { pageKey } from './validate';

/** What filing a report did: stored it, or found it already stored (same id, or same page, item, reason and comment). */
export interface FileResult {
  report: StoredReport;
  duplicate: boolean;
  /** The page's hidden item keys after filing. */
  hidden: string[];
}

function sameContent(a: ReportPayload, b: ReportPayload): boolean {
  return (
    a.itemKey === b.itemKey &&
    a.reason === b.reason &&
    a.comment.trim() === b.comment.trim() &&
    pageKey(a.pageUrl) === pageKey(b.pageUrl)
  );
}

/** Stores a validated report unless it is a duplicate, and hides its item when the reason says it is wrong. */
export function fileReport(state: ReportsState, payload: ReportPayload, now: number): FileResult {
  const existing = state.reports.find((r) => r.payload.id === payload.id || sameContent(r.payload, payload));
  if (reasonHidesItem(payload.reason)) hideItem(state, payload.pageUrl, payload.itemKey);
  if (existing) return { report: existing, duplicate: true, hidden: hiddenOn(state, payload.pageUrl) };
  const sending = state.sending.enabled && state.sending.endpoint !== null;
  const report: StoredReport = {
    seq: ++state.seq,
    receivedAt: now,
    payload,
    delivery: freshDelivery(sending ? 'pending' : 'stored'),
  };
  state.reports.push(report);
  return { report, duplicate: false, hidden: hiddenOn(state, payload.pageUrl) };
}

/** Reports newest first: by the order the writer stored them, which no client clock can disturb. */
export function newestFirst(reports: readonly StoredReport[]): StoredReport[] {
  return [...reports].sort((a, b) => b.seq - a.seq);
}

/** Deletes one report; true if it existed. */
export function deleteReport(state: ReportsState, id: string): boolean {
  const before = state.reports.length;
  state.reports = state.reports.filter((r) => r.payload.id !== id);
  return state.reports.length !== before;
}

/** Deletes every report and returns how many there were. Hidden items stay hidden: that is a separate choice. */
export function deleteAllReports(state: ReportsState): number {
  const n = state.reports.length;
  state.reports = [];
  state.queue = { failures: 0, nextRoundAt: null, blocked: null };
  return n;
}

/** The item keys hidden on a page. */
export function hiddenOn(state: ReportsState, url: string): string[] {
  return [...(state.hidden[pageKey(url)] ?? [])];
}

/** Hides an item on a page. */
export function hideItem(state: ReportsState, url: string, itemKey: string): void {
  const key = pageKey(url);
  const keys = state.hidden[key] ?? [];
  if (!keys.includes(itemKey)) state.hidden[key] = [...keys, itemKey];
}

/** Shows a hidden item again (the sidebar's Undo); the report itself stays filed. */
export function unhideItem(state: ReportsState, url: string, itemKey: string): string[] {
  const key = pageKey(url);
  const keys = (state.hidden[key] ?? []).filter((k) => k !== itemKey);
  if (keys.length) state.hidden[key] = keys;
  else delete state.hidden[key];
  return keys;
}

/**
 * Changes where and whether reports are sent. Turning sending on queues every report kept locally (the
 * reader has just agreed to send them); turning it off takes queued ones back to local. Sent stay sent.
 */
export function setSending(state: ReportsState, next: SendingSettings): void {
  const enabled = next.enabled && next.endpoint !== null;
  state.sending = { endpoint: next.endpoint, enabled };
  state.queue = { failures: 0, nextRoundAt: null, blocked: null };
  for (const r of state.reports) {
    if (enabled && r.delivery.state === 'stored') r.delivery.state = 'pending';
    if (!enabled && r.delivery.state === 'pending') r.delivery.state = 'stored';
  }
}

/** Queues failed reports (one, or all when `id` is omitted) for another try. Returns how many were queued. */
export function retryFailed(state: ReportsState, id?: string): number {
  let n = 0;
  for (const r of state.reports) {
    if (r.delivery.state !== 'failed' || (id !== undefined && r.payload.id !== id)) continue;
    r.delivery.state = state.sending.enabled ? 'pending' : 'stored';
    n++;
  }
  state.queue = { ...state.queue, failures: 0, nextRoundAt: null };
  return n;
}
