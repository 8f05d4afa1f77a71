/**
 * Real browsers with the built extension installed, behind one interface so every e2e test body runs in
 * Chromium (CDP) and Firefox ESR (WebDriver BiDi) alike. Flags and quirks: /work/shared/HARNESS.md.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import { watchErrors, type LoggedError } from './console-log';
import type { ExtGlobal } from './ext-api';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSER_NAMES: BrowserName[] = ['chromium', 'firefox'];

const ROOT = resolve(import.meta.dirname, '../..');
/** The built extensions `npm run build` writes. */
export const BUILDS: Record<BrowserName, string> = {
  chromium: join(ROOT, '.output/chrome-mv3'),
  firefox: join(ROOT, '.output/firefox-mv3'),
};
const EXECUTABLES: Record<BrowserName, string> = { chromium: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' };

/** The gecko id from wxt.config.ts, and the uuid we pin it to so moz-extension:// addresses are known. */
const GECKO_ID = 'crosscheck@crosscheck.invalid';
const FIREFOX_UUID = '5c7e0b8a-3f0d-4d6b-9a51-c0ffeec0ffee';

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--window-size=1400,1000',
  // Real pages from ../shared reference assets on the internet: fail those lookups at once, not by timeout.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

const FIREFOX_PREFS: Record<string, unknown> = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
  // Same reason as the Chromium resolver rule: anything but 127.0.0.1 goes to a closed local port.
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '127.0.0.1, localhost',
  // Headless Firefox cannot click a permission doorhanger: grant optional permission requests (the report address).
  'extensions.webextOptionalPermissionPrompts': false,
};

/** A page opened by the harness, with every error it logged. */
export interface Tab {
  page: Page;
  errors: LoggedError[];
}

/** A browser with Crosscheck installed. */
export interface ExtensionBrowser {
  name: BrowserName;
  browser: Browser;
  /** chrome-extension://<id> or moz-extension://<uuid>, no trailing slash. */
  origin: string;
  /** Opens `url` in a new tab and waits for its load event. */
  open(url: string, opts?: { waitUntil?: 'load' | 'domcontentloaded' }): Promise<Tab>;
  /** The popup for `tab`: the real toolbar popup in Chromium, popup.html?tab=<id> as a tab in Firefox. */
  openPopup(tab: Tab): Promise<Tab>;
  /** Runs `fn` where the extension APIs are (`browser` in Firefox, `chrome` in Chromium). */
  inExtension<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** The browser's id for the tab showing `tab`'s page. */
  tabId(tab: Tab): Promise<number>;
  /**
   * Errors the background logged or threw so far (Chromium: the service worker's console and exceptions;
   * Firefox: the event page's, from the time the harness first watched it).
   */
  backgroundErrors(): Promise<LoggedError[]>;
  close(): Promise<void>;
}

/** Whether the build for `name` exists (the e2e suites need `npm run build` first). */
export function hasBuild(name: BrowserName): boolean {
  return existsSync(join(BUILDS[name], 'manifest.json'));
}

/** Launches `name` headless (or headed, for the demo) with the built extension (or `extensionDir`) installed. */
export async function launchWithExtension(
  name: BrowserName,
  opts: { headless?: boolean; extensionDir?: string } = {},
): Promise<ExtensionBrowser> {
  // Install a snapshot: a build started elsewhere (another `npm test`) must not rewrite files under a running browser.
  const dir = mkdtempSync(join(tmpdir(), `cc-ext-${name}-`));
  cpSync(opts.extensionDir ?? BUILDS[name], dir, { recursive: true });
  const headless = opts.headless ?? true;
  try {
    const b = await (name === 'chromium' ? launchChromium(dir, headless) : launchFirefox(dir, headless));
    const close = b.close;
    b.close = async () => {
      await close();
      rmSync(dir, { recursive: true, force: true });
    };
    return b;
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

async function openTracked(browser: Browser, url: string, waitUntil: 'load' | 'domcontentloaded'): Promise<Tab> {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.setViewport({ width: 1400, height: 1000 });
  try {
    await page.goto(url, { waitUntil, timeout: 60_000 });
  } catch (err) {
    // Firefox (BiDi) fails the whole navigation when one of the page's iframes lands on an error page, as
    // the real pages' ad frames do offline; the page itself has loaded all the same.
    const loaded = await page
      .waitForFunction((u: string) => location.href === u && document.readyState === 'complete', { timeout: 30_000 }, url)
      .then(() => true, () => false);
    if (!loaded) throw err;
  }
  return { page, errors };
}

async function launchChromium(dir: string, headless: boolean): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'cc-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: EXECUTABLES.chromium,
    headless,
    pipe: true,
    enableExtensions: true,
    userDataDir: profile,
    args: CHROMIUM_ARGS,
    defaultViewport: null,
  });
  try {
    const id = await browser.installExtension(dir);
    const origin = `chrome-extension://${id}`;
    const workerTarget = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith(origin),
      { timeout: 20_000 },
    );
    const worker = (await workerTarget.worker()) as WebWorker;
    const extensionErrors: LoggedError[] = [];
    worker.on('console', (m) => {
      if (m.type() === 'error') extensionErrors.push({ kind: 'console', text: m.text(), url: m.location().url ?? '' });
    });
    worker.on('error', (e) => extensionErrors.push({ kind: 'pageerror', text: String(e.message), url: String(e.stack ?? '') }));
    const self: ExtensionBrowser = {
      name: 'chromium',
      browser,
      origin,
      backgroundErrors: async () => [...extensionErrors],
      open: (url, o) => openTracked(browser, url, o?.waitUntil ?? 'load'),
      async openPopup(tab) {
        // openPopup acts on the focused window's active tab: make it the test's tab first.
        await tab.page.bringToFront();
        await worker.evaluate(() => (globalThis as unknown as ExtGlobal).chrome!.action.openPopup());
        const target = await browser.waitForTarget((t) => t.url().startsWith(`${origin}/popup.html`), { timeout: 10_000 });
        const page = (await target.asPage()) as Page;
        const errors = watchErrors(page);
        await page.waitForFunction(() => document.readyState === 'complete', { timeout: 10_000 });
        return { page, errors };
      },
      inExtension: (fn, ...args) => worker.evaluate(fn as never, ...(args as unknown as never[])) as never,
      tabId: (tab) => findTabId(self, tab),
      async close() {
        await browser.close().catch(() => undefined);
        rmSync(profile, { recursive: true, force: true });
      },
    };
    return self;
  } catch (err) {
    await browser.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    throw err;
  }
}

