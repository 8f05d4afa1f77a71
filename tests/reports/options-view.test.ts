import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../entrypoints/options/export';
import { itemSummary, toView } from '../../entrypoints/options/report-view';
import { emptyState } from '../../lib/reports/model';
import { fileReport, setSending } from '../../lib/reports/state';
import { applyOutcome } from '../../lib/reports/queue';
import { payload } from './payloads';

const NOW = Date.UTC(2026, 10, 25, 21, 0, 0);
const ENDPOINT = 'https://reports.example.org/in';
const NO_JITTER = { baseMs: 1000, maxMs: 60_000, jitter: 0 };

describe('options page: report rows', () => {
  it('says what was reported in one line', () => {
    const s = emptyState();
    const { report } = fileReport(s, payload(1), NOW);
    expect(itemSummary(report)).toBe('Date divergence with Antigua News Room');
  });

  it('shows a refused attempt as pending with the reason and the next try, and a stalled queue\'s reason on every waiting report', () => {
    const s = emptyState();
    setSending(s, { endpoint: ENDPOINT, enabled: true });
    const a = fileReport(s, payload(1), NOW).report;
    const b = fileReport(s, payload(2), NOW).report;
    applyOutcome(s, a.payload.id, ENDPOINT, { type: 'retry', why: 'HTTP 503', retryAfterMs: null }, NOW, NO_JITTER);
    expect(toView(a, s.queue)).toMatchObject({ state: 'pending', lastError: 'HTTP 503', attempts: 1, nextAttemptAt: NOW + 1000 });
    expect(toView(b, s.queue)).toMatchObject({ state: 'pending', lastError: null, nextAttemptAt: null });
    s.queue.blocked = 'no permission';
    expect(toView(b, s.queue).lastError).toBe('no permission');
  });

  it('exports every report exactly as filed, with its sending history', () => {
    const s = emptyState();
    const p = payload(1);
    fileReport(s, p, NOW);
    const doc = exportDocument(s.reports, '0.1.0', new Date(NOW));
    expect(doc).toMatchObject({ format: 'crosscheck-reports', count: 1, exportedAt: '2026-11-25T21:00:00.000Z' });
    expect(doc.reports[0]).toEqual({ ...p, delivery: s.reports[0]!.delivery });
  });
});
