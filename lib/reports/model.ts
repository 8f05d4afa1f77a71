/**
 * The report model: what a reader files on a sidebar item, and how the one writer keeps it.
 * Plain JSON shapes (components/report's ReportDraft and ReportContent are built from these),
 * so a report crosses messaging, storage, export and the network unchanged.
 */
import type { DivergenceKind, DocId } from '../types';

/** What is wrong with the item, as the reader says. */
export type ReportReason = 'wrong-match' | 'not-divergence' | 'missing-context' | 'other';

/** Every reason, for validation. */
export const REPORT_REASON_VALUES: readonly ReportReason[] = ['wrong-match', 'not-divergence', 'missing-context', 'other'];

/** One passage quoted in a report: the page's (`source: 'page'`) or a corpus article's. */
export interface ReportPassage {
  source: 'page' | DocId;
  outlet: string | null;
  paragraph: number;
  text: string;
}

/** Exactly what the reader saw in the form's preview, plus the id that makes filing and sending idempotent. */
export interface ReportPayload {
  /** Random id chosen when the reader submits; the same id filed or sent twice is one report. */
  id: string;
  pageUrl: string;
  itemType: 'addition' | 'divergence' | 'match';
  itemKey: string;
  kind: DivergenceKind | null;
  summary: string | null;
  page: ReportPassage | null;
  other: ReportPassage;
  outlets: string[];
  scores: Record<string, number>;
  extensionVersion: string;
  /** ISO 8601, when the reader filed it. */
  createdAt: string;
  reason: ReportReason;
  comment: string;
}

/** Where a report is: kept in this browser only, queued to send, accepted by the server, or refused for good. */
export type DeliveryState = 'stored' | 'pending' | 'sent' | 'failed';

/** A report's sending history, shown to the reader. */
export interface Delivery {
  state: DeliveryState;
  attempts: number;
  /** Why the last attempt did not succeed (HTTP status, network error, missing permission). */
  lastError: string | null;
  lastAttemptAt: number | null;
  sentAt: number | null;
  /** The address it was accepted by. */
  sentTo: string | null;
}

/** A report as stored. `seq` is the order the writer stored it in (1, 2, 3, ...), never reused. */
export interface StoredReport {
  seq: number;
  receivedAt: number;
  payload: ReportPayload;
  delivery: Delivery;
}

/** Where and whether reports are sent. Off by default: nothing leaves the browser until the reader says so. */
export interface SendingSettings {
  /** The report address (https, or http on this machine's loopback). */
  endpoint: string | null;
  enabled: boolean;
}

/** The send queue's own state: consecutive refusals and when the next round is due. */
export interface QueueMeta {
  failures: number;
  /** Epoch ms; null when nothing is waiting for a retry. */
  nextRoundAt: number | null;
  /** Why the queue is stalled, when it is (e.g. no permission for the host). */
  blocked: string | null;
}

/** Everything the reports writer keeps, in one storage item so each change is one atomic write. */
export interface ReportsState {
  /** The last seq handed out. */
  seq: number;
  /** Oldest first (ascending seq); `newestFirst` orders them for display. */
  reports: StoredReport[];
  /** Item keys the reader reported as wrong, per page (see pageKey). */
  hidden: Record<string, string[]>;
  sending: SendingSettings;
  queue: QueueMeta;
}

/** A fresh, empty state. */
export function emptyState(): ReportsState {
  return {
    seq: 0,
    reports: [],
    hidden: {},
    sending: { endpoint: null, enabled: false },
    queue: { failures: 0, nextRoundAt: null, blocked: null },
  };
}

/** A delivery that has not been tried. */
export function freshDelivery(state: 'stored' | 'pending'): Delivery {
  return { state, attempts: 0, lastError: null, lastAttemptAt: null, sentAt: null, sentTo: null };
}

/** Reasons that say the item itself is wrong, so it is hidden on that page from then on. */
export function reasonHidesItem(reason: ReportReason): boolean {
  return reason === 'wrong-match' || reason === 'not-divergence';
}