async function findTabId(b: ExtensionBrowser, tab: Tab): Promise<number> {
  return b.inExtension(async (u: string) => {
    const g = globalThis as unknown as ExtGlobal;
    // Match patterns cannot carry a port in Firefox: query every tab and compare addresses here.
    const tabs = (await (g.browser ?? g.chrome)!.tabs.query({})).filter((t) => t.url === u);
    if (tabs.length !== 1) throw new Error(`expected one tab at ${u}, found ${tabs.length}`);
    return tabs[0]!.id!;
  }, tab.page.url());
}

/** Firefox does not fire load for moz-extension:// pages: navigate without waiting, then poll. */
async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url, { timeout: 0 }).catch(() => undefined);
  await page.waitForFunction(
    (u: string) => location.href === u && document.readyState === 'complete',
    { timeout: 15_000, polling: 50 },
    url,
  );
}

/**
 * Runs in the Firefox helper page: hooks the background page's errors, console.error included, into a list
 * kept in the helper (the event page may be unloaded and restarted, so it is hooked again on every call),
 * and returns the errors seen so far.
 */
async function watchBackgroundPage(): Promise<LoggedError[]> {
  type BgWindow = Window & { __ccWatched?: boolean; console: Console };
  const w = window as unknown as { __ccBgErrors?: LoggedError[] };
  const errors = (w.__ccBgErrors ??= []);
  const api = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<BgWindow | null> } } }).browser;
  const bg = await api.runtime.getBackgroundPage();
  if (bg && !bg.__ccWatched) {
    bg.__ccWatched = true;
    bg.addEventListener('error', (e) => errors.push({ kind: 'pageerror', text: String(e.message), url: `${e.filename}:${e.lineno}` }));
    bg.addEventListener('unhandledrejection', (e) =>
      errors.push({ kind: 'pageerror', text: `unhandled rejection: ${String(e.reason)}`, url: String(e.reason?.stack ?? '') }),
    );
    const original = bg.console.error.bind(bg.console);
    bg.console.error = (...args: unknown[]) => {
      errors.push({ kind: 'console', text: args.map(String).join(' '), url: 'background' });
      original(...args);
    };
  }
  return [...errors];
}

async function launchFirefox(dir: string, headless: boolean): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: EXECUTABLES.firefox,
    headless,
    args: ['--remote-allow-system-access', '--width=1400', '--height=1000'],
    extraPrefsFirefox: FIREFOX_PREFS,
    defaultViewport: null,
  });
  try {
    await browser.installExtension(dir);
    const origin = `moz-extension://${FIREFOX_UUID}`;
    // An extension page kept open in its own tab, where extension APIs can be called from the tests. It is
    // opened first so that every test page opened later is the active tab, as a reader's page would be.
    const helper = await browser.newPage();
    await gotoExtensionPage(helper, `${origin}/popup.html?tab=-1`);
    await helper.evaluate(watchBackgroundPage);
    const self: ExtensionBrowser = {
      name: 'firefox',
      browser,
      origin,
      backgroundErrors: () => helper.evaluate(watchBackgroundPage),
      open: (url, o) => openTracked(browser, url, o?.waitUntil ?? 'load'),
      async openPopup(tab) {
        const id = await self.tabId(tab);
        const page = await browser.newPage();
        const errors = watchErrors(page);
        await gotoExtensionPage(page, `${origin}/popup.html?tab=${id}`);
        return { page, errors };
      },
      inExtension: (fn, ...args) => helper.evaluate(fn as never, ...(args as unknown as never[])) as never,
      tabId: (tab) => findTabId(self, tab),
      async close() {
        await browser.close().catch(() => undefined);
      },
    };
    return self;
  } catch (err) {
    await browser.close().catch(() => undefined);
    throw err;
  }
}

export type { Page, LoggedError };
