// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReportsList, type ReportsListProps } from '../../components/reports/ReportsList';
import type { ReportView } from '../../components/reports/types';
import { click, mount, type Mounted } from './helpers';

function report(id: string, createdAt: string | number, extra: Partial<ReportView> = {}): ReportView {
  return {
    id,
    createdAt,
    reason: 'not-divergence',
    comment: '',
    state: 'stored',
    lastError: null,
    pageUrl: `https://news.example/${id}`,
    itemSummary: `Date divergence ${id}`,
    ...extra,
  };
}

const reports = [
  report('old', '2026-11-20T10:00:00Z'),
  report('newest', Date.parse('2026-11-25T10:00:00Z'), { state: 'failed', lastError: 'HTTP 503', attempts: 3 }),
  report('middle', '2026-11-22T10:00:00Z', { state: 'sent', comment: 'Same day in both.' }),
  report('broken-date', 'not a date'),
];

let view: Mounted | null = null;
afterEach(async () => {
  await view?.unmount();
  view = null;
});

async function open(props: Partial<ReportsListProps> = {}): Promise<Mounted> {
  view = await mount(<ReportsList reports={reports} onExport={() => {}} onDelete={() => {}} onDeleteAll={() => {}} {...props} />);
  return view;
}

describe('ReportsList', () => {
  it('lists reports newest first, an unreadable date last', async () => {
    const v = await open();
    expect(v.allByTestId('cc-report-row').map((r) => r.dataset.id)).toEqual(['newest', 'middle', 'old', 'broken-date']);
  });

  it('shows each report’s state, and why a send failed', async () => {
    const v = await open();
    const rows = v.allByTestId('cc-report-row');
    expect(rows.map((r) => r.querySelector('[data-testid="cc-report-state"]')?.textContent)).toEqual([
      'Failed',
      'Sent',
      'Saved locally',
      'Saved locally',
    ]);
    expect(rows[0]?.querySelector('[data-testid="cc-report-error"]')?.textContent).toBe('Failed: HTTP 503 (3 attempts)');
    expect(rows[1]?.textContent).toContain('Same day in both.');
    expect(rows[1]?.textContent).toContain('Not a real divergence');
  });

  it('exports, and deletes one report by id', async () => {
    const onExport = vi.fn();
    const onDelete = vi.fn();
    const v = await open({ onExport, onDelete });
    await click(v.byTestId('cc-export'));
    await click(v.allByTestId('cc-report-row')[1]!.querySelector('[data-testid="cc-delete"]'));
    expect(onExport).toHaveBeenCalledTimes(1);
    expect(onDelete).toHaveBeenCalledWith('middle');
  });

  it('deletes all only after a confirmation, and can be talked out of it', async () => {
    const onDeleteAll = vi.fn();
    const v = await open({ onDeleteAll });
    await click(v.byTestId('cc-delete-all'));
    expect(onDeleteAll).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(v.byTestId('cc-delete-all-cancel'));
    await click(v.byTestId('cc-delete-all-cancel'));
    expect(document.activeElement).toBe(v.byTestId('cc-delete-all'));
    await click(v.byTestId('cc-delete-all'));
    await click(v.byTestId('cc-delete-all-confirm'));
    expect(onDeleteAll).toHaveBeenCalledTimes(1);
  });

  it('says there are no reports yet, with export and delete all disabled', async () => {
    const v = await open({ reports: [] });
    expect(v.byTestId('cc-reports-empty')).not.toBeNull();
    expect(v.byTestId<HTMLButtonElement>('cc-export')!.disabled).toBe(true);
    expect(v.byTestId<HTMLButtonElement>('cc-delete-all')!.disabled).toBe(true);
  });

  it('retries a failed report and sends waiting ones now when an address is set', async () => {
    const onRetry = vi.fn();
    const onSendNow = vi.fn();
    const v = await open({ onRetry, onSendNow, destination: 'https://reports.example/in' });
    const retries = v.allByTestId('cc-retry');
    expect(retries).toHaveLength(1);
    await click(retries[0]!);
    expect(onRetry).toHaveBeenCalledWith('newest');
    await click(v.byTestId('cc-send-now'));
    expect(onSendNow).toHaveBeenCalledTimes(1);
  });

  it('offers no Send now while reports stay local', async () => {
    const v = await open({ onSendNow: () => {} });
    expect(v.byTestId('cc-send-now')).toBeNull();
  });
});
