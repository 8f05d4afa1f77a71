/**
 * Which tab the popup acts on. Normally the active tab of the popup's window; a `?tab=ID` query parameter
 * overrides it, because where a browser cannot open the real popup (Firefox headless) tests open the popup
 * page as a tab of its own, which would otherwise be its own "active tab".
 */
import { browser } from 'wxt/browser';

/** The id of the tab the popup controls, or null if there is none. */
export async function resolveTargetTab(search: string): Promise<{ id: number; url: string } | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const tab = await browser.tabs.get(fromQuery).catch(() => null);
    return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : null;
}
