/**
 * The harness checks itself with a tiny probe extension (tests/e2e/fixtures/probe-extension) that logs an
 * error and throws in a content script, sets a known badge and has a popup. If the harness could not see
 * an extension's errors, "no errors from the extension" in the other suites would pass for nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { startNewsSite, type NewsSite } from '../../tools/news-site';
import { BROWSER_NAMES, launchWithExtension, type ExtensionBrowser } from './browsers';
import { formatErrors, isFromExtension } from './console-log';
import type { ExtGlobal } from './ext-api';

const PROBE = join(import.meta.dirname, 'fixtures/probe-extension');

describe.each(BROWSER_NAMES)('e2e harness in %s', (name) => {
  let site: NewsSite;
  let b: ExtensionBrowser;

  beforeAll(async () => {
    site = await startNewsSite();
    b = await launchWithExtension(name, { extensionDir: PROBE });
  });
  afterAll(async () => {
    await b?.close();
    await site?.close();
  });

  it("sees a content script's console error and uncaught exception, and the background's error", async () => {
    const tab = await b.open(`${site.url}/empty`);
    const kinds = () => [...new Set(tab.errors.filter(isFromExtension).map((e) => e.kind))].sort();
    await expect.poll(kinds, { timeout: 10_000 }).toEqual(['console', 'pageerror']);
    expect(formatErrors(tab.errors)).toMatch(/probe extension: console error/);
    expect(formatErrors(tab.errors)).toMatch(/probe extension: uncaught error/);
    await expect.poll(async () => formatErrors(await b.backgroundErrors()), { timeout: 10_000 }).toMatch(
      /probe extension: background error/,
    );
    await tab.page.close();
  });

  it('reads the badge the background set for a tab, by tab id', async () => {
    const tab = await b.open(`${site.url}/hostile`);
    const tabId = await b.tabId(tab);
    const badge = () =>
      b.inExtension(async (id: number) => {
        const g = globalThis as unknown as ExtGlobal;
        return (g.browser ?? g.chrome)!.action.getBadgeText({ tabId: id });
      }, tabId);
    await expect.poll(badge, { timeout: 10_000 }).toBe(String('/hostile'.length));
    await tab.page.close();
  });

  it('opens the popup acting on the test tab', async () => {
    const tab = await b.open(`${site.url}/article/${site.docs[0]!.id}`);
    const popup = await b.openPopup(tab);
    await popup.page.waitForSelector('body[data-target-url]', { timeout: 10_000 });
    const target = await popup.page.evaluate(() => document.body.getAttribute('data-target-url'));
    expect(target).toBe(tab.page.url());
    await popup.page.close();
    await tab.page.close();
  });
});
