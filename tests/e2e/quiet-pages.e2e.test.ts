/**
 * Pages Crosscheck must leave alone: real unrelated pages (some saying "pause" in other senses, some about
 * AI), a hostile page, a huge page and an empty one. No sidebar, no markers, no errors from the extension,
 * and the page keeps working.
 */
import { existsSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UNRELATED_DIR, startNewsSite, type NewsSite } from '../../tools/news-site';
import { BROWSER_NAMES, hasBuild, launchWithExtension, type ExtensionBrowser, type Tab } from './browsers';
import { formatErrors, isFromExtension } from './console-log';
import { HOST, MARKER, badgeText, waitForVerdict } from './crosscheck';

/** Real pages from Mozilla Readability's test suite: a BBC story; "pause" in other senses; AI in other senses. */
const UNRELATED = ['bbc-1', 'dropbox-blog', 'quanta-1', 'wikipedia-2', 'gitlab-blog'];
const HAVE_PAGES = existsSync(UNRELATED_DIR);

describe.each(BROWSER_NAMES)('pages Crosscheck leaves alone, in %s', (name) => {
  let site: NewsSite;
  let b: ExtensionBrowser;
  const opened: Tab[] = [];

  async function open(path: string): Promise<Tab> {
    const tab = await b.open(`${site.url}${path}`);
    opened.push(tab);
    return tab;
  }

  /** Asserts the extension decided against the page and left no trace in it. */
  async function expectUntouched(tab: Tab): Promise<void> {
    const status = await waitForVerdict(b, tab);
    expect(status.state, JSON.stringify(status)).toBe('not-article');
    expect(await tab.page.$(HOST), 'no sidebar host element').toBeNull();
    expect(await tab.page.$$(MARKER)).toHaveLength(0);
    expect(await badgeText(b, tab)).toBe('');
  }

  beforeAll(async () => {
    if (!hasBuild(name)) throw new Error(`no ${name} build: run \`npm run build\` first`);
    site = await startNewsSite();
    b = await launchWithExtension(name);
  });
  afterEach(async () => {
    const errors = opened.flatMap((tab) => tab.errors).filter(isFromExtension);
    // A real Chromium popup may have closed itself already.
    for (const tab of opened.splice(0)) await tab.page.close().catch(() => undefined);
    expect(errors, formatErrors(errors)).toEqual([]);
    const background = await b.backgroundErrors();
    expect(background, formatErrors(background)).toEqual([]);
  });
  afterAll(async () => {
    await b?.close();
    await site?.close();
  });

  it.skipIf(!HAVE_PAGES).each(UNRELATED)('real page %s: no sidebar, no errors from the extension', async (page) => {
    const tab = await open(`/unrelated/${page}`);
    await expectUntouched(tab);
  });

  it('hostile page: its markup-like text stays text, its own script still works, no sidebar', async () => {
    const tab = await open('/hostile');
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
    const tab = await open('/huge');
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
    const tab = await open('/empty');
    await expectUntouched(tab);
    expect(tab.errors, formatErrors(tab.errors)).toEqual([]);
  });
});
