/** Opening pages for the e2e harness, the same way in both browsers: tracked errors, tolerant navigation. */
import type { Browser, Page } from 'puppeteer-core';
import { watchErrors, type LoggedError } from './console-log';
import type { ExtGlobal } from './ext-api';

/** A page opened by the harness, with every error it logged. */
export interface Tab {
  page: Page;
  errors: LoggedError[];
}

/** Opens `url` in a new tab of `browser` and waits for it to load. */
export async function openTracked(browser: Browser, url: string, waitUntil: 'load' | 'domcontentloaded'): Promise<Tab> {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.setViewport({ width: 1400, height: 1000 });
  try {
    await page.goto(url, { waitUntil, timeout: 60_000 });
  } catch (err) {
    // Firefox (BiDi) fails the whole navigation when one of the page's iframes lands on an error page, as
    // the real pages' ad frames do offline; the page itself has loaded all the same.
    const loaded = await page
      .waitForFunction((u: string) => location.href === u && document.readyState === 'complete', { timeout: 30_000 }, url)
      .then(() => true, () => false);
    if (!loaded) throw err;
  }
  return { page, errors };
}

/**
 * Opens an extension page. Firefox fires no load event for moz-extension:// pages, so the navigation is
 * started without waiting and the page polled until it is there.
 */
export async function openExtensionPage(browser: Browser, url: string): Promise<Tab> {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  void page.goto(url, { timeout: 0 }).catch(() => undefined);
  await pollPage(page, (u: string) => location.href === u && document.readyState === 'complete', [url], 15_000);
  return { page, errors };
}

/**
 * Evaluates `check` in the page until it returns true. Unlike waitForFunction it survives the page's realm
 * being replaced mid-evaluation, which Firefox's BiDi reports as a protocol error while a navigation commits.
 */
export async function pollPage<A extends unknown[]>(
  page: Page,
  check: (...args: A) => boolean,
  args: A,
  timeout: number,
): Promise<void> {
  const end = Date.now() + timeout;
  let last: unknown = null;
  while (Date.now() < end) {
    try {
      if (await page.evaluate(check as never, ...(args as unknown as never[]))) return;
    } catch (err) {
      last = err; // The document is being replaced; ask the next one.
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`page ${page.url()} not ready within ${timeout} ms${last ? `: ${String(last)}` : ''}`);
}

/** The browser's tab id for the tab showing `url`, asked of an extension context that has `tabs`. */
export function tabIdIn(page: Page, url: string): Promise<number> {
  return page.evaluate(async (u: string) => {
    const g = globalThis as unknown as ExtGlobal;
    // Match patterns cannot carry a port in Firefox: query every tab and compare addresses here.
    const tabs = (await (g.browser ?? g.chrome)!.tabs.query({})).filter((t) => t.url === u);
    if (tabs.length !== 1) throw new Error(`expected one tab at ${u}, found ${tabs.length}`);
    return tabs[0]!.id!;
  }, url);
}
