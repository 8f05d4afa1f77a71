/**
 * Reports end to end, in real Chromium and Firefox ESR with the built extension: filing from the sidebar
 * (form, hidden item, Undo), the options page list and export, 10 tabs filing 100 reports each at once,
 * and sending to a server on 127.0.0.1 that first refuses (503) and then accepts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNewsSite, type NewsSite } from '../../tools/news-site';
import { BROWSER_NAMES, hasBuild, launchWithExtension, type ExtensionBrowser, type Page, type Tab } from './browsers';
import { formatErrors, isFromExtension } from './console-log';
import { inSidebar, waitForSidebarReady } from './crosscheck';
import type { ExtGlobal } from './ext-api';
import { startReportServer } from './report-server';
import { exportFromOptions, message, openOwnPage, reloadExtensionPage, reportPayload } from './reports-page';

/**
 * Waits until `selector` is (or is no longer) in the sidebar's shadow root. Polls: a MutationObserver on
 * the document (puppeteer's waitForSelector in Firefox) does not see changes inside a shadow root.
 */
function waitInShadow(page: Page, selector: string, present: boolean): Promise<unknown> {
  return page.waitForFunction(
    (sel: string, want: boolean) => !!document.querySelector('crosscheck-sidebar')?.shadowRoot?.querySelector(sel) === want,
    { timeout: 10_000, polling: 100 },
    selector,
    present,
  );
}

type Overview = { reports: Array<{ payload: { id: string; comment: string }; delivery: { state: string } }> };

