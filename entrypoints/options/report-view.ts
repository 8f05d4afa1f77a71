/** Maps stored reports to the rows components/reports shows. */
import type { ReportView } from '../../components/reports/types';
import { KIND_LABELS } from '../../components/sidebar/kinds';
import type { QueueMeta, StoredReport } from '../../lib/reports/model';

/** One line saying what was reported, e.g. `Date divergence with Antigua News Room`. */
export function itemSummary(r: StoredReport): string {
  const p = r.payload;
  const outlet = p.other.outlet ?? p.other.source;
  if (p.itemType === 'divergence') return `${p.kind ? KIND_LABELS[p.kind] ?? p.kind : 'A'} divergence with ${outlet}`;
  if (p.itemType === 'addition') return `Addition from ${p.outlets.join(', ') || outlet}`;
  return `Match of paragraph ${(p.page?.paragraph ?? 0) + 1} with ${outlet}`;
}

/** The list row for a stored report; a stalled queue's reason shows on every report waiting in it. */
export function toView(r: StoredReport, queue: QueueMeta): ReportView {
  const d = r.delivery;
  const pending = d.state === 'pending';
  return {
    id: r.payload.id,
    createdAt: r.payload.createdAt,
    reason: r.payload.reason,
    comment: r.payload.comment,
    state: d.state,
    lastError: pending && queue.blocked ? queue.blocked : d.lastError,
    pageUrl: r.payload.pageUrl,
    itemSummary: itemSummary(r),
    attempts: d.attempts,
    nextAttemptAt: pending && d.attempts > 0 ? queue.nextRoundAt : null,
  };
}
