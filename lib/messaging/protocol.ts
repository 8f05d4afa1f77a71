/**
 * The typed messages between Crosscheck's contexts. Each map names a message, its request and its reply;
 * `messenger.ts` enforces them at both ends.
 */
import type { Analysis, Article, Detection, DocId } from '../types';
import type { DeliveryState, QueueMeta, ReportPayload, SendingSettings, StoredReport } from '../reports/model';
import type { RoundResult } from '../reports/queue';

/** The reports as the options page shows them: newest first, with the sending settings and queue. */
export interface ReportsOverview {
  reports: StoredReport[];
  sending: SendingSettings;
  queue: QueueMeta;
}

/** Where a tab's page stands, as the popup and badge show it. Kept in session storage, never only in memory. */
export interface TabStatus {
  state: 'checking' | 'analyzing' | 'ready' | 'not-article' | 'disabled' | 'error';
  url: string;
  host: string;
  detected: boolean;
  topicScore: number;
  reasons: string[];
  self: DocId | null;
  selfOutlet: string | null;
  outletsCompared: number;
  additions: number;
  divergences: number;
  sidebarOpen: boolean;
  error: string | null;
}

/** Messages the background answers. The sender's tab is taken from the message's sender, not trusted from data. */
export interface BackgroundMessages {
  analyze: { req: { article: Article; detection: Detection }; res: Analysis };
  reportStatus: { req: Partial<TabStatus>; res: void };
  /** Injects the full content script into the sender's frame (the gate script asks, on a page worth it). */
  loadCrosscheck: { req: Record<string, never>; res: void };
  getTabStatus: { req: { tabId: number }; res: TabStatus | null };
  toggleSidebar: { req: { tabId: number }; res: { open: boolean } | null };
  // Reports (entrypoints/background/reports.ts is their one writer).
  /** Files a report; `hidden` is the page's hidden item keys afterwards. */
  fileReport: { req: ReportPayload; res: { id: string; duplicate: boolean; state: DeliveryState; hidden: string[] } };
  listReports: { req: Record<string, never>; res: ReportsOverview };
  /** How many reports there are and how many wait to be sent, for the popup's reports button. */
  reportCounts: { req: Record<string, never>; res: { total: number; pending: number; failed: number } };
  deleteReport: { req: { id: string }; res: boolean };
  deleteAllReports: { req: Record<string, never>; res: number };
  /** Item keys the reader reported as wrong on the page at `url`. */
  getHidden: { req: { url: string }; res: string[] };
  /** Shows a hidden item again; replies with the page's remaining hidden keys. */
  unhide: { req: { url: string; itemKey: string }; res: string[] };
  /** Where reports are sent and whether sending is on (read by the report form). */
  getReportSending: { req: Record<string, never>; res: SendingSettings };
  /** Sets the report address and switch; the options page asks for the host permission first. */
  setReportSending: { req: SendingSettings; res: ReportsOverview };
  /** Sends queued reports now, ignoring the backoff (the reader pressed "Send now"). */
  sendReportsNow: { req: Record<string, never>; res: RoundResult };
  /** Queues failed reports again (one, or all without `id`). */
  retryReports: { req: { id?: string }; res: number };
}

/** Messages a tab's content script answers. */
export interface ContentMessages {
  toggleSidebar: { req: Record<string, never>; res: { open: boolean } };
  /** What the page knows of itself; asked only when the background has stored nothing for the tab. */
  getStatus: { req: Record<string, never>; res: Partial<TabStatus> };
}

/** The envelope on the wire; `cc` marks our messages so others' are ignored. */
export interface Envelope<M, K extends keyof M = keyof M> {
  cc: 1;
  type: K;
  data: M[K] extends { req: infer Q } ? Q : never;
}
