/**
 * Errors a page shows in its console, collected per page so a test can assert that none of them came from
 * the extension (and, on our own pages, that there were none at all).
 */
import type { Page } from 'puppeteer-core';

/** One console error or uncaught exception. */
export interface LoggedError {
  kind: 'console' | 'pageerror';
  text: string;
  /** Script URL (or stack) where the browser reports one; '' otherwise. */
  url: string;
}

/** Starts collecting `page`'s console errors and uncaught exceptions into the returned array. */
export function watchErrors(page: Page): LoggedError[] {
  const errors: LoggedError[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const where = [m.location().url ?? '', ...m.stackTrace().map((f) => f.url ?? '')].join(' ');
    errors.push({ kind: 'console', text: m.text(), url: where.trim() });
  });
  page.on('pageerror', (e) => {
    const err = e as Error;
    errors.push({ kind: 'pageerror', text: String(err?.message ?? e), url: String(err?.stack ?? '') });
  });
  return errors;
}

/** Whether an error points at extension code (content script, sidebar, background) or names Crosscheck. */
export function isFromExtension(e: LoggedError): boolean {
  return /(chrome|moz)-extension:\/\/|crosscheck/i.test(`${e.text} ${e.url}`);
}

/** Formats errors for an assertion message. */
export function formatErrors(errors: LoggedError[]): string {
  return errors.map((e) => `${e.kind}: ${e.text} @ ${e.url}`).join('\n') || '(none)';
}
