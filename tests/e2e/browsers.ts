/**
 * Real browsers with the built extension installed, behind one interface so every e2e test body runs in
 * Chromium (CDP) and Firefox ESR (WebDriver BiDi) alike. Flags and quirks: /work/shared/HARNESS.md.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium } from './chromium';
import type { LoggedError } from './console-log';
import { launchFirefox } from './firefox';
import type { Tab } from './tabs';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSER_NAMES: BrowserName[] = ['chromium', 'firefox'];

const ROOT = resolve(import.meta.dirname, '../..');
/** The built extensions `npm run build` writes. */
export const BUILDS: Record<BrowserName, string> = {
  chromium: join(ROOT, '.output/chrome-mv3'),
  firefox: join(ROOT, '.output/firefox-mv3'),
};

/** How to launch. */
export interface LaunchOptions {
  /** Default true; the demo runs headed when there is a display. */
  headless?: boolean;
  /** Another extension to install instead of the build (the harness's own probe). */
  extensionDir?: string;
  /**
   * Let the background sleep and wake as it does for users, and offer `stopBackground`. Chromium: the
   * service worker is not attached to (so `backgroundErrors` sees nothing there); Firefox: the event page
   * idles out after a second instead of thirty.
   */
  sleepyBackground?: boolean;
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
  /** Runs `fn` in an extension page, where the extension APIs are (`browser` in Firefox, `chrome` in Chromium). */
  inExtension<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** The browser's id for the tab showing `tab`'s page. */
  tabId(tab: Tab): Promise<number>;
  /**
   * Errors the background logged or threw so far (Chromium: the service worker's console and exceptions;
   * Firefox: the event page's, from the time the harness first watched it).
   */
  backgroundErrors(): Promise<LoggedError[]>;
  /** Stops the background as the browser does when it idles, and resolves once it has (sleepyBackground only). */
  stopBackground?: () => Promise<void>;
  close(): Promise<void>;
}

/** Whether the build for `name` exists (the e2e suites need `npm run build` first). */
export function hasBuild(name: BrowserName): boolean {
  return existsSync(join(BUILDS[name], 'manifest.json'));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Launches `name` with the built extension (or `opts.extensionDir`) installed. */
export async function launchWithExtension(name: BrowserName, opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const source = opts.extensionDir ?? BUILDS[name];
  for (let attempt = 1; ; attempt++) {
    // Install a snapshot: a build started elsewhere (another `npm test`) must not rewrite files under a
    // running browser. A copy caught mid-rebuild fails to install; the next try gets the finished build.
    const dir = mkdtempSync(join(tmpdir(), `cc-ext-${name}-`));
    try {
      cpSync(source, dir, { recursive: true });
      const b = await (name === 'chromium' ? launchChromium(dir, opts) : launchFirefox(dir, opts));
      const close = b.close;
      b.close = async () => {
        await close();
        rmSync(dir, { recursive: true, force: true });
      };
      return b;
    } catch (err) {
      rmSync(dir, { recursive: true, force: true });
      if (attempt >= 3) throw err;
      await sleep(3000);
    }
  }
}

export type { Page, LoggedError, Tab };
