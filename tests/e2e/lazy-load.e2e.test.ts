/**
 * The full Crosscheck (Readability, the sidebar) loads only where it has work. Every page runs the small gate
 * script; an article page gets the full script injected, an unrelated page does not, unless the reader opens
 * the sidebar there through the popup, which loads it and shows why the page was let go.
 */
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES, type Tab } from './browsers';
import { inSidebar, sidebarPresent, tabStatus, waitForSidebarReady, waitForVerdict } from './crosscheck';
import type { ExtGlobal } from './ext-api';
import { useExtensionSession } from './session';

const ARTICLE = '004_e37f3927a0aafb37';

describe.each(BROWSER_NAMES)('the full content script only where needed, in %s', (name) => {
  const session = useExtensionSession(name);
  let serial = 0;
  const open = (path: string): Promise<Tab> => session.open(`${path}?n=${++serial}`);
  const toggleLabel = (popup: Tab) => popup.page.$eval('[data-testid="cc-toggle"]', (e) => e.getAttribute('aria-pressed'));

  it('on an unrelated page the popup still opens the sidebar, which says no article was found, and closes it', async () => {
    const tab = await open('/unrelated/bbc-1');
    expect((await waitForVerdict(session.browser, tab)).state).toBe('not-article');
    expect(await sidebarPresent(tab)).toBe(false);

    const popup = await session.openPopup(tab);
    const toggle = await popup.page.waitForSelector('[data-testid="cc-toggle"]:not([disabled])', { timeout: 10_000 });
    expect(await toggleLabel(popup)).toBe('false');
    await toggle!.click();
    // Polled: waiting on a selector does not see changes inside the sidebar's shadow root.
    await expect.poll(async () => (await tab.page.$(inSidebar('cc-not-article'))) !== null, { timeout: 10_000 }).toBe(true);
    await expect.poll(() => toggleLabel(popup), { timeout: 5_000 }).toBe('true');
    const shown = await tabStatus(session.browser, tab);
    expect(shown?.state).toBe('not-article');
    expect(shown?.sidebarOpen).toBe(true);

    // The full script answers the popup from now on: the same toggle closes the sidebar.
    await toggle!.click();
    await expect.poll(() => sidebarPresent(tab), { timeout: 5_000 }).toBe(false);
    await expect.poll(() => toggleLabel(popup), { timeout: 5_000 }).toBe('false');
  });

  it('answers the popup all through the hand-over from the gate script to the full one', async () => {
    const tab = await open('/unrelated/bbc-1');
    expect((await waitForVerdict(session.browser, tab)).state).toBe('not-article');
    const tabId = await session.browser.tabId(tab);
    // The sidebar is asked for while the page is asked its status as fast as the browser answers: the gate
    // script hands the page to the full one, which the background injects meanwhile, and no question may
    // go unanswered in between (the popup would say Crosscheck is not running on the page).
    const run = await session.browser.inExtension(async (id: number) => {
      const g = globalThis as unknown as ExtGlobal;
      const api = (g.browser ?? g.chrome)!;
      const ask = (type: string) => api.tabs.sendMessage(id, { cc: 1, type, data: {} });
      let answered = 0;
      const unanswered: string[] = [];
      const toggled = ask('toggleSidebar').catch((err: unknown) => `failed: ${String(err)}`);
      const end = Date.now() + 1_500;
      while (Date.now() < end) {
        try {
          await ask('getStatus');
          answered++;
        } catch (err) {
          unanswered.push(String(err));
        }
      }
      return { toggled: await toggled, answered, unanswered };
    }, tabId);
    expect(run.toggled).toEqual({ open: true });
    expect(run.unanswered).toEqual([]);
    expect(run.answered).toBeGreaterThan(10);
    await expect.poll(async () => (await tab.page.$(inSidebar('cc-not-article'))) !== null, { timeout: 10_000 }).toBe(true);
  });
});

// Chromium's debugger lists the scripts a page parsed, the extension's isolated world included; Firefox's
// WebDriver BiDi has no such event, and the toggle test above covers the loading path there.
describe('which scripts a page parses, in chromium', () => {
  const session = useExtensionSession('chromium');
  let serial = 0;

  it('an unrelated page parses only the gate script; an article page parses the full one too', async () => {
    const parsed = async (path: string, ready: (tab: Tab) => Promise<unknown>): Promise<string[]> => {
      const page = await session.browser.browser.newPage();
      try {
        const cdp = await page.createCDPSession();
        const urls: string[] = [];
        cdp.on('Debugger.scriptParsed', (e) => {
          if (e.url.startsWith(session.browser.origin)) urls.push(e.url.slice(session.browser.origin.length));
        });
        await cdp.send('Debugger.enable');
        await page.goto(`${session.site.url}${path}?n=${++serial}`, { waitUntil: 'load' });
        await ready({ page, errors: [] });
        return [...new Set(urls)].sort();
      } finally {
        await page.close();
      }
    };
    const unrelated = await parsed('/unrelated/quanta-1', (tab) => waitForVerdict(session.browser, tab));
    expect(unrelated).toEqual(['/content-scripts/gate.js']);
    const article = await parsed(`/article/${ARTICLE}`, (tab) => waitForSidebarReady(tab, 30_000, session.browser));
    expect(article).toEqual(['/content-scripts/content.js', '/content-scripts/gate.js']);
  });
});
