/**
 * The typed messages between Crosscheck's contexts. Each map names a message, its request and its reply;
 * `messenger.ts` enforces them at both ends.
 */
import type { Analysis, Article, Detection, DocId } from '../types';

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
  getTabStatus: { req: { tabId: number }; res: TabStatus | null };
  toggleSidebar: { req: { tabId: number }; res: { open: boolean } | null };
}

/** Messages a tab's content script answers. */
export interface ContentMessages {
  toggleSidebar: { req: Record<string, never>; res: { open: boolean } };
}

/** The envelope on the wire; `cc` marks our messages so others' are ignored. */
export interface Envelope<M, K extends keyof M = keyof M> {
  cc: 1;
  type: K;
  data: M[K] extends { req: infer Q } ? Q : never;
}
