import { describe, expect, it } from 'vitest';
import { emptyState } from '../../lib/reports/model';
import { createReportWriter, MemoryReportStore } from '../../lib/reports/store';
import { deleteAllReports, deleteReport, fileReport, hiddenOn, newestFirst, setSending, unhideItem } from '../../lib/reports/state';
import { InvalidReportError, checkEndpoint, pageKey, patternsCover, validatePayload } from '../../lib/reports/validate';
import { payload } from './payloads';

const NOW = Date.UTC(2026, 10, 25, 20, 0, 0);

describe('report store: ordering', () => {
  it('lists reports newest first by the order the writer stored them, whatever the clients\' clocks say', async () => {
    const writer = createReportWriter(new MemoryReportStore());
    // The second report carries an earlier client time (a tab with a wrong clock): storage order still wins.
    const a = payload(1, { createdAt: '2026-11-25T12:00:00.000Z' });
    const b = payload(2, { createdAt: '2020-01-01T00:00:00.000Z' });
    const c = payload(3);
    for (const p of [a, b, c]) await writer.update((s) => fileReport(s, p, NOW));
    const listed = newestFirst((await writer.read()).reports).map((r) => r.payload.id);
    expect(listed).toEqual([c.id, b.id, a.id]);
  });

  it('gives every stored report a distinct, increasing seq, even across deletes', async () => {
    const writer = createReportWriter(new MemoryReportStore());
    const first = await writer.update((s) => fileReport(s, payload(1), NOW));
    await writer.update((s) => deleteReport(s, first.report.payload.id));
    const second = await writer.update((s) => fileReport(s, payload(2), NOW));
    expect(second.report.seq).toBeGreaterThan(first.report.seq);
  });
});

describe('report store: dedupe', () => {
  it('stores a report filed twice with the same id once (a resent message, a double click)', async () => {
    const writer = createReportWriter(new MemoryReportStore());
    const p = payload(1);
    const [x, y] = await Promise.all([
      writer.update((s) => fileReport(s, p, NOW)),
      writer.update((s) => fileReport(s, { ...p }, NOW)),
    ]);
    expect(x.duplicate).toBe(false);
    expect(y.duplicate).toBe(true);
    expect(y.report.seq).toBe(x.report.seq);
    expect((await writer.read()).reports).toHaveLength(1);
  });

  it('treats the same item, reason and comment on the same page (fragment and utm_ ignored) as one report', async () => {
    const writer = createReportWriter(new MemoryReportStore());
    const p = payload(1, { comment: 'wrong day' });
    await writer.update((s) => fileReport(s, p, NOW));
    const again = payload(1, { comment: ' wrong day ', pageUrl: `${p.pageUrl}?utm_source=x#para-3` });
    const r = await writer.update((s) => fileReport(s, again, NOW));
    expect(r.duplicate).toBe(true);
    expect((await writer.read()).reports).toHaveLength(1);
  });

  it('keeps reports that differ in reason, comment, item or page', async () => {
    const writer = createReportWriter(new MemoryReportStore());
    const base = payload(1);
    const variants = [
      base,
      payload(1, { reason: 'missing-context' }),
      payload(1, { comment: 'another thought' }),
      payload(1, { itemKey: 'addition:004_e37f3927a0aafb37:12' }),
      payload(1, { pageUrl: 'https://other.example.net/story' }),
    ];
    for (const v of variants) await writer.update((s) => fileReport(s, v, NOW));
    expect((await writer.read()).reports).toHaveLength(variants.length);
  });
});

describe('report store: one writer', () => {
  it('stores exactly 1,000 reports filed at once from 10 sources, in far fewer saves than reports', async () => {
    const store = new MemoryReportStore();
    const writer = createReportWriter(store);
    const filings = Array.from({ length: 10 }, (_, tab) =>
      Array.from({ length: 100 }, (_, i) => writer.update((s) => fileReport(s, payload(tab * 100 + i), NOW))),
    ).flat();
    const results = await Promise.all(filings);
    const state = await writer.read();
    expect(results.filter((r) => r.duplicate)).toHaveLength(0);
    expect(state.reports).toHaveLength(1000);
    expect(new Set(state.reports.map((r) => r.seq)).size).toBe(1000);
    expect(store.saves).toBeLessThan(20);
  });

  it('rejects only the failing change of a batch and still saves the others', async () => {
    const writer = createReportWriter(new MemoryReportStore());
    const ok = writer.update((s) => fileReport(s, payload(1), NOW));
    const bad = writer.update(() => {
      throw new Error('boom');
    });
    await expect(ok).resolves.toMatchObject({ duplicate: false });
    await expect(bad).rejects.toThrow('boom');
    expect((await writer.read()).reports).toHaveLength(1);
  });

  it('claims nothing stored when the save fails', async () => {
    const store = new MemoryReportStore();
    store.save = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    const writer = createReportWriter(store);
    await expect(writer.update((s) => fileReport(s, payload(1), NOW))).rejects.toThrow('quota');
  });
});

