/** Export of the reports as a JSON file the reader downloads (a Blob behind a temporary link). */
import type { StoredReport } from '../../lib/reports/model';

/** The export's shape: every report exactly as filed, with its sending history. */
export function exportDocument(reports: readonly StoredReport[], extensionVersion: string, now = new Date()) {
  return {
    format: 'crosscheck-reports',
    formatVersion: 1,
    exportedAt: now.toISOString(),
    extensionVersion,
    count: reports.length,
    reports: reports.map((r) => ({ ...r.payload, delivery: r.delivery })),
  };
}

/** Starts the download of `data` as `name`. */
export function downloadJson(data: unknown, name: string): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Firefox reads the blob after click() returns: revoke only once the download has surely started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
