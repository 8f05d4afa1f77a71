/**
 * The setup most e2e suites share: a news site and a browser with the built extension for the whole suite,
 * and after every test the tabs it opened closed and no error from the extension in them or the background.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startNewsSite, type NewsSite } from '../../tools/news-site';
import { hasBuild, launchWithExtension, type BrowserName, type ExtensionBrowser, type LaunchOptions, type Tab } from './browsers';
import { formatErrors, isFromExtension } from './console-log';

/** What a suite's tests use; `browser` and `site` exist from its beforeAll on. */
export interface ExtensionSession {
  readonly browser: ExtensionBrowser;
  readonly site: NewsSite;
  /** Opens `path` on the news site (e.g. `/article/<id>`) in a new tab the after-each check watches. */
  open(path: string): Promise<Tab>;
  /** Opens the popup for `tab` (see ExtensionBrowser.openPopup), watched by the after-each check too. */
  openPopup(tab: Tab): Promise<Tab>;
}

/** Registers a suite's shared hooks for `name` launched with `opts`, and returns the session they set up. */
export function useExtensionSession(name: BrowserName, opts: LaunchOptions = {}): ExtensionSession {
  let site: NewsSite | undefined;
  let b: ExtensionBrowser | undefined;
  const opened: Tab[] = [];
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the e2e session's ${what} is only there from beforeAll on`);
    return value;
  };

  beforeAll(async () => {
    if (!hasBuild(name)) throw new Error(`no ${name} build: run \`npm run build\` first`);
    site = await startNewsSite();
    b = await launchWithExtension(name, opts);
  });
  // Every test also checks that nothing the extension ran logged an error, in the pages or the background.
  afterEach(async () => {
    const errors = opened.flatMap((tab) => tab.errors).filter(isFromExtension);
    // A real Chromium popup may have closed itself already.
    for (const tab of opened.splice(0)) await tab.page.close().catch(() => undefined);
    expect(errors, formatErrors(errors)).toEqual([]);
    const background = await b!.backgroundErrors();
    expect(background, formatErrors(background)).toEqual([]);
  });
  afterAll(async () => {
    await b?.close();
    await site?.close();
  });

  return {
    get browser() {
      return started(b, 'browser');
    },
    get site() {
      return started(site, 'news site');
    },
    async open(path) {
      const tab = await started(b, 'browser').open(`${started(site, 'news site').url}${path}`);
      opened.push(tab);
      return tab;
    },
    async openPopup(tab) {
      const popup = await started(b, 'browser').openPopup(tab);
      opened.push(popup);
      return popup;
    },
  };
}
