/**
 * The reports side of the extension as the e2e tests drive it: the options page (opened as a tab), messages
 * to the background sent from an extension page (as the sidebar's content script sends them), and a way to
 * read an export's file content.
 */
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser, Tab } from './browsers';
import { watchErrors } from './console-log';

/** Opens an extension page (e.g. /options.html) in a new tab; Firefox fires no load event for these. */
export async function openExtensionPage(b: ExtensionBrowser, path: string): Promise<Tab> {
  const url = `${b.origin}${path}`;
  if (b.name === 'chromium') return b.open(url);
  const page = await b.browser.newPage();
  const errors = watchErrors(page);
  void page.goto(url, { timeout: 0 }).catch(() => undefined);
  await page.waitForFunction((u: string) => location.href === u && document.readyState === 'complete', { timeout: 15_000, polling: 50 }, url);
  return { page, errors };
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
  await page.waitForFunction(
    () => !(window as unknown as { ccStale?: boolean }).ccStale && document.readyState === 'complete',
    { timeout: 15_000, polling: 50 },
  );
}

/**
 * Stops the extension's service worker as Chrome does when it sleeps (Chromium only), and from then on lets
 * any restarted worker run: the test's debugger connection would otherwise hold it paused at start.
 * Returns the worker's running status as last reported, and a function that ends the watch.
 */
export async function stopServiceWorker(b: ExtensionBrowser, extensionPage: Page): Promise<{ status(): string; release(): void }> {
  const cdp = await extensionPage.createCDPSession();
  let status = 'unknown';
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    const mine = e.versions.filter((v) => v.scriptURL.startsWith(b.origin));
    if (mine.length) status = mine[mine.length - 1]!.runningStatus;
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const resume = setInterval(() => {
    for (const t of b.browser.targets()) {
      if (t.type() !== 'service_worker' || !t.url().startsWith(b.origin)) continue;
      void t
        .createCDPSession()
        .then((s) => s.send('Runtime.runIfWaitingForDebugger'))
        .catch(() => undefined);
    }
  }, 250);
  return { status: () => status, release: () => clearInterval(resume) };
}
