/**
 * The reports side of the extension as the e2e tests drive it: the options page (opened as a tab), messages
 * to the background sent from an extension page (as the sidebar's content script sends them), and a way to
 * read an export's file content.
 */
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser, Tab } from './browsers';
import { openExtensionPage, pollPage } from './tabs';

/** Opens one of the extension's pages (e.g. /options.html) in a new tab. */
export function openOwnPage(b: ExtensionBrowser, path: string): Promise<Tab> {
  return openExtensionPage(b.browser, `${b.origin}${path}`);
}

/** Sends one of our typed messages to the background from an extension page, as `sendToBackground` does. */
export function message<T>(page: Page, type: string, data: unknown): Promise<T> {
  return page.evaluate(
    (t: string, d: unknown) => {
      const g = globalThis as unknown as { browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } }; chrome?: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
      return (g.browser ?? g.chrome)!.runtime.sendMessage({ cc: 1, type: t, data: d });
    },
    type,
    data,
  ) as Promise<T>;
}

/** A report payload as a content script would file it; distinct per (tab, n). */
export function reportPayload(pageUrl: string, tab: number, n: number) {
  return {
    id: `e2e-${tab}-${n}-${Math.random().toString(36).slice(2, 10)}`,
    pageUrl,
    itemType: 'divergence',
    itemKey: `divergence:date:${n % 30}:001_52de1565edf6a1cb:${tab}`,
    kind: 'date',
    summary: '"Thursday" vs "this week"',
    page: { source: 'page', outlet: null, paragraph: n % 30, text: 'published on Thursday' },
    other: { source: '001_52de1565edf6a1cb', outlet: 'Antigua News Room', paragraph: tab, text: 'published this week' },
    outlets: ['Antigua News Room'],
    scores: { divergence: 0.5 },
    extensionVersion: '0.1.0',
    createdAt: new Date().toISOString(),
    reason: (['wrong-match', 'not-divergence', 'missing-context', 'other'] as const)[n % 4],
    comment: `tab ${tab} report ${n}`,
  };
}

/**
 * Clicks the options page's Export and returns the file's name and parsed content: the download link's
 * click is observed (not prevented), and the Blob it points at is read back in the page.
 */
export async function exportFromOptions(page: Page): Promise<{ name: string; data: { count: number; reports: Array<Record<string, unknown>> } }> {
  await page.evaluate(() => {
    const w = window as unknown as { __ccDownload?: Promise<{ name: string; text: string }> };
    const original = HTMLAnchorElement.prototype.click;
    w.__ccDownload = new Promise((resolve) => {
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        const a = this;
        HTMLAnchorElement.prototype.click = original;
        void fetch(a.href)
          .then((r) => r.text())
          .then((text) => resolve({ name: a.download, text }));
        return original.call(a);
      };
    });
  });
  await page.click('[data-testid="cc-export"]');
  const got = await page.evaluate(() => (window as unknown as { __ccDownload: Promise<{ name: string; text: string }> }).__ccDownload);
  return { name: got.name, data: JSON.parse(got.text) };
}

/** Reloads an extension page; in Firefox without awaiting the load event it never fires for these pages. */
export async function reloadExtensionPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { ccStale?: boolean }).ccStale = true;
    setTimeout(() => location.reload(), 0);
  });
  await pollPage(page, () => !(window as unknown as { ccStale?: boolean }).ccStale && document.readyState === 'complete', [], 15_000);
}
