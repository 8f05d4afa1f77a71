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
  await page.waitForFunction(
    (u: string) => location.href === u && document.readyState === 'complete',
    { timeout: 15_000, polling: 50 },
    url,
  );
  return { page, errors };
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
