import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateV1toV2, upgrade, type ReportV1 } from '../../lib/reports/schema';
import { hiddenOn, newestFirst } from '../../lib/reports/state';

// WXT storage reaches the extension API through `globalThis.browser`; the fake stands in for it here.
beforeAll(() => {
  (globalThis as { browser?: unknown }).browser = fakeBrowser;
});
beforeEach(() => fakeBrowser.reset());
afterAll(() => {
  delete (globalThis as { browser?: unknown }).browser;
});

const V1: ReportV1[] = [
  {
    id: 'v1-report-b',
    url: 'https://news.example.org/pause#p4',
    itemKey: 'divergence:date:4:001_52de1565edf6a1cb:2',
    itemType: 'divergence',
    reason: 'not-divergence',
    comment: 'same day, different words',
    createdAt: Date.UTC(2026, 9, 2),
    kind: 'date',
    score: 0.7,
    page: { paragraph: 4, text: 'on Thursday' },
    other: { doc: '001_52de1565edf6a1cb', outlet: 'Antigua News Room', paragraph: 2, text: 'this week' },
  },
  {
    id: 'v1-report-a',
    url: 'https://news.example.org/pause',
    itemKey: 'addition:004_e37f3927a0aafb37:12',
    itemType: 'addition',
    reason: 'missing-context',
    createdAt: Date.UTC(2026, 9, 1),
    other: { doc: '004_e37f3927a0aafb37', paragraph: 12, text: 'The 2023 letter...' },
  },
];

describe('reports schema migration', () => {
  it('v1 → v2 keeps every report in filing order, as local-only, and re-hides the items reported as wrong', () => {
    const s = migrateV1toV2(V1);
    expect(newestFirst(s.reports).map((r) => r.payload.id)).toEqual(['v1-report-b', 'v1-report-a']);
    expect(s.reports.every((r) => r.delivery.state === 'stored')).toBe(true);
    expect(s.seq).toBe(2);
    expect(s.sending).toEqual({ endpoint: null, enabled: false });
    expect(hiddenOn(s, 'https://news.example.org/pause')).toEqual(['divergence:date:4:001_52de1565edf6a1cb:2']);
    const b = s.reports.find((r) => r.payload.id === 'v1-report-b')!.payload;
    expect(b).toMatchObject({
      reason: 'not-divergence',
      comment: 'same day, different words',
      kind: 'date',
      page: { source: 'page', paragraph: 4, text: 'on Thursday' },
      other: { source: '001_52de1565edf6a1cb', outlet: 'Antigua News Room', paragraph: 2 },
      createdAt: '2026-10-02T00:00:00.000Z',
    });
  });

  it('upgrade from the current version changes nothing', () => {
    const current = migrateV1toV2(V1);
    expect(upgrade(structuredClone(current), 2)).toEqual(current);
  });

  it('an extension update finds v1 reports in browser storage and reads them as v2, and stores v2 from then on', async () => {
    // What the older version left in storage.local: the value, and no version metadata (WXT's v1).
    await fakeBrowser.storage.local.set({ reports: V1 });
    const { createWxtReportStore, defineReportsItem } = await import('../../lib/storage/reports-storage');
    const item = defineReportsItem();
    const store = createWxtReportStore(item);
    const state = await store.load();
    expect(state.reports.map((r) => r.payload.id).sort()).toEqual(['v1-report-a', 'v1-report-b']);
    const raw = await fakeBrowser.storage.local.get(['reports', 'reports$']);
    expect(raw['reports$']).toEqual({ v: 2 });
    expect(Array.isArray(raw['reports'])).toBe(false);
    await store.save(state);
    expect(await item.getMeta()).toEqual({ v: 2 });
  });

  it('a fresh install reads an empty state and writes the current version', async () => {
    const { createWxtReportStore, defineReportsItem } = await import('../../lib/storage/reports-storage');
    const item = defineReportsItem();
    const store = createWxtReportStore(item);
    const s = await store.load();
    expect(s.reports).toEqual([]);
    await store.save(s);
    expect(await item.getMeta()).toEqual({ v: 2 });
  });
});
