/**
 * Per-tab status in session storage: MV3 service workers lose their globals when they sleep, and the popup
 * and badge must still know what the tab's page is.
 */
import { storage } from 'wxt/utils/storage';
import type { TabStatus } from '../messaging/protocol';

const key = (tabId: number) => `session:tab-status:${tabId}` as const;

/** A tab's status before anything is known about its page. */
export function emptyStatus(url: string): TabStatus {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // Not a URL we can name a site for (about:blank, data:); the popup shows no site switch then.
  }
  return {
    state: 'checking', url, host, detected: false, topicScore: 0, reasons: [], self: null, selfOutlet: null,
    outletsCompared: 0, additions: 0, divergences: 0, sidebarOpen: false, error: null,
  };
}

/** Reads a tab's status, or null if the tab has reported nothing. */
export function getTabStatus(tabId: number): Promise<TabStatus | null> {
  return storage.getItem<TabStatus>(key(tabId));
}

/** Merges a partial update into a tab's status and returns the result. */
export async function updateTabStatus(tabId: number, url: string, patch: Partial<TabStatus>): Promise<TabStatus> {
  const current = (await getTabStatus(tabId)) ?? emptyStatus(url);
  const next: TabStatus = { ...current, ...patch };
  await storage.setItem(key(tabId), next);
  return next;
}

/** Forgets a closed tab. */
export function clearTabStatus(tabId: number): Promise<void> {
  return storage.removeItem(key(tabId));
}
