/**
 * The reports list (popup or options page): newest first, each with its state; export as JSON,
 * delete one, delete all after a confirmation. Props in, events out: the background does the work.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { ReportRow, toDate } from './ReportRow';
import type { ReportView } from './types';

/** Props of {@link ReportsList}. */
export interface ReportsListProps {
  reports: readonly ReportView[];
  /** Where reports are sent, when the reader set an address; null when they stay local. */
  destination?: string | null;
  onExport: () => void;
  onDelete: (id: string) => void;
  onDeleteAll: () => void;
  /** Queues a failed report again (Retry on failed rows). */
  onRetry?: (id: string) => void;
  /** Sends waiting reports now instead of after the backoff (shown when there is an address and something waits). */
  onSendNow?: () => void;
  /** Back to the popup's main view, when the list is shown inside the popup. */
  onBack?: () => void;
}

/** Sorts newest first; unreadable dates sink to the end rather than breaking the order. */
export function newestFirst(reports: readonly ReportView[]): ReportView[] {
  const t = (r: ReportView) => toDate(r.createdAt)?.getTime() ?? -Infinity;
  return [...reports].sort((a, b) => t(b) - t(a));
}

/** The list view. */
export function ReportsList(props: ReportsListProps) {
  const { reports, destination = null, onExport, onDelete, onDeleteAll, onRetry, onSendNow, onBack } = props;
  const titleId = useId();
  const [confirming, setConfirming] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const deleteAllRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // The button that was clicked disappears: keep keyboard focus on the safe choice, then back.
  useEffect(() => {
    if (confirming) keepRef.current?.focus();
    else if (asked.current) deleteAllRef.current?.focus();
    asked.current = confirming || asked.current;
  }, [confirming]);
  const sorted = newestFirst(reports);
  const counts = { pending: 0, failed: 0, sent: 0 };
  for (const r of reports) if (r.state in counts) counts[r.state as keyof typeof counts]++;
  return (
    <section class="cc-reports" data-testid="cc-reports" aria-labelledby={titleId}>
      <div class="cc-title-row">
        <h2 class="cc-title" id={titleId}>
          Reports <span class="cc-count">{reports.length}</span>
        </h2>
        {onBack && (
          <button type="button" class="cc-button cc-button-quiet" data-testid="cc-back" onClick={onBack}>
            Back
          </button>
        )}
      </div>
      <p class="cc-meta" aria-live="polite">
        {destination ? `Sending to ${destination}. ` : 'Reports stay in this browser; no report address is set. '}
        {counts.pending > 0 && `${counts.pending} waiting, `}
        {counts.failed > 0 && `${counts.failed} failed, `}
        {counts.sent > 0 && `${counts.sent} sent.`}
      </p>
      <div class="cc-form-actions">
        {onSendNow && destination && counts.pending + counts.failed > 0 && (
          <button type="button" class="cc-button cc-button-primary" data-testid="cc-send-now" onClick={onSendNow}>
            Send now
          </button>
        )}
        <button type="button" class="cc-button" data-testid="cc-export" disabled={reports.length === 0} onClick={onExport}>
          Export JSON
        </button>
        {confirming ? (
          <>
            <button
              type="button"
              class="cc-button cc-button-danger"
              data-testid="cc-delete-all-confirm"
              onClick={() => {
                setConfirming(false);
                onDeleteAll();
              }}
            >
              Delete all {reports.length}
            </button>
            <button type="button" class="cc-button" data-testid="cc-delete-all-cancel" ref={keepRef} onClick={() => setConfirming(false)}>
              Keep them
            </button>
          </>
        ) : (
          <button
            type="button"
            class="cc-button"
            data-testid="cc-delete-all"
            ref={deleteAllRef}
            disabled={reports.length === 0}
            onClick={() => setConfirming(true)}
          >
            Delete all…
          </button>
        )}
      </div>
      {sorted.length === 0 ? (
        <p class="cc-empty" data-testid="cc-reports-empty">
          No reports yet. Use “Report” on any sidebar item when Crosscheck gets something wrong.
        </p>
      ) : (
        <ul class="cc-list" role="list">
          {sorted.map((r) => (
            <ReportRow key={r.id} report={r} onDelete={onDelete} onRetry={onRetry} />
          ))}
        </ul>
      )}
    </section>
  );
}
