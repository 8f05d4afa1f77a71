/**
 * Reports in extension storage (`storage.local`, which survives the service worker sleeping, browser
 * restarts and extension updates). One versioned item holds the whole reports state; WXT storage runs
 * lib/reports/schema's migrations when an update meets an older version.
 */
import { storage } from 'wxt/utils/storage';
import { emptyState, type ReportsState } from '../reports/model';
import { coerceState, REPORTS_MIGRATIONS, REPORTS_VERSION } from '../reports/schema';
import type { ReportStore } from '../reports/store';

/** The storage key; its version lives beside it under `reports$`, as WXT keeps item metadata. */
export const REPORTS_KEY = 'local:reports' as const;

/** Defines the reports item. A function, so tests can define it after seeding storage with an old version. */
export function defineReportsItem() {
  return storage.defineItem<ReportsState>(REPORTS_KEY, {
    fallback: emptyState(),
    version: REPORTS_VERSION,
    migrations: REPORTS_MIGRATIONS,
  });
}

/** The reports store over WXT storage. */
export function createWxtReportStore(item = defineReportsItem()): ReportStore {
  return {
    // coerceState: WXT only logs a failed migration, so a value it could not upgrade is read defensively.
    load: async () => coerceState(await item.getValue()),
    save: (state) => item.setValue(state),
  };
}
