/**
 * Firefox ESR (WebDriver BiDi) with the extension: installed as a temporary add-on under a pinned uuid,
 * tests' extension calls made in an extension page, the event page watched for errors, and the popup
 * opened as a tab told which tab to act on (the real one cannot open headless).
 */
import puppeteer from 'puppeteer-core';
import type { ExtensionBrowser, LaunchOptions } from './browsers';
import type { LoggedError } from './console-log';
import { openExtensionPage, openTracked, tabIdIn } from './tabs';

/** The gecko id from wxt.config.ts, and the uuid pinned to it so moz-extension:// addresses are known. */
const GECKO_ID = 'crosscheck@crosscheck.invalid';
const UUID = '5c7e0b8a-3f0d-4d6b-9a51-c0ffeec0ffee';

const PREFS: Record<string, unknown> = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
  // Real pages from ../shared reference assets on the internet: send all but 127.0.0.1 to a closed port.
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '127.0.0.1, localhost',
  // Headless Firefox cannot click a permission doorhanger: grant optional permission requests (the report address).
  'extensions.webextOptionalPermissionPrompts': false,
};

/** The event page's idle timeout with `sleepyBackground` (Firefox's default is 30 s). */
const IDLE_MS = 1000;

/** Runs in the helper page: marks the live background page, or says whether the marked one is gone. */
async function markBackground(set: boolean): Promise<boolean> {
  type BgWindow = Window & { __ccAlive?: boolean };
  const api = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<BgWindow | null> } } }).browser;
  const bg = await api.runtime.getBackgroundPage();
  if (!bg) return true;
  if (set) bg.__ccAlive = true;
  return bg.__ccAlive !== true;
}

/**
 * Runs in the helper page: hooks the background page's errors, console.error included, into a list kept in
 * the helper (the event page may be unloaded and restarted, so it is hooked again on every call), and
 * returns the errors seen so far.
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

/** Launches Firefox ESR with the extension build in `dir`. */
export async function launchFirefox(dir: string, opts: LaunchOptions): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: opts.headless ?? true,
    // Without it Firefox refuses to navigate to moz-extension:// pages for the remote agent.
    args: ['--remote-allow-system-access', '--width=1400', '--height=1000'],
    extraPrefsFirefox: opts.sleepyBackground ? { ...PREFS, 'extensions.background.idle.timeout': IDLE_MS } : PREFS,
    defaultViewport: null,
  });
  try {
    await browser.installExtension(dir);
    const origin = `moz-extension://${UUID}`;
    // Opened before any test page, so that each test page is the active tab when it opens.
    const helper = await openExtensionPage(browser, `${origin}/popup.html?tab=-1`);
    await helper.page.evaluate(watchBackgroundPage);
    const self: ExtensionBrowser = {
      name: 'firefox',
      browser,
      origin,
      backgroundErrors: () => helper.page.evaluate(watchBackgroundPage),
      open: (url, o) => openTracked(browser, url, o?.waitUntil ?? 'load'),
      async openPopup(tab) {
        const id = await self.tabId(tab);
        return openExtensionPage(browser, `${origin}/popup.html?tab=${id}`);
      },
      inExtension: (fn, ...args) => helper.page.evaluate(fn as never, ...(args as unknown as never[])) as never,
      tabId: (tab) => tabIdIn(helper.page, tab.page.url()),
      stopBackground: opts.sleepyBackground
        ? async () => {
            // Looking (getBackgroundPage) wakes the page again, so the proof of a sleep is a mark gone.
            await helper.page.evaluate(markBackground, true);
            for (let waited = 0; waited < 20 * IDLE_MS; waited += IDLE_MS) {
              await new Promise((r) => setTimeout(r, 2 * IDLE_MS));
              if (await helper.page.evaluate(markBackground, false)) return;
            }
            throw new Error('the Firefox event page did not idle out');
          }
        : undefined,
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
