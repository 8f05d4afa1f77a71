/**
 * The background sleeps: Chrome stops an idle MV3 service worker after 30 s, Firefox unloads an idle event
 * page, and both lose every global. What the popup, the badge and the next page need must come back from
 * storage and the prebuilt corpus, not from memory. Here the background is stopped on purpose mid-session.
 */
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES } from './browsers';
import { badgeText, inSidebar, sidebarPresent, textOf, waitForSidebarReady } from './crosscheck';
import { useExtensionSession } from './session';

describe.each(BROWSER_NAMES)('after the background has slept, in %s', (name) => {
  const session = useExtensionSession(name, { sleepyBackground: true });

  it('the popup still shows the tab, its toggle still works, and the badge is kept', async () => {
    const tab = await session.open('/article/002_5914b76d8027bf93');
    await waitForSidebarReady(tab, 30_000, session.browser);
    const divergences = (await tab.page.$$(inSidebar('cc-divergence'))).length;
    const badge = await badgeText(session.browser, tab);

    await session.browser.stopBackground!();

    const popup = await session.openPopup(tab);
    await popup.page.waitForSelector('[data-testid="cc-status"][data-state="ready"]', { timeout: 10_000 });
    expect(await textOf((await popup.page.$('[data-testid="cc-count-divergences"]'))!)).toBe(String(divergences));
    await (await popup.page.waitForSelector('[data-testid="cc-toggle"]:not([disabled])'))!.click();
    await expect.poll(() => sidebarPresent(tab), { timeout: 5_000 }).toBe(false);
    expect(await badgeText(session.browser, tab)).toBe(badge);
  });

  it('a page opened after the sleep is analysed by a freshly loaded engine', async () => {
    await session.browser.stopBackground!();
    const started = Date.now();
    const tab = await session.open('/article/003_fd44271081f84fdb');
    await waitForSidebarReady(tab, 30_000, session.browser);
    console.log(`${name}: article to ready sidebar with a cold background: ${Date.now() - started} ms`);
    expect((await tab.page.$$(inSidebar('cc-addition'))).length).toBeGreaterThan(0);
    expect((await tab.page.$$(inSidebar('cc-divergence'))).length).toBeGreaterThan(0);
  });
});