describe.each(BROWSER_NAMES)('reports in %s', (name) => {
  let site: NewsSite;
  let b: ExtensionBrowser;
  let options: Tab;

  beforeAll(async () => {
    if (!hasBuild(name)) throw new Error(`no ${name} build: run npm run build first`);
    site = await startNewsSite();
    b = await launchWithExtension(name);
    options = await openOwnPage(b, '/options.html');
  });
  afterAll(async () => {
    await b?.close();
    await site?.close();
  });

  const list = () => message<Overview>(options.page, 'listReports', {});
  const rows = () => options.page.$$eval('[data-testid="cc-report-row"]', (els) => els.length);

  it('files a report from the sidebar: the form keeps keys from the page, the item hides, and Undo brings it back', async () => {
    const article = await b.open(`${site.url}/article/${site.docs[0]!.id}`);
    const { page } = article;
    await waitForSidebarReady(article);
    await waitInShadow(page, '[data-testid="cc-report"]', true);
    const button = (await page.$(inSidebar('cc-report')))!;
    const itemKey = await button.evaluate((el) => el.closest<HTMLElement>('[data-key]')!.dataset.key!);

    await page.evaluate(() => {
      const w = window as unknown as { pageKeys: number };
      w.pageKeys = 0;
      document.addEventListener('keydown', () => w.pageKeys++);
    });
    await button.click();
    await waitInShadow(page, '[data-testid="cc-report-form"]', true);
    await (await page.$(inSidebar('cc-reason-wrong-match')))!.click();
    await (await page.$(inSidebar('cc-report-comment')))!.type('not the same point');
    expect(await page.evaluate(() => (window as unknown as { pageKeys: number }).pageKeys)).toBe(0);
    const preview = await page.$eval(inSidebar('cc-report-json'), (el) => JSON.parse(el.textContent ?? '{}'));
    expect(preview).toMatchObject({ pageUrl: page.url(), itemKey, reason: 'wrong-match', comment: 'not the same point' });
    await (await page.$(inSidebar('cc-report-submit')))!.click();

    const hidden = inSidebar('cc-hidden', `[data-key="${itemKey}"]`);
    const hiddenInShadow = `[data-testid="cc-hidden"][data-key="${itemKey}"]`;
    await waitInShadow(page, hiddenInShadow, true);
    expect(await page.$(inSidebar('cc-report-form'))).toBeNull();

    // Stored by the background exactly as previewed (plus the id).
    const stored = (await list()).reports;
    expect(stored).toHaveLength(1);
    const { id: _id, ...filed } = stored[0]!.payload as Record<string, unknown>;
    expect(filed).toEqual(preview);

    // Hidden "from then on": a reload of the page shows it hidden again.
    await page.reload({ waitUntil: 'load' });
    await waitForSidebarReady(article);
    await waitInShadow(page, hiddenInShadow, true);
    await (await page.$(`${hidden} [data-testid="cc-undo"]`))!.click();
    await waitInShadow(page, hiddenInShadow, false);
    expect(await page.$(inSidebar('cc-report', ''))).not.toBeNull();
    expect(formatErrors(article.errors.filter(isFromExtension))).toBe('(none)');

    // The popup counts it on its way to the reports list.
    const popup = await b.openPopup(article);
    await popup.page.waitForSelector('[data-testid="cc-open-reports"]', { timeout: 10_000 });
    await expect
      .poll(() => popup.page.$eval('[data-testid="cc-open-reports"]', (el) => el.textContent ?? ''), { timeout: 10_000 })
      .toMatch(/Reports \(1\)/);
    await popup.page.close();
    await page.close();
  });

  it('lists the report on the options page with its state, and exports it as a JSON file', async () => {
    await options.page.bringToFront();
    await reloadExtensionPage(options.page);
    await options.page.waitForSelector('[data-testid="cc-report-row"]', { timeout: 10_000 });
    const row = await options.page.$eval('[data-testid="cc-report-row"]', (el) => ({
      state: el.getAttribute('data-state'),
      text: el.textContent ?? '',
    }));
    expect(row.state).toBe('stored');
    expect(row.text).toContain('not the same point');
    expect(row.text).toContain('Wrong match');

    const exported = await exportFromOptions(options.page);
    expect(exported.name).toMatch(/^crosscheck-reports-\d{4}-\d{2}-\d{2}\.json$/);
    expect(exported.data.count).toBe(1);
    expect(exported.data.reports[0]).toMatchObject({
      reason: 'wrong-match',
      comment: 'not the same point',
      pageUrl: `${site.url}/article/${site.docs[0]!.id}`,
      delivery: { state: 'stored' },
    });
  });

  it('stores exactly 1,000 reports when 10 tabs file 100 each at once; deletes one, then all', async () => {
    await options.page.bringToFront();
    await options.page.click('[data-testid="cc-delete-all"]');
    await options.page.click('[data-testid="cc-delete-all-confirm"]');
    await expect.poll(async () => (await list()).reports.length).toBe(0);

    // Opened one by one (opening is not what is tested); the filing below is what happens at once.
    const tabs: Tab[] = [];
    for (let i = 0; i < 10; i++) tabs.push(await openOwnPage(b, '/options.html'));
    const started = Date.now();
    const results = await Promise.all(
      tabs.map((t, tab) =>
        t.page.evaluate(
          (payloads: unknown[]) => {
            const g = globalThis as unknown as { browser?: { runtime: { sendMessage(m: unknown): Promise<{ duplicate: boolean }> } }; chrome?: { runtime: { sendMessage(m: unknown): Promise<{ duplicate: boolean }> } } };
            const rt = (g.browser ?? g.chrome)!.runtime;
            return Promise.all(payloads.map((data) => rt.sendMessage({ cc: 1, type: 'fileReport', data })));
          },
          Array.from({ length: 100 }, (_, n) => reportPayload(`${site.url}/article/${site.docs[tab % site.docs.length]!.id}`, tab, n)),
        ),
      ),
    );
    const elapsed = Date.now() - started;
    expect(results.flat().filter((r) => r.duplicate)).toEqual([]);
    const stored = (await list()).reports;
    expect(stored).toHaveLength(1000);
    expect(new Set(stored.map((r) => r.payload.id)).size).toBe(1000);
    console.info(`[reports e2e ${name}] 1,000 reports from 10 tabs stored in ${elapsed} ms`);
    await Promise.all(tabs.map((t) => t.page.close()));

    await expect.poll(rows, { timeout: 15_000 }).toBe(1000);
    const newest = await options.page.$eval('[data-testid="cc-report-row"]', (el) => el.getAttribute('data-id'));
    await options.page.click('[data-testid="cc-delete"]');
    await expect.poll(rows, { timeout: 10_000 }).toBe(999);
    expect((await list()).reports.map((r) => r.payload.id)).not.toContain(newest);
    await options.page.click('[data-testid="cc-delete-all"]');
    await options.page.click('[data-testid="cc-delete-all-confirm"]');
    await expect.poll(rows, { timeout: 10_000 }).toBe(0);
  });

  it('sends to a server that first answers 503 then accepts: nothing lost, nothing sent twice', async () => {
    const server = await startReportServer([503]);
    await options.page.bringToFront();
    try {
      const url = `${site.url}/article/${site.docs[1]!.id}`;
      const early = [0, 1, 2].map((n) => reportPayload(url, 90, n));
      for (const p of early) await message(options.page, 'fileReport', p);
      // Nothing leaves the browser before the reader sets an address.
      await new Promise((r) => setTimeout(r, 300));
      expect(server.requests).toEqual([]);

      await reloadExtensionPage(options.page);
      await options.page.waitForSelector('[data-testid="cc-endpoint"]');
      await options.page.type('[data-testid="cc-endpoint"]', server.endpoint);
      await options.page.click('[data-testid="cc-send-enable"]');
      await options.page.waitForSelector('[data-testid="cc-sending-status"][data-enabled="true"]', { timeout: 10_000 });

      // The first attempt is refused; reports filed meanwhile join the queue behind it.
      await expect.poll(() => server.requests.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
      expect(server.requests[0]!.status).toBe(503);
      const late = [3, 4].map((n) => reportPayload(url, 90, n));
      for (const p of late) await message(options.page, 'fileReport', p);

      const all = [...early, ...late].map((p) => p.id);
      await expect.poll(() => server.accepted().length, { timeout: 30_000, interval: 250 }).toBe(all.length);
      expect([...server.accepted()].sort()).toEqual([...all].sort());
      expect(server.requests).toHaveLength(all.length + 1);
      expect(server.requests.every((r) => r.idempotencyKey === r.id)).toBe(true);
      await expect.poll(async () => (await list()).reports.map((r) => r.delivery.state), { timeout: 10_000 }).toEqual(Array(5).fill('sent'));
      await expect
        .poll(() => options.page.$$eval('[data-testid="cc-report-row"]', (els) => els.map((e) => e.getAttribute('data-state'))), { timeout: 10_000 })
        .toEqual(Array(5).fill('sent'));

      // Sent stays sent: a later round posts nothing again.
      await message(options.page, 'sendReportsNow', {});
      await new Promise((r) => setTimeout(r, 500));
      expect(server.requests).toHaveLength(all.length + 1);
      expect(formatErrors(options.errors)).toBe('(none)');
    } finally {
      await server.close();
    }
  });
});

// The background is let sleep as it does for users (Chromium: the worker is not attached to, or it would
// never sleep; Firefox: the event page idles out after a second), and stopped while a retry is pending.
describe.each(BROWSER_NAMES)('reports in %s, across the background sleeping', (name) => {
  let site: NewsSite;
  let b: ExtensionBrowser;
  let options: Tab;

  beforeAll(async () => {
    site = await startNewsSite();
    b = await launchWithExtension(name, { sleepyBackground: true });
    options = await openOwnPage(b, '/options.html');
  });
  afterAll(async () => {
    await b?.close();
    await site?.close();
  });

  it('keeps the reports and resumes a pending retry when the alarm wakes the background: nothing lost, nothing sent twice', async () => {
    const server = await startReportServer([503]);
    try {
      // Through the page, so the permissions sending needs are asked for (Firefox: data collection consent).
      await options.page.waitForSelector('[data-testid="cc-endpoint"]');
      await options.page.type('[data-testid="cc-endpoint"]', server.endpoint);
      await options.page.click('[data-testid="cc-send-enable"]');
      await options.page.waitForSelector('[data-testid="cc-sending-status"][data-enabled="true"]', { timeout: 10_000 });
      const url = `${site.url}/article/${site.docs[2]!.id}`;
      const ids: string[] = [];
      for (const n of [0, 1, 2]) {
        const p = reportPayload(url, 91, n);
        ids.push(p.id);
        await message(options.page, 'fileReport', p);
      }
      await expect.poll(() => server.requests.length, { timeout: 10_000 }).toBe(1);
      expect(server.requests[0]!.status).toBe(503);

      // The background sleeps with the retry pending: its timer is gone, only storage and the alarm remain.
      await b.stopBackground!();
      expect(server.accepted()).toEqual([]);
      await expect.poll(() => server.accepted().length, { timeout: 30_000, interval: 250 }).toBe(3);
      expect([...server.accepted()].sort()).toEqual([...ids].sort());
      expect(server.requests).toHaveLength(4);
      // The server counts a report accepted as it answers; the background marks it sent once the answer arrives.
      await expect
        .poll(async () => (await message<Overview>(options.page, 'listReports', {})).reports.map((r) => r.delivery.state), { timeout: 10_000 })
        .toEqual(['sent', 'sent', 'sent']);
      expect(server.requests).toHaveLength(4);
    } finally {
      await server.close();
    }
  });

  it('a background starting on reports stored by version 1 (as after an update) reads them migrated', async () => {
    // What version 1 left in storage.local: a bare array, and no version mark beside it.
    const v1 = [
      { id: 'v1-older', url: `${site.url}/article/x`, itemKey: 'match:1:001_52de1565edf6a1cb:2', itemType: 'match',
        reason: 'wrong-match', comment: 'from v1', createdAt: Date.UTC(2026, 9, 1) },
      { id: 'v1-newer', url: `${site.url}/article/x`, itemKey: 'addition:004_e37f3927a0aafb37:3', itemType: 'addition',
        reason: 'other', createdAt: Date.UTC(2026, 9, 2) },
    ];
    await options.page.evaluate(async (value: unknown) => {
      type Local = { remove(k: string): Promise<void>; set(v: Record<string, unknown>): Promise<void> };
      const g = globalThis as unknown as Record<'browser' | 'chrome', { storage: { local: Local } } | undefined>;
      const api = (g.browser ?? g.chrome)!;
      await api.storage.local.remove('reports$');
      await api.storage.local.set({ reports: value });
    }, v1);
    // The background starts again on the old data, as it does after an update.
    await b.stopBackground!();
    const overview = await message<Overview>(options.page, 'listReports', {});
    expect(overview.reports.map((r) => r.payload.id)).toEqual(['v1-newer', 'v1-older']);
    expect(overview.reports.map((r) => r.delivery.state)).toEqual(['stored', 'stored']);
    expect(await message<string[]>(options.page, 'getHidden', { url: `${site.url}/article/x` })).toEqual([
      'match:1:001_52de1565edf6a1cb:2',
    ]);
    const meta = await options.page.evaluate(async () => {
      const g = globalThis as unknown as ExtGlobal;
      return (await (g.browser ?? g.chrome)!.storage.local.get('reports$'))['reports$'];
    });
    expect(meta).toEqual({ v: 2 });
  });
});
