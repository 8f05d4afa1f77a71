/** What the reports list shows of each stored report; the lead maps its store records to this. */
import type { ReportReason } from '../report/draft';

/** Where a report is in its life: kept locally, queued to send, accepted by the server, or failed. */
export type ReportState = 'stored' | 'pending' | 'sent' | 'failed';

/** One row of the reports list. */
export interface ReportView {
  id: string;
  /** ISO 8601 or epoch milliseconds. */
  createdAt: string | number;
  reason: ReportReason;
  comment: string;
  state: ReportState;
  /** Why the last send failed (failed, or pending after a refused attempt). */
  lastError: string | null;
  pageUrl: string;
  /** One line saying what was reported, e.g. `Date divergence with Antigua News Room`. */
  itemSummary: string;
  attempts?: number;
  /** When the next send attempt is due, for pending reports. */
  nextAttemptAt?: string | number | null;
}
