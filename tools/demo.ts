/**
 * `npm run demo`: serves the seed articles as news pages on 127.0.0.1, opens each in Chromium with the built
 * extension (headed when $DISPLAY is set, else headless), waits for the sidebar and writes screenshots to
 * .demo/, printing their paths. `--keep` leaves a headed browser open until it is closed or Ctrl+C;
 * `--readme` also writes tools/screenshots/sidebar.png for the README.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNewsSite } from './news-site';
import { hasBuild, launchWithExtension, type Tab } from '../tests/e2e/browsers';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.demo');
/** The article whose sidebar the README shows: it lacks the 2023 letter, so its additions say something. */
const README_ARTICLE = '002_5914b76d8027bf93';
const SIDEBAR = 'crosscheck-sidebar >>> [data-testid="cc-sidebar"]';

const args = new Set(process.argv.slice(2));
const headless = !process.env.DISPLAY;
const keep = args.has('--keep') && !headless;

async function shoot(tab: Tab, name: string): Promise<string> {
  const path = join(OUT, name);
  await tab.page.screenshot({ path: path as `${string}.png` });
  console.log(`  ${relative(process.cwd(), path)}`);
  return path;
}

async function main(): Promise<number> {
  if (!hasBuild('chromium')) {
    console.error('No Chromium build in .output/chrome-mv3: run `npm run build` (npm run demo does).');
    return 1;
  }
  if (!existsSync('/usr/bin/chromium')) {
    console.error('Debian Chromium is not installed: run `apt-get install -y chromium` (as root), then `npm run demo` again.');
    return 1;
  }
  mkdirSync(OUT, { recursive: true });
  const site = await startNewsSite();
  const b = await launchWithExtension('chromium', { headless });
  console.log(`News site on ${site.url}; Chromium ${headless ? 'headless (no $DISPLAY)' : 'headed'}. Screenshots:`);
  let failures = 0;
  const shots = new Map<string, string>();
  try {
    for (const doc of site.docs) {
      const tab = await b.open(`${site.url}/article/${doc.id}`);
      try {
        await tab.page.waitForSelector(`${SIDEBAR}[data-state="ready"]`, { timeout: 30_000 });
      } catch {
        failures++;
        console.error(`  ${doc.id}: no sidebar within 30 s (${doc.outlet})`);
        await shoot(tab, `${doc.id}-no-sidebar.png`);
        continue;
      }
      shots.set(doc.id, await shoot(tab, `${doc.id}-sidebar.png`));
      if (doc.id === README_ARTICLE) await extraShots(b, tab, doc.id);
      if (!keep) await tab.page.close();
    }
    if (args.has('--readme') && shots.has(README_ARTICLE)) {
      const target = join(ROOT, 'tools/screenshots/sidebar.png');
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(shots.get(README_ARTICLE)!, target);
      console.log(`README screenshot: ${relative(process.cwd(), target)}`);
    }
    if (keep) {
      console.log('Browser left open (--keep): close it or press Ctrl+C to end the demo.');
      await new Promise<void>((done) => {
        b.browser.once('disconnected', () => done());
        process.once('SIGINT', () => done());
      });
    }
  } finally {
    await b.close();
    await site.close();
  }
  return failures ? 1 : 0;
}

/** The highlight after "Show on page", and the real toolbar popup, for one article. */
async function extraShots(b: Awaited<ReturnType<typeof launchWithExtension>>, tab: Tab, id: string): Promise<void> {
  const show = await tab.page.$('crosscheck-sidebar >>> [data-testid="cc-divergence"] [data-testid="cc-show"]');
  if (show) {
    await show.click();
    await tab.page.waitForSelector('[data-crosscheck-highlight="true"]', { timeout: 2_000 }).catch(() => null);
    await new Promise((r) => setTimeout(r, 600)); // let the smooth scroll finish
    await shoot(tab, `${id}-highlight.png`);
  }
  try {
    const popup = await b.openPopup(tab);
    await popup.page.waitForSelector('[data-testid="cc-status"]', { timeout: 10_000 });
    await shoot(popup, `${id}-popup.png`);
    await popup.page.close();
  } catch (err) {
    console.error(`  popup screenshot skipped: ${(err as Error).message}`);
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
