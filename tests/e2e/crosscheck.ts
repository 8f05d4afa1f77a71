/**
 * What the e2e tests ask of a page with Crosscheck on it: the sidebar (inside its open shadow root, reached
 * with puppeteer's `>>>` deep combinator), the page marks, and the tab's status and badge as the extension
 * keeps them. Selectors are the components' data-testids.
 */
import type { ElementHandle } from 'puppeteer-core';
import type { ExtensionBrowser, Tab } from './browsers';
import type { ExtGlobal } from './ext-api';

/** The sidebar's shadow host element name (createShadowRootUi's `name`). */
export const HOST = 'crosscheck-sidebar';

/** A selector for data-testid `id` inside the sidebar's shadow root. */
export const inSidebar = (id: string, extra = '') => `${HOST} >>> [data-testid="${id}"]${extra}`;

/** Page paragraphs Crosscheck marked as matched, and the one it highlighted. */
export const MARKER = 'span[data-crosscheck-marker]';
export const HIGHLIGHT = '[data-crosscheck-highlight="true"]';

/** States after which the content script has decided and will not change the page by itself. */
const SETTLED = new Set(['ready', 'not-article', 'disabled', 'error']);

/**
 * The tab's status as the popup gets it: what the background stored (session storage) or, for a page that
 * never woke the background (unrelated pages), what the page's content script answers; null before either.
 */
export async function tabStatus(b: ExtensionBrowser, tab: Tab): Promise<Record<string, unknown> | null> {
  const id = await b.tabId(tab);
  return b.inExtension(async (tabId: number) => {
    const g = globalThis as unknown as ExtGlobal;
    const api = (g.browser ?? g.chrome)!;
    const key = `tab-status:${tabId}`;
    const got = await api.storage.session.get(key);
    const stored = got[key] as Record<string, unknown> | undefined;
    if (stored) return stored;
    try {
      const own = await api.tabs.sendMessage(tabId, { cc: 1, type: 'getStatus', data: {} });
      return (own as Record<string, unknown> | undefined) ?? null;
    } catch {
      return null;
    }
  }, id);
}

/** Waits until the content script has finished with the page, and returns the final status. */
export async function waitForVerdict(b: ExtensionBrowser, tab: Tab, timeout = 30_000): Promise<Record<string, unknown>> {
  const end = Date.now() + timeout;
  let last: Record<string, unknown> | null = null;
  while (Date.now() < end) {
    last = await tabStatus(b, tab);
    if (last && SETTLED.has(String(last.state))) return last;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`Crosscheck did not settle on ${tab.page.url()} within ${timeout} ms; last status ${JSON.stringify(last)}`);
}

/** The toolbar badge text of the tab. */
export async function badgeText(b: ExtensionBrowser, tab: Tab): Promise<string> {
  const id = await b.tabId(tab);
  return b.inExtension(async (tabId: number) => {
    const g = globalThis as unknown as ExtGlobal;
    return (g.browser ?? g.chrome)!.action.getBadgeText({ tabId });
  }, id);
}

/**
 * Waits for the sidebar to show a finished analysis, failing at once if it settles in another state (error,
 * not-article). Given the browser, a failure also says what the extension reported for the tab.
 */
export async function waitForSidebarReady(tab: Tab, timeout = 30_000, b?: ExtensionBrowser): Promise<void> {
  const end = Date.now() + timeout;
  let state: string | null = null;
  while (Date.now() < end) {
    state = await tab.page.$eval(inSidebar('cc-sidebar'), (e) => e.getAttribute('data-state')).catch(() => null);
    if (state === 'ready') return;
    if (state === 'error' || state === 'not-article') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const shown = state ? await tab.page.$eval(inSidebar('cc-sidebar'), (e) => e.textContent ?? '').catch(() => '') : '';
  const status = b ? await tabStatus(b, tab).catch((e: unknown) => `unreadable: ${String(e)}`) : 'unknown';
  throw new Error(
    `no ready sidebar on ${tab.page.url()} (sidebar: ${state ?? 'absent'}${shown ? ` saying "${shown.replace(/\s+/g, ' ').slice(0, 200)}"` : ''}); ` +
      `tab status: ${JSON.stringify(status)}; page errors: ${tab.errors.map((e) => e.text).join(' | ') || 'none'}`,
  );
}

/** Whether the sidebar is in the page at all. */
export async function sidebarPresent(tab: Tab): Promise<boolean> {
  return (await tab.page.$(`${HOST} >>> [data-testid="cc-sidebar"]`)) !== null;
}

/** The text of every element with data-testid `id` in the sidebar, whitespace collapsed. */
export async function sidebarTexts(tab: Tab, id: string): Promise<string[]> {
  const els = await tab.page.$$(inSidebar(id));
  return Promise.all(els.map((el) => textOf(el)));
}

/** An element's text, whitespace collapsed. */
export function textOf(el: ElementHandle<Element>): Promise<string> {
  return el.evaluate((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** Normalises text the way the comparisons in the tests need: collapsed whitespace, no marker glyphs. */
export function norm(text: string): string {
  return text.replace(/◆/g, '').replace(/\s+/g, ' ').trim();
}
