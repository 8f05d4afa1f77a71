/**
 * The toolbar popup against a real tab: the real action popup in Chromium (chrome.action.openPopup while
 * the test page is active), popup.html?tab=<id> in Firefox, where headless cannot open the real one.
 */
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES, type Tab } from './browsers';
import { MARKER, badgeText, inSidebar, sidebarPresent, tabStatus, textOf, waitForSidebarReady, waitForVerdict } from './crosscheck';
import { useExtensionSession } from './session';

const ARTICLE = '002_5914b76d8027bf93';

describe.each(BROWSER_NAMES)('the popup in %s', (name) => {
  const session = useExtensionSession(name);
  let serial = 0;

  const open = (path: string): Promise<Tab> => session.open(`${path}?n=${++serial}`);

  async function popupFor(tab: Tab): Promise<Tab> {
    const popup = await session.openPopup(tab);
    await popup.page.waitForSelector('[data-testid="cc-popup"]', { timeout: 10_000 });
    return popup;
  }

  const toggleLabel = (popup: Tab) => popup.page.$eval('[data-testid="cc-toggle"]', (e) => e.getAttribute('aria-pressed'));

  it("shows the tab's status and the same counts as the sidebar", async () => {
    const tab = await open(`/article/${ARTICLE}`);
    await waitForSidebarReady(tab, 30_000, session.browser);
    const additions = (await tab.page.$$(inSidebar('cc-addition'))).length;
    const divergences = (await tab.page.$$(inSidebar('cc-divergence'))).length;

    const popup = await popupFor(tab);
    await popup.page.waitForSelector('[data-testid="cc-status"][data-state="ready"]', { timeout: 10_000 });
    const count = async (id: string) => textOf((await popup.page.$(`[data-testid="${id}"]`))!);
    expect(await count('cc-count-additions')).toBe(String(additions));
    expect(await count('cc-count-divergences')).toBe(String(divergences));
    expect(await toggleLabel(popup)).toBe('true');
  });

  it('toggles the sidebar off and on again', async () => {
    const tab = await open(`/article/${ARTICLE}`);
    await waitForSidebarReady(tab, 30_000, session.browser);
    const popup = await popupFor(tab);
    const toggle = await popup.page.waitForSelector('[data-testid="cc-toggle"]:not([disabled])', { timeout: 10_000 });

    await toggle!.click();
    await expect.poll(() => sidebarPresent(tab), { timeout: 5_000 }).toBe(false);
    await expect.poll(() => toggleLabel(popup), { timeout: 5_000 }).toBe('false');
    const hidden = await tabStatus(session.browser, tab);
    expect(hidden?.sidebarOpen).toBe(false);
    // Hiding the panel changes nothing else the popup and badge show.
    expect(hidden?.state).toBe('ready');
    expect(await badgeText(session.browser, tab)).toBe(String(hidden?.divergences));
    expect((await tab.page.$$(MARKER)).length, 'markers stay while the sidebar is hidden').toBeGreaterThan(0);

    await toggle!.click();
    await waitForSidebarReady(tab, 5_000, session.browser);
    await expect.poll(() => toggleLabel(popup), { timeout: 5_000 }).toBe('true');
    expect((await tab.page.$$(inSidebar('cc-addition'))).length).toBeGreaterThan(0);
  });

  it('on an unrelated page says no article was found', async () => {
    const tab = await open('/unrelated/bbc-1');
    expect((await waitForVerdict(session.browser, tab)).state).toBe('not-article');
    const popup = await popupFor(tab);
    await popup.page.waitForSelector('[data-testid="cc-status"][data-state="not-article"]', { timeout: 10_000 });
    expect(await popup.page.$('[data-testid="cc-count-divergences"]')).toBeNull();
  });

  // Last in the file: these change the extension's settings, and a failure half-way could leave it off.
  it('turns Crosscheck off for the site, removing it from the open page, and back on', async () => {
    const tab = await open(`/article/${ARTICLE}`);
    await waitForSidebarReady(tab, 30_000, session.browser);
    const popup = await popupFor(tab);
    await (await popup.page.waitForSelector('[data-testid="cc-site-off"]:not([disabled])', { timeout: 10_000 }))!.click();
    await expect.poll(() => sidebarPresent(tab), { timeout: 5_000 }).toBe(false);
    await expect.poll(async () => (await tab.page.$$(MARKER)).length, { timeout: 5_000 }).toBe(0);
    if (!popup.page.isClosed()) await popup.page.close();

    // A new page on the same site stays untouched while the switch is off; its popup turns it back on.
    const other = await open(`/article/${ARTICLE}`);
    expect((await waitForVerdict(session.browser, other)).state).toBe('disabled');
    expect(await sidebarPresent(other)).toBe(false);
    const otherPopup = await popupFor(other);
    const siteOff = await otherPopup.page.waitForSelector('[data-testid="cc-site-off"]:not([disabled])', { timeout: 10_000 });
    expect(await siteOff!.evaluate((e) => e.getAttribute('aria-checked'))).toBe('true');
    await siteOff!.click();
    await otherPopup.page.waitForSelector('[data-testid="cc-site-off"][aria-checked="false"]', { timeout: 5_000 });

    const again = await open(`/article/${ARTICLE}`);
    await waitForSidebarReady(again, 30_000, session.browser);
  });

  it('turns Crosscheck off everywhere, removing it from open pages, and back on', async () => {
    const tab = await open(`/article/${ARTICLE}`);
    await waitForSidebarReady(tab, 30_000, session.browser);
    const popup = await popupFor(tab);
    await (await popup.page.waitForSelector('[data-testid="cc-global-off"]', { timeout: 10_000 }))!.click();
    await expect.poll(() => sidebarPresent(tab), { timeout: 5_000 }).toBe(false);
    await popup.page.waitForSelector('[data-testid="cc-toggle"][disabled]', { timeout: 5_000 });
    if (!popup.page.isClosed()) await popup.page.close();

    const other = await open('/strict/003_fd44271081f84fdb');
    expect((await waitForVerdict(session.browser, other)).state).toBe('disabled');
    expect(await sidebarPresent(other)).toBe(false);
    const otherPopup = await popupFor(other);
    await (await otherPopup.page.waitForSelector('[data-testid="cc-global-off"][aria-checked="true"]', { timeout: 10_000 }))!.click();
    await otherPopup.page.waitForSelector('[data-testid="cc-global-off"][aria-checked="false"]', { timeout: 5_000 });

    const again = await open('/strict/003_fd44271081f84fdb');
    await waitForSidebarReady(again, 30_000, session.browser);
  });
});
