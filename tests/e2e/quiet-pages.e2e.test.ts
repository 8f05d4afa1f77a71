/**
 * Pages Crosscheck must leave alone: real unrelated pages (some saying "pause" in other senses, some about
 * AI), a hostile page, a huge page and an empty one. No sidebar, no markers, no errors from the extension,
 * and the page keeps working.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UNRELATED_DIR } from '../../tools/news-site';
import { BROWSER_NAMES, type Tab } from './browsers';
import { formatErrors } from './console-log';
import { HOST, MARKER, badgeText, waitForVerdict } from './crosscheck';
import { useExtensionSession } from './session';

/** Real pages from Mozilla Readability's test suite: a BBC story; "pause" in other senses; AI in other senses. */
const UNRELATED = ['bbc-1', 'dropbox-blog', 'quanta-1', 'wikipedia-2', 'gitlab-blog'];
const HAVE_PAGES = existsSync(UNRELATED_DIR);

describe.each(BROWSER_NAMES)('pages Crosscheck leaves alone, in %s', (name) => {
  const session = useExtensionSession(name);

  /** Asserts the extension decided against the page and left no trace in it. */
  async function expectUntouched(tab: Tab): Promise<void> {
    const status = await waitForVerdict(session.browser, tab);
    expect(status.state, JSON.stringify(status)).toBe('not-article');
    expect(await tab.page.$(HOST), 'no sidebar host element').toBeNull();
    expect(await tab.page.$$(MARKER)).toHaveLength(0);
    expect(await badgeText(session.browser, tab)).toBe('');
  }

  it.skipIf(!HAVE_PAGES).each(UNRELATED)('real page %s: no sidebar, no errors from the extension', async (page) => {
    const tab = await session.open(`/unrelated/${page}`);
    await expectUntouched(tab);
  });

  it('hostile page: its markup-like text stays text, its own script still works, no sidebar', async () => {
    const tab = await session.open('/hostile');
    await expectUntouched(tab);
    const state = await tab.page.evaluate(() => ({
      ready: (window as unknown as { __hostileReady?: boolean }).__hostileReady,
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      images: document.querySelectorAll('img, svg').length,
      scripts: document.scripts.length,
    }));
    expect(state).toEqual({ ready: true, pwned: undefined, images: 0, scripts: 1 });
    await tab.page.click('#counter');
    await tab.page.click('#counter');
    expect(await tab.page.$eval('#counter', (e) => e.textContent)).toBe('2');
    // The page's own errors are expected; anything else is not.
    const others = tab.errors.filter((e) => !/hostile page/.test(e.text));
    expect(others, formatErrors(tab.errors)).toEqual([]);
  });

  it('huge page: decided quickly, stays responsive, no sidebar, no errors', async () => {
    const started = Date.now();
    const tab = await session.open('/huge');
    const loaded = Date.now() - started;
    await expectUntouched(tab);
    const decided = Date.now() - started;
    const t0 = Date.now();
    const paragraphs = await tab.page.evaluate(() => document.querySelectorAll('p').length);
    const roundTrip = Date.now() - t0;
    console.log(`${name} /huge: load ${loaded} ms, verdict ${decided} ms, evaluate round trip ${roundTrip} ms`);
    expect(paragraphs).toBeGreaterThanOrEqual(50_000);
    expect(roundTrip, 'page responsive after the extension ran').toBeLessThan(1_000);
    expect(tab.errors, formatErrors(tab.errors)).toEqual([]);
  });

  it('empty page: no sidebar, no errors', async () => {
    const tab = await session.open('/empty');
    await expectUntouched(tab);
    expect(tab.errors, formatErrors(tab.errors)).toEqual([]);
  });
});
