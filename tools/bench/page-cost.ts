/**
 * What the extension costs a page it has nothing to do with, in the real browser: Debian Chromium loads the
 * same real pages (../shared/pages, served from 127.0.0.1) with and without the built extension, in
 * alternating rounds, and the main thread's script time and the page's JS heap are compared. The content
 * script runs in the page's renderer, so both figures include it.
 * Run directly (`tsx tools/bench/page-cost.ts [build dir]`) it prints the figures for one build.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { UNRELATED_DIR, startNewsSite } from '../news-site';
import { median } from './stats';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
/** Real pages none of which is about the story: a news story, blogs, an encyclopedia article. */
const PAGES = ['bbc-1', 'quanta-1', 'wikipedia-2', 'dropbox-blog', 'gitlab-blog'];
/** After load, long enough for a document_idle content script and its storage read to have run. */
const SETTLE_MS = 1500;

/** Medians over the page loads, with the extension and without. */
export interface PageCost {
  loads: number;
  scriptMsWith: number;
  scriptMsWithout: number;
  heapMbWith: number;
  heapMbWithout: number;
  skipped: string | null;
}

async function launch(extension: string | null): Promise<{ browser: Browser; done: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'cc-pagecost-'));
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, pipe: true, enableExtensions: true, userDataDir: profile, args: ARGS });
  // Give the service worker its start, so it is not counted against the first page.
  if (extension) await browser.installExtension(extension).then(() => new Promise((r) => setTimeout(r, SETTLE_MS)));
  return { browser, done: async () => { await browser.close().catch(() => undefined); rmSync(profile, { recursive: true, force: true }); } };
}

async function loadAll(browser: Browser, site: string): Promise<Array<[number, number]>> {
  const out: Array<[number, number]> = [];
  for (const name of PAGES) {
    const page = await browser.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await page.goto(`${site}/unrelated/${name}`, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (n: string) => metrics.find((m) => m.name === n)?.value ?? 0;
    out.push([get('ScriptDuration') * 1000, get('JSHeapUsedSize') / 1e6]);
    await page.close();
  }
  return out;
}

/** Loads the real pages `rounds` times each way, alternating, and returns the medians. */
export async function measurePageCost(extensionDir: string, rounds = 3): Promise<PageCost> {
  const none = { loads: 0, scriptMsWith: NaN, scriptMsWithout: NaN, heapMbWith: NaN, heapMbWithout: NaN };
  if (!existsSync(CHROMIUM)) return { ...none, skipped: `no browser at ${CHROMIUM}` };
  if (!existsSync(UNRELATED_DIR)) return { ...none, skipped: `no real pages at ${UNRELATED_DIR}` };
  if (!existsSync(join(extensionDir, 'manifest.json'))) return { ...none, skipped: `no build at ${extensionDir} (run npm run build)` };
  const site = await startNewsSite();
  const runs = { with: [] as Array<[number, number]>, without: [] as Array<[number, number]> };
  try {
    for (let i = 0; i < rounds; i++) {
      for (const withExtension of [false, true]) {
        const { browser, done } = await launch(withExtension ? extensionDir : null);
        try {
          runs[withExtension ? 'with' : 'without'].push(...(await loadAll(browser, site.url)));
        } finally {
          await done();
        }
      }
    }
  } finally {
    await site.close();
  }
  const med = (xs: Array<[number, number]>, k: 0 | 1) => median(xs.map((x) => x[k]));
  return {
    loads: runs.with.length,
    scriptMsWith: med(runs.with, 0),
    scriptMsWithout: med(runs.without, 0),
    heapMbWith: med(runs.with, 1),
    heapMbWithout: med(runs.without, 1),
    skipped: null,
  };
}

/** One line for the bench's report. */
export function pageCostLine(c: PageCost): string {
  if (c.skipped) return `extension on unrelated pages (Chromium): not measured: ${c.skipped}`;
  return (
    `extension on unrelated pages (Chromium, ${c.loads} loads of ${PAGES.length} real pages each way, medians): ` +
    `script time ${c.scriptMsWith.toFixed(1)} ms with vs ${c.scriptMsWithout.toFixed(1)} ms without (+${(c.scriptMsWith - c.scriptMsWithout).toFixed(1)} ms), ` +
    `JS heap ${c.heapMbWith.toFixed(2)} MB vs ${c.heapMbWithout.toFixed(2)} MB (+${(c.heapMbWith - c.heapMbWithout).toFixed(2)} MB)`
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const dir = resolve(process.argv[2] ?? join(import.meta.dirname, '../../.output/chrome-mv3'));
  console.log(pageCostLine(await measurePageCost(dir)));
}
