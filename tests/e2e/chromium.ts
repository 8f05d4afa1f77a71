/**
 * Debian Chromium (CDP) with the extension: installed through puppeteer, tests' extension calls made in an
 * extension page, the service worker watched for errors, and the real toolbar popup opened headless.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Page, type Target } from 'puppeteer-core';
import type { ExtensionBrowser, LaunchOptions } from './browsers';
import { watchErrors, type LoggedError } from './console-log';
import type { ExtGlobal } from './ext-api';
import { openExtensionPage, openTracked, tabIdIn } from './tabs';

const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--window-size=1400,1000',
  // Real pages from ../shared reference assets on the internet: fail those lookups at once, not by timeout.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

const isWorkerOf = (origin: string) => (t: Target) => t.type() === 'service_worker' && t.url().startsWith(origin);

/** Launches Chromium with the unpacked extension in `dir`. */
export async function launchChromium(dir: string, opts: LaunchOptions): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'cc-chromium-'));
  const watchWorker = !opts.sleepyBackground;
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: opts.headless ?? true,
    pipe: true,
    enableExtensions: true,
    userDataDir: profile,
    args: ARGS,
    defaultViewport: null,
    // Attached to by DevTools, a service worker never sleeps, and one stopped cannot start again (it waits
    // for the debugger): a test of the worker's sleep must leave it alone.
    ...(watchWorker ? {} : { targetFilter: (t: Target) => t.type() !== 'service_worker' }),
  });
  const cleanup = async () => {
    await browser.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const id = await browser.installExtension(dir);
    const origin = `chrome-extension://${id}`;
    const workerErrors: LoggedError[] = [];
    if (watchWorker) {
      const worker = await (await browser.waitForTarget(isWorkerOf(origin), { timeout: 20_000 })).worker();
      worker!.on('console', (m) => {
        if (m.type() === 'error') workerErrors.push({ kind: 'console', text: m.text(), url: m.location().url ?? '' });
      });
      worker!.on('error', (e) => workerErrors.push({ kind: 'pageerror', text: String(e.message), url: String(e.stack ?? '') }));
    }
    // Opened before any test page, so that each test page is the active tab when it opens.
    const helper = await openExtensionPage(browser, `${origin}/popup.html?tab=-1`);
    const self: ExtensionBrowser = {
      name: 'chromium',
      browser,
      origin,
      backgroundErrors: async () => [...workerErrors],
      open: (url, o) => openTracked(browser, url, o?.waitUntil ?? 'load'),
      async openPopup(tab) {
        // openPopup acts on the focused window's active tab: make it the test's tab first.
        await tab.page.bringToFront();
        await helper.page.evaluate(() => (globalThis as unknown as ExtGlobal).chrome!.action.openPopup());
        const target = await browser.waitForTarget(
          (t) => t.type() === 'page' && t.url() === `${origin}/popup.html`,
          { timeout: 10_000 },
        );
        const page = (await target.asPage()) as Page;
        const errors = watchErrors(page);
        await page.waitForFunction(() => document.readyState === 'complete', { timeout: 10_000 });
        return { page, errors };
      },
      inExtension: (fn, ...args) => helper.page.evaluate(fn as never, ...(args as unknown as never[])) as never,
      tabId: (tab) => tabIdIn(helper.page, tab.page.url()),
      stopBackground: watchWorker
        ? undefined
        : async () => {
            const cdp = await helper.page.createCDPSession();
            const stopped = new Promise<void>((done) => {
              cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
                if (e.versions.every((v) => v.runningStatus === 'stopped')) done();
              });
            });
            await cdp.send('ServiceWorker.enable');
            await cdp.send('ServiceWorker.stopAllWorkers');
            await stopped;
            await cdp.detach();
          },
      close: cleanup,
    };
    return self;
  } catch (err) {
    await cleanup();
    throw err;
  }
}
