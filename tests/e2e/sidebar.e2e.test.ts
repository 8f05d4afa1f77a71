/**
 * A seed article served as a news page, in real Chromium and Firefox ESR with the built extension: the
 * sidebar appears with what other outlets add and where they diverge, items lead to the page's paragraphs,
 * markers lead back to the items, the badge counts divergences, and a strict page CSP changes none of it.
 */
import { describe, expect, it } from 'vitest';
import { BROWSER_NAMES, type Tab } from './browsers';
import { formatErrors } from './console-log';
import {
  HIGHLIGHT, MARKER, badgeText, inSidebar, norm, sidebarPresent, sidebarTexts, tabStatus, textOf,
  waitForSidebarReady,
} from './crosscheck';
import { useExtensionSession } from './session';

/** Omega editorial team's article: it never mentions the 2023 Future of Life Institute letter. */
const WITHOUT_LETTER = '002_5914b76d8027bf93';
/** Antigua News Room's article: it carries the 2023 letter, and quotes "a bad actor could use the auspices". */
const WITH_LETTER = '003_fd44271081f84fdb';

describe.each(BROWSER_NAMES)('Crosscheck on a seed article in %s', (name) => {
  const session = useExtensionSession(name);
  let serial = 0;

  async function article(id: string, route = 'article'): Promise<Tab> {
    // A query string the site ignores keeps every tab's address unique, so tab ids resolve unambiguously.
    const tab = await session.open(`/${route}/${id}?n=${++serial}`);
    await waitForSidebarReady(tab, 30_000, session.browser);
    return tab;
  }

  it('shows the sidebar with its header and the passages other outlets add', async () => {
    const tab = await article(WITHOUT_LETTER);
    expect(await sidebarTexts(tab, 'cc-header')).toHaveLength(1);
    expect((await sidebarTexts(tab, 'cc-self')).join(' ')).toContain('Omega editorial team');
    expect(await sidebarTexts(tab, 'cc-outlets-count')).toEqual([String(session.site.docs.length - 1)]);
    expect(await tab.page.$(inSidebar('cc-additions'))).not.toBeNull();
    expect(await tab.page.$(inSidebar('cc-divergences'))).not.toBeNull();

    const additions = await tab.page.$$(inSidebar('cc-addition'));
    const letter = [];
    for (const el of additions) if (/Future of Life Institute/.test(await textOf(el))) letter.push(el);
    expect(letter.length, 'an addition about the 2023 FLI letter').toBeGreaterThanOrEqual(1);
    const outlets = await letter[0]!.$$eval('[data-testid="cc-outlet"]', (els) => els.map((e) => e.textContent?.trim()));
    expect(outlets.some((o) => o === 'Antigua News Room' || o === 'Unnamed outlet 3'), outlets.join(', ')).toBe(true);
    expect(outlets).not.toContain('Omega editorial team');

    expect(tab.errors, formatErrors(tab.errors)).toEqual([]);
  });

  it('lists divergences, and on the page that has the letter does not offer it as an addition', async () => {
    const own = await article(WITHOUT_LETTER);
    expect((await own.page.$$(inSidebar('cc-divergence'))).length, 'divergences on 002').toBeGreaterThanOrEqual(1);

    const tab = await article(WITH_LETTER);
    expect((await sidebarTexts(tab, 'cc-self')).join(' ')).toContain('Antigua News Room');
    const additions = await sidebarTexts(tab, 'cc-addition');
    expect(additions.filter((t) => /Future of Life Institute/.test(t))).toEqual([]);

    // "could use the auspices" here, "could not use the auspices" in Unnamed outlet 3's article.
    const auspices = [];
    for (const el of await tab.page.$$(inSidebar('cc-divergence'))) {
      const page = await el.$eval('[data-testid="cc-page-text"]', (e) => e.textContent ?? '');
      const other = await el.$eval('[data-testid="cc-other-outlet"]', (e) => e.textContent?.trim());
      if (/auspices/.test(page) && other === 'Unnamed outlet 3') auspices.push(await el.evaluate((e) => e.getAttribute('data-kind')));
    }
    expect(auspices.length, 'a divergence over the auspices quote').toBeGreaterThanOrEqual(1);
    expect(['quote', 'negation']).toContain(auspices[0]);
  });

  it('"Show on page" on a divergence scrolls to and highlights its paragraph', async () => {
    const tab = await article(WITHOUT_LETTER);
    const item = await tab.page.waitForSelector(inSidebar('cc-divergence'), { timeout: 5_000 });
    const pageText = norm(await item!.$eval('[data-testid="cc-page-text"]', (e) => e.textContent ?? ''));
    expect(await tab.page.$(HIGHLIGHT)).toBeNull();

    const show = await item!.$('[data-testid="cc-show"]');
    await show!.click();
    const lit = await tab.page.waitForSelector(HIGHLIGHT, { timeout: 2_000 });
    const litText = norm(await textOf(lit!));
    expect(litText.slice(0, 60)).toBe(pageText.slice(0, 60));
    const inView = await lit!.isIntersectingViewport();
    expect(inView, 'highlighted paragraph scrolled into view').toBe(true);
  });

  it('marks matched paragraphs; a marker reopens the closed sidebar at its items', async () => {
    const tab = await article(WITHOUT_LETTER);
    const markers = await tab.page.$$(MARKER);
    expect(markers.length).toBeGreaterThanOrEqual(1);
    const parents = await tab.page.$$eval(MARKER, (els) => els.map((e) => e.parentElement?.closest('.story-body') !== null));
    expect(parents.every(Boolean), 'markers sit in the article body').toBe(true);

    await (await tab.page.$(inSidebar('cc-close')))!.click();
    await expect.poll(() => sidebarPresent(tab), { timeout: 5_000 }).toBe(false);
    expect((await tabStatus(session.browser, tab))?.sidebarOpen).toBe(false);

    await markers[0]!.click();
    await waitForSidebarReady(tab, 5_000, session.browser);
    expect(await tab.page.$(inSidebar('cc-focus'))).not.toBeNull();
  });

  it('Escape clears the filter, then closes the panel; the page never sees the keys', async () => {
    const tab = await article(WITHOUT_LETTER);
    await tab.page.evaluate(() => {
      const w = window as unknown as { pageKeys: string[] };
      w.pageKeys = [];
      document.addEventListener('keydown', (e) => w.pageKeys.push(e.key));
    });
    await (await tab.page.$(inSidebar('cc-filter')))!.click();
    await tab.page.keyboard.type('xy');
    await tab.page.keyboard.press('Escape');
    expect(await tab.page.$eval(inSidebar('cc-filter'), (e) => (e as HTMLInputElement).value)).toBe('');
    expect(await sidebarPresent(tab)).toBe(true);
    await tab.page.keyboard.press('Escape');
    await expect.poll(() => sidebarPresent(tab), { timeout: 5_000 }).toBe(false);
    expect(await tab.page.evaluate(() => (window as unknown as { pageKeys: string[] }).pageKeys)).toEqual([]);
  });

  it('sets the toolbar badge to the number of divergences', async () => {
    const tab = await article(WITHOUT_LETTER);
    const shown = (await tab.page.$$(inSidebar('cc-divergence'))).length;
    const status = await tabStatus(session.browser, tab);
    expect(status?.divergences).toBe(shown);
    expect(await badgeText(session.browser, tab)).toBe(shown > 0 ? String(shown) : '');
  });

  it('under a strict page CSP still shows a styled sidebar', async () => {
    const tab = await article(WITHOUT_LETTER, 'strict');
    // The CSP is in force: a <style> the page itself adds is ignored.
    const inlineStyleApplies = await tab.page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 7px solid red; }';
      document.head.append(style);
      const applied = getComputedStyle(document.body).outlineWidth === '7px';
      style.remove();
      return applied;
    });
    expect(inlineStyleApplies, 'page CSP blocks inline styles').toBe(false);
    const style = await tab.page.$eval(inSidebar('cc-sidebar'), (el) => {
      const cs = getComputedStyle(el);
      const header = el.querySelector('[data-testid="cc-header"]');
      return {
        position: cs.position,
        width: cs.width,
        display: cs.display,
        boxShadow: cs.boxShadow,
        headerBorder: header ? getComputedStyle(header).borderBottomWidth : null,
      };
    });
    expect(style).toMatchObject({ position: 'fixed', width: '380px', display: 'flex', headerBorder: '1px' });
    expect(style.boxShadow).not.toBe('none');
    expect((await tab.page.$$(inSidebar('cc-addition'))).length).toBeGreaterThanOrEqual(1);
  });

  it('on a hostile page (built-ins overridden, aggressive CSS) still shows a working, styled sidebar', async () => {
    const tab = await article(WITHOUT_LETTER, 'hostile');
    const hostile = await tab.page.evaluate(() => ({
      scriptRan: (window as unknown as { __hostileReady?: boolean }).__hostileReady,
      attachShadowBroken: String(Element.prototype.attachShadow).includes('hostile'),
      pageCss: getComputedStyle(document.querySelector('.story-body p')!).width,
    }));
    expect(hostile).toEqual({ scriptRan: true, attachShadowBroken: true, pageCss: '90px' });
    const look = await tab.page.$eval(inSidebar('cc-sidebar'), (el) => {
      const passage = el.querySelector('.cc-passage');
      return {
        position: getComputedStyle(el).position,
        width: getComputedStyle(el).width,
        passageFont: passage ? getComputedStyle(passage).fontSize : null,
      };
    });
    expect(look).toEqual({ position: 'fixed', width: '380px', passageFont: '13px' });
    const additions = await sidebarTexts(tab, 'cc-addition');
    expect(additions.some((t) => /Future of Life Institute/.test(t))).toBe(true);

    await (await tab.page.$(inSidebar('cc-divergence', ' [data-testid="cc-show"]')))!.click();
    await tab.page.waitForSelector(HIGHLIGHT, { timeout: 2_000 });
    await tab.page.click('#counter');
    expect(await tab.page.$eval('#counter', (e) => e.textContent)).toBe('1');
    // The page's own errors are expected; anything else is not.
    const others = tab.errors.filter((e) => !/hostile page/.test(e.text));
    expect(others, formatErrors(tab.errors)).toEqual([]);
  });
});
