/** Report payloads for the reports tests: realistic shapes, distinct per index. */
import type { ReportPayload, ReportReason } from '../../lib/reports/model';

/** A divergence report on paragraph `i % 20` of a news page, with a distinct comment per `i`. */
export function payload(i: number, over: Partial<ReportPayload> = {}): ReportPayload {
  const reason: ReportReason = over.reason ?? 'other';
  return {
    id: `report-${String(i).padStart(6, '0')}-${Math.random().toString(36).slice(2, 10)}`,
    pageUrl: 'https://news.example.org/2023/03/ai-pause',
    itemType: 'divergence',
    itemKey: `divergence:date:${i % 20}:001_52de1565edf6a1cb:${i % 7}`,
    kind: 'date',
    summary: '"Thursday" vs "this week"',
    page: { source: 'page', outlet: null, paragraph: i % 20, text: 'The letter was published on Thursday.' },
    other: { source: '001_52de1565edf6a1cb', outlet: 'Antigua News Room', paragraph: i % 7, text: 'The letter was published this week.' },
    outlets: ['Antigua News Room'],
    scores: { divergence: 0.8 },
    extensionVersion: '0.1.0',
    createdAt: new Date(Date.UTC(2026, 10, 25, 12, 0, 0) + i * 1000).toISOString(),
    reason,
    comment: `comment ${i}`,
    ...over,
  };
}
