/**
 * Access to the real web pages of Mozilla Readability's test suite in ../shared (not the project's
 * to copy). Suites that use them skip, saying why, when ../shared is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

/** The repository root, found from this file's place in tests/extract/. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where the real pages live: ../shared/pages/readability beside the repository. */
export const REAL_PAGES_DIR = resolve(REPO_ROOT, '../shared/pages/readability');
/** Whether the real pages are present on this machine. */
export const HAVE_REAL_PAGES = existsSync(REAL_PAGES_DIR);
/** The message a suite prints when it has to skip. */
export const NO_REAL_PAGES = `real pages not found at ${REAL_PAGES_DIR} (../shared is absent): skipping the real-page checks`;

/** Metadata Readability's own test suite expects for a page. */
export interface ExpectedMetadata {
  title: string;
  byline: string | null;
  siteName?: string | null;
}

/** Names of the real pages (directories holding a source.html). */
export function realPageNames(): string[] {
  if (!HAVE_REAL_PAGES) return [];
  return readdirSync(REAL_PAGES_DIR)
    .filter((d) => existsSync(join(REAL_PAGES_DIR, d, 'source.html')))
    .sort();
}

/** One real page's HTML and expected metadata. */
export function readRealPage(name: string): { html: string; expected: ExpectedMetadata } {
  const dir = join(REAL_PAGES_DIR, name);
  return {
    html: readFileSync(join(dir, 'source.html'), 'utf8'),
    expected: JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as ExpectedMetadata,
  };
}
