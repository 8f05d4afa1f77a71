/**
 * Versions of the stored reports and the migrations between them. An extension update may meet any older
 * version in storage: each migration takes version n-1 to n, and `upgrade` runs them in order.
 *
 * v1 — issue #2's "store it locally" step: a bare array of flat reports, no send state.
 * v2 — ReportsState: reports with payload + delivery + seq, hidden items per page, sending settings, queue.
 */
import { emptyState, freshDelivery, reasonHidesItem, REPORT_REASON_VALUES, type ReportReason, type ReportsState, type StoredReport } from './model';
import { hideItem } from './state';

/** The version this code writes. */
export const REPORTS_VERSION = 2;

/** A v1 report as it was stored. */
export interface ReportV1 {
  id: string;
  url: string;
  itemKey: string;
  itemType: 'addition' | 'divergence' | 'match';
  reason: string;
  comment?: string;
  /** Epoch ms. */
  createdAt: number;
  kind?: string | null;
  score?: number;
  page?: { paragraph: number; text: string } | null;
  other?: { doc: string; outlet?: string | null; paragraph: number; text: string } | null;
}

/** v1 → v2: every old report kept, in its filing order, as a local-only report; wrong-item reasons hide again. */
export function migrateV1toV2(old: unknown): ReportsState {
  const state = emptyState();
  const list = (Array.isArray(old) ? old : []) as ReportV1[];
  const ordered = [...list].sort((a, b) => (a.createdAt ?? 0) - (b.createdAt ?? 0));
  for (const r of ordered) {
    const reason: ReportReason = REPORT_REASON_VALUES.includes(r.reason as ReportReason) ? (r.reason as ReportReason) : 'other';
    const report: StoredReport = {
      seq: ++state.seq,
      receivedAt: r.createdAt,
      payload: {
        id: r.id,
        pageUrl: r.url,
        itemType: r.itemType,
        itemKey: r.itemKey,
        kind: (r.kind ?? null) as StoredReport['payload']['kind'],
        summary: null,
        page: r.page ? { source: 'page', outlet: null, paragraph: r.page.paragraph, text: r.page.text } : null,
        other: r.other
          ? { source: r.other.doc, outlet: r.other.outlet ?? null, paragraph: r.other.paragraph, text: r.other.text }
          : { source: 'unknown', outlet: null, paragraph: 0, text: '' },
        outlets: r.other?.outlet ? [r.other.outlet] : [],
        scores: typeof r.score === 'number' ? { score: r.score } : {},
        // v1 did not record it; say so rather than pretend.
        extensionVersion: 'unknown (stored by v1)',
        createdAt: new Date(r.createdAt).toISOString(),
        reason,
        comment: r.comment ?? '',
      },
      delivery: freshDelivery('stored'),
    };
    state.reports.push(report);
    if (reasonHidesItem(reason)) hideItem(state, r.url, r.itemKey);
  }
  return state;
}

/** Migrations by the version they produce, in WXT storage's `migrations` form. */
export const REPORTS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: migrateV1toV2,
};

/** Brings a stored value of `version` up to the current version. */
export function upgrade(value: unknown, version: number): ReportsState {
  let v: unknown = value;
  for (let n = version + 1; n <= REPORTS_VERSION; n++) v = REPORTS_MIGRATIONS[n]?.(v) ?? v;
  return coerceState(v);
}

/**
 * Reads a stored value defensively: a v1 array that somehow escaped migration is migrated, missing
 * fields get defaults, and nothing recognisable as a report is ever dropped.
 */
export function coerceState(raw: unknown): ReportsState {
  if (raw === null || raw === undefined) return emptyState();
  if (Array.isArray(raw)) return migrateV1toV2(raw);
  const base = emptyState();
  const s = raw as Partial<ReportsState>;
  const reports = Array.isArray(s.reports) ? s.reports.filter((r) => r && typeof r === 'object' && r.payload) : [];
  const maxSeq = reports.reduce((m, r) => Math.max(m, r.seq ?? 0), 0);
  return {
    seq: Math.max(typeof s.seq === 'number' ? s.seq : 0, maxSeq),
    reports: reports.map((r) => ({ ...r, delivery: { ...freshDelivery('stored'), ...r.delivery } })),
    hidden: s.hidden && typeof s.hidden === 'object' ? s.hidden : base.hidden,
    sending: { ...base.sending, ...s.sending },
    queue: { ...base.queue, ...s.queue },
  };
}
