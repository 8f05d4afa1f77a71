/** One report in the list: when, what, why, and where it stands. */
import { REPORT_REASONS } from '../report/draft';
import type { ReportState, ReportView } from './types';

const STATE_LABELS: Record<ReportState, string> = {
  stored: 'Saved locally',
  pending: 'Waiting to send',
  sent: 'Sent',
  failed: 'Failed',
};

/** Props of {@link ReportRow}. */
export interface ReportRowProps {
  report: ReportView;
  onDelete: (id: string) => void;
  /** Queues a failed report again; no Retry button without it. */
  onRetry?: (id: string) => void;
}

/** Renders a report as a list row with its delete button. */
export function ReportRow({ report: r, onDelete, onRetry }: ReportRowProps) {
  const when = toDate(r.createdAt);
  const reason = REPORT_REASONS.find((x) => x.value === r.reason)?.label ?? r.reason;
  const next = r.state === 'pending' && r.nextAttemptAt != null ? toDate(r.nextAttemptAt) : null;
  return (
    <li class="cc-item cc-report-row" data-testid="cc-report-row" data-id={r.id} data-state={r.state}>
      <div class="cc-item-head">
        <span class="cc-badge" data-state={r.state} data-testid="cc-report-state">
          {STATE_LABELS[r.state] ?? r.state}
        </span>
        {when && (
          <time class="cc-meta" dateTime={when.toISOString()}>
            {when.toLocaleString()}
          </time>
        )}
      </div>
      <p class="cc-report-summary">
        <strong>{reason}</strong>: {r.itemSummary}
      </p>
      {r.comment && <p class="cc-report-comment">“{r.comment}”</p>}
      <p class="cc-meta cc-break">{r.pageUrl}</p>
      {r.lastError && (
        <p class="cc-field-error" data-testid="cc-report-error">
          {r.state === 'failed' ? 'Failed: ' : 'Last attempt failed: '}
          {r.lastError}
          {r.attempts != null && ` (${r.attempts} ${r.attempts === 1 ? 'attempt' : 'attempts'})`}
        </p>
      )}
      {next && <p class="cc-meta">Next attempt {next.toLocaleString()}</p>}
      <div class="cc-item-foot">
        {onRetry && r.state === 'failed' && (
          <button type="button" class="cc-button cc-button-quiet" data-testid="cc-retry" onClick={() => onRetry(r.id)}>
            Retry
          </button>
        )}
        <button
          type="button"
          class="cc-button cc-button-quiet"
          data-testid="cc-delete"
          aria-label={`Delete report: ${reason}, ${r.itemSummary}`}
          onClick={() => onDelete(r.id)}
        >
          Delete
        </button>
      </div>
    </li>
  );
}

/** Parses an ISO string or epoch ms; null for anything unreadable, so one bad record can't break the list. */
export function toDate(v: string | number): Date | null {
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d;
}
