/** The toolbar badge: the number of divergences found on the tab's page. */
import { browser } from 'wxt/browser';
import type { TabStatus } from '../../lib/messaging/protocol';

/** Shows the tab's divergence count on the toolbar button, or nothing when there is none to show. */
export async function updateBadge(tabId: number, status: TabStatus): Promise<void> {
  const text = status.state === 'ready' && status.divergences > 0 ? String(status.divergences) : '';
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: '#b45309' });
    await browser.action.setTitle({ tabId, title: badgeTitle(status) });
  } catch {
    // The tab closed while we were answering it; there is no badge left to set.
  }
}

function badgeTitle(status: TabStatus): string {
  if (status.state !== 'ready') return 'Crosscheck';
  return `Crosscheck: ${status.additions} additions, ${status.divergences} divergences`;
}
