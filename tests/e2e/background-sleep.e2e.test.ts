/**
 * The background sleeps: Chrome stops an idle MV3 service worker after 30 s, Firefox unloads an idle event
 * page, and both lose every global. What the popup, the badge and the next page need must come back from
 * storage and the prebuilt corpus, not from memory. Here the background is stopped on purpose mid-session.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startNewsSite, type NewsSite } from '../../tools/news-site';
import { BROWSER_NAMES, hasBuild, launchWithExtension, type ExtensionBrowser, type Tab } from './browsers';
import { formatErrors, isFromExtension } from './console-log';
import { badgeText, inSidebar, sidebarPresent, textOf, waitForSidebarReady } from './crosscheck';

describe.each(BROWSER_NAMES)('after the background has slept, in %s', (name) => {
  let site: NewsSite;
  let b: ExtensionBrowser;
  const opened: Tab[] = [];

  async function open(path: string): Promise<Tab> {
    const tab = await b.open(`${site.url}${path}`);
    opened.push(tab);
    return tab;
  }

  beforeAll(async () => {
    if (!hasBuild(name)) throw new Error(`no ${name} build: run \`npm run build\` first`);
    site = await startNewsSite();
    b = await launchWithExtension(name, { sleepyBackground: true });
  });
  afterEach(async () => {
    const errors = opened.flatMap((tab) => tab.errors).filter(isFromExtension);
    for (const tab of opened.splice(0)) await tab.page.close().catch(() => undefined);
    expect(errors, formatErrors(errors)).toEqual([]);
    const background = await b.backgroundErrors();
    expect(background, formatErrors(background)).toEqual([]);
  });
  afterAll(async () => {
    await b?.close();
    await site?.close();
  });

  it('the popup still shows the tab, its toggle still works, and the badge is kept', async () => {
    const tab = await open('/article/002_5914b76d8027bf93');
    await waitForSidebarReady(tab, 30_000, b);
    const divergences = (await tab.page.$$(inSidebar('cc-divergence'))).length;
    const badge = await badgeText(b, tab);

    await b.stopBackground!();

    const popup = await b.openPopup(tab);
    opened.push(popup);
    await popup.page.waitForSelector('[data-testid="cc-status"][data-state="ready"]', { timeout: 10_000 });
    expect(await textOf((await popup.page.$('[data-testid="cc-count-divergences"]'))!)).toBe(String(divergences));
    await (await popup.page.waitForSelector('[data-testid="cc-toggle"]:not([disabled])'))!.click();
    await expect.poll(() => sidebarPresent(tab), { timeout: 5_000 }).toBe(false);
    expect(await badgeText(b, tab)).toBe(badge);
  });

  it('a page opened after the sleep is analysed by a freshly loaded engine', async () => {
    await b.stopBackground!();
    const started = Date.now();
    const tab = await open('/article/003_fd44271081f84fdb');
    await waitForSidebarReady(tab, 30_000, b);
    console.log(`${name}: article to ready sidebar with a cold background: ${Date.now() - started} ms`);
    expect((await tab.page.$$(inSidebar('cc-addition'))).length).toBeGreaterThan(0);
    expect((await tab.page.$$(inSidebar('cc-divergence'))).length).toBeGreaterThan(0);
  });
});