describe('report store: delete, hide, sending', () => {
  it('deletes one report or all of them', async () => {
    const writer = createReportWriter(new MemoryReportStore());
    const ps = [payload(1), payload(2), payload(3)];
    for (const p of ps) await writer.update((s) => fileReport(s, p, NOW));
    expect(await writer.update((s) => deleteReport(s, ps[1]!.id))).toBe(true);
    expect(await writer.update((s) => deleteReport(s, 'no-such-report'))).toBe(false);
    expect((await writer.read()).reports.map((r) => r.payload.id)).toEqual([ps[0]!.id, ps[2]!.id]);
    expect(await writer.update(deleteAllReports)).toBe(2);
    expect((await writer.read()).reports).toEqual([]);
  });

  it('hides an item reported as a wrong match or not a real divergence on that page only, until undone', () => {
    const s = emptyState();
    const url = 'https://news.example.org/story';
    fileReport(s, payload(1, { pageUrl: url, reason: 'wrong-match', itemKey: 'match:3:001:4' }), NOW);
    fileReport(s, payload(2, { pageUrl: url, reason: 'not-divergence', itemKey: 'divergence:date:1:001:2' }), NOW);
    fileReport(s, payload(3, { pageUrl: url, reason: 'missing-context', itemKey: 'addition:004:12' }), NOW);
    expect(hiddenOn(s, `${url}#top`)).toEqual(['match:3:001:4', 'divergence:date:1:001:2']);
    expect(hiddenOn(s, 'https://news.example.org/another-story')).toEqual([]);
    expect(unhideItem(s, url, 'match:3:001:4')).toEqual(['divergence:date:1:001:2']);
    expect(s.reports).toHaveLength(3);
  });

  it('keeps reports local until sending is turned on, then queues them; turning it off takes the queue back', () => {
    const s = emptyState();
    fileReport(s, payload(1), NOW);
    expect(s.reports[0]!.delivery.state).toBe('stored');
    setSending(s, { endpoint: 'https://reports.example.org/crosscheck', enabled: true });
    expect(s.reports[0]!.delivery.state).toBe('pending');
    fileReport(s, payload(2), NOW);
    expect(s.reports[1]!.delivery.state).toBe('pending');
    setSending(s, { endpoint: 'https://reports.example.org/crosscheck', enabled: false });
    expect(s.reports.map((r) => r.delivery.state)).toEqual(['stored', 'stored']);
  });
});

describe('report validation', () => {
  it('accepts a well-formed report and clips over-long text', () => {
    const long = 'x'.repeat(10_000);
    const clean = validatePayload({ ...payload(1), comment: long });
    expect(clean.comment).toHaveLength(4000);
  });

  it.each([
    ['id', { id: '../../etc' }],
    ['pageUrl', { pageUrl: 'javascript:alert(1)' }],
    ['reason', { reason: 'spam' }],
    ['itemType', { itemType: 'banner' }],
    ['createdAt', { createdAt: 'yesterday' }],
    ['other', { other: null }],
  ])('rejects a report with a bad %s', (field, bad) => {
    expect(() => validatePayload({ ...payload(1), ...bad })).toThrow(InvalidReportError);
    expect(() => validatePayload({ ...payload(1), ...bad })).toThrow(field);
  });

  it('keys a page by its URL without fragment or tracking parameters', () => {
    expect(pageKey('https://a.example/x?id=3&utm_medium=rss#c')).toBe('https://a.example/x?id=3');
  });

  it.each([
    ['https://reports.example.org/in', true],
    ['http://127.0.0.1:8080/reports', true],
    ['http://reports.example.org/in', false],
    ['ftp://reports.example.org/in', false],
    ['https://user:pw@reports.example.org/', false],
    ['not a url', false],
  ])('a report address %s is allowed: %s', (address, ok) => {
    expect(checkEndpoint(address).ok).toBe(ok);
  });
});

describe('granted host patterns', () => {
  it.each([
    [['http://*/*', 'https://*/*'], 'http://127.0.0.1/*', true],
    [['https://*/*'], 'http://127.0.0.1/*', false],
    [['*://*.example.org/*'], 'https://reports.example.org/*', true],
    [['*://*.example.org/*'], 'https://example.org.evil.net/*', false],
    [['https://reports.example.org/api/*'], 'https://reports.example.org/*', false],
    [[], 'https://reports.example.org/*', false],
  ])('%j covers %s: %s', (granted, wanted, covers) => {
    expect(patternsCover(granted, wanted)).toBe(covers);
  });
});
