/**
 * The background's reports side: the one writer of reports (every filing, delete, hide and send result goes
 * through one group-committing writer, so tabs never race each other), and the sender. Nothing lives only in
 * memory: the queue's state is in storage, an alarm wakes a sleeping service worker when a retry is due,
 * and every start of the worker resumes the queue.
 */
import { browser, type Browser } from 'wxt/browser';
import { onBackgroundMessages } from '../../lib/messaging/messenger';
import type { ReportsOverview } from '../../lib/messaging/protocol';
import type { ReportsState } from '../../lib/reports/model';
import { createSendLoop, DEFAULT_BACKOFF, type RoundResult } from '../../lib/reports/queue';
import {
  deleteAllReports,
  deleteReport,
  fileReport,
  hiddenOn,
  newestFirst,
  retryFailed,
  setSending,
  unhideItem,
} from '../../lib/reports/state';
import { createReportWriter } from '../../lib/reports/store';
import { checkEndpoint, patternsCover, sendingPermissions, validatePayload } from '../../lib/reports/validate';
import { createWxtReportStore } from '../../lib/storage/reports-storage';

const ALARM = 'crosscheck-send-reports';
// While the worker is awake a timer retries sooner than an alarm could (Chrome clamps alarms to 30 s).
const MAX_TIMER_MS = 5 * 60_000;

/**
 * Whether the extension holds what sending to `endpoint` needs. Read from getAll() rather than contains():
 * Chrome's contains() ignores the hosts granted through the content scripts' matches, which do let the
 * worker reach them.
 */
async function holdsSendingPermissions(endpoint: string, firefox: boolean): Promise<boolean> {
  const wanted = sendingPermissions(endpoint, firefox);
  const all = (await browser.permissions.getAll()) as { origins?: string[]; data_collection?: string[] };
  return (
    wanted.origins.every((o) => patternsCover(all.origins ?? [], o)) &&
    (wanted.data_collection ?? []).every((d) => (all.data_collection ?? []).includes(d))
  );
}

const overview = (s: ReportsState): ReportsOverview => ({ reports: newestFirst(s.reports), sending: s.sending, queue: s.queue });

/** Registers the reports handlers, alarm and queue resumption. */
export function registerReports(): void {
  const writer = createReportWriter(createWxtReportStore());
  const firefox = browser.runtime.getURL('/').startsWith('moz-extension:');
  let timer: ReturnType<typeof setTimeout> | undefined;

  const loop = createSendLoop(
    {
      writer,
      fetch: (input, init) => fetch(input, init),
      now: Date.now,
      hasPermission: (endpoint) => holdsSendingPermissions(endpoint, firefox),
      backoff: DEFAULT_BACKOFF,
    },
    schedule,
  );

  async function schedule(r: RoundResult): Promise<void> {
    clearTimeout(timer);
    if (r.status !== 'waiting') {
      await browser.alarms.clear(ALARM);
      return;
    }
    await browser.alarms.create(ALARM, { when: r.until });
    const delay = r.until - Date.now();
    if (delay < MAX_TIMER_MS) timer = setTimeout(() => void pump(), Math.max(0, delay));
  }

  function pump(force = false): Promise<RoundResult | null> {
    // A failed round (storage unavailable) leaves everything queued; the next wake or alarm tries again.
    return loop.pump(force).catch(() => null);
  }

  const fromExtensionPage = (sender: Browser.runtime.MessageSender) =>
    (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
  const requireExtensionPage = (sender: Browser.runtime.MessageSender) => {
    if (!fromExtensionPage(sender)) throw new Error('Only Crosscheck pages may manage reports.');
  };

  onBackgroundMessages({
    fileReport: async (raw) => {
      const payload = validatePayload(raw);
      const r = await writer.update((s) => fileReport(s, payload, Date.now()));
      if (r.report.delivery.state === 'pending') void pump();
      return { id: r.report.payload.id, duplicate: r.duplicate, state: r.report.delivery.state, hidden: r.hidden };
    },
    listReports: async (_, sender) => {
      requireExtensionPage(sender);
      return overview(await writer.read());
    },
    reportCounts: async () => {
      const { reports } = await writer.read();
      const count = (state: string) => reports.filter((r) => r.delivery.state === state).length;
      return { total: reports.length, pending: count('pending'), failed: count('failed') };
    },
    deleteReport: (req, sender) => {
      requireExtensionPage(sender);
      return writer.update((s) => deleteReport(s, req.id));
    },
    deleteAllReports: (_, sender) => {
      requireExtensionPage(sender);
      return writer.update(deleteAllReports);
    },
    getHidden: async ({ url }) => hiddenOn(await writer.read(), url),
    unhide: ({ url, itemKey }) => writer.update((s) => unhideItem(s, url, itemKey)),
    getReportSending: async () => (await writer.read()).sending,
    setReportSending: async (next, sender) => {
      requireExtensionPage(sender);
      let endpoint: string | null = null;
      if (next.endpoint) {
        const checked = checkEndpoint(next.endpoint);
        if (!checked.ok) throw new Error(checked.why);
        endpoint = checked.url.toString();
      }
      const state = await writer.update((s) => {
        setSending(s, { endpoint, enabled: next.enabled && endpoint !== null });
        return overview(s);
      });
      if (state.sending.enabled) void pump(true);
      else await schedule({ status: 'idle', sent: 0 });
      return state;
    },
    sendReportsNow: async (_, sender) => {
      requireExtensionPage(sender);
      return (await pump(true)) ?? { status: 'idle', sent: 0 };
    },
    retryReports: async ({ id }, sender) => {
      requireExtensionPage(sender);
      const n = await writer.update((s) => retryFailed(s, id));
      if (n) void pump(true);
      return n;
    },
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void pump();
  });
  // Every start of the worker (browser start, update, wake for any event) resumes a queue left waiting.
  void pump();
}
