/**
 * The options page: the reports list (newest first, with each report's state and why), export as JSON,
 * delete one or all, and the report address. It only reads; every change is a message to the background,
 * the one writer. It follows the stored reports live, so a report filed in a tab appears here at once.
 */
import { render } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ReportsList } from '../../components/reports/ReportsList';
import { sendToBackground } from '../../lib/messaging/messenger';
import type { ReportsOverview } from '../../lib/messaging/protocol';
import { patternsCover, sendingPermissions } from '../../lib/reports/validate';
import { downloadJson, exportDocument } from './export';
import { toView } from './report-view';
import { SendingForm } from './SendingForm';
import { OPTIONS_CSS } from './style';

const firefox = browser.runtime.getURL('/').startsWith('moz-extension:');

/**
 * What the extension holds already, kept current so the click handler can decide synchronously: Firefox
 * grants a permission request only if it is made before any await in the click, and Chrome would prompt
 * even for hosts its content scripts were granted at install.
 */
const granted = { origins: [] as string[], dataCollection: [] as string[] };
async function refreshGranted(): Promise<void> {
  const all = (await browser.permissions.getAll()) as { origins?: string[]; data_collection?: string[] };
  granted.origins = all.origins ?? [];
  granted.dataCollection = all.data_collection ?? [];
}
void refreshGranted();
browser.permissions.onAdded.addListener(() => void refreshGranted());
browser.permissions.onRemoved.addListener(() => void refreshGranted());

/** Asks for what sending to `endpoint` needs, unless it is all held already. Call it first thing in a click. */
function requestSendingPermissions(endpoint: string): Promise<boolean> {
  const wanted = sendingPermissions(endpoint, firefox);
  const held =
    wanted.origins.every((o) => patternsCover(granted.origins, o)) &&
    (wanted.data_collection ?? []).every((d) => granted.dataCollection.includes(d));
  return held ? Promise.resolve(true) : browser.permissions.request(wanted as never);
}

function Options() {
  const [data, setData] = useState<ReportsOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setData(await sendToBackground('listReports', {}));
      setError(null);
    } catch (err) {
      setError(`Could not read the reports: ${String(err)}`);
    }
  }, []);

  useEffect(() => {
    void reload();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'reports' in changes) void reload();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [reload]);

  const views = useMemo(() => (data ? data.reports.map((r) => toView(r, data.queue)) : []), [data]);
  const counts = useMemo(() => {
    const c = { pending: 0, failed: 0, sent: 0, stored: 0 };
    for (const r of data?.reports ?? []) c[r.delivery.state]++;
    return c;
  }, [data]);

  if (!data) return <p class="cc-meta">{error ?? 'Loading reports…'}</p>;
  return (
    <>
      {error && (
        <p class="cc-field-error" role="alert">
          {error}
        </p>
      )}
      <ReportsList
        reports={views}
        destination={data.sending.enabled ? data.sending.endpoint : null}
        onExport={() => {
          const version = browser.runtime.getManifest().version;
          const day = new Date().toISOString().slice(0, 10);
          downloadJson(exportDocument(data.reports, version), `crosscheck-reports-${day}.json`);
        }}
        onDelete={(id) => void sendToBackground('deleteReport', { id }).then(reload)}
        onDeleteAll={() => void sendToBackground('deleteAllReports', {}).then(reload)}
      />
      <SendingForm
        sending={data.sending}
        queue={data.queue}
        counts={counts}
        onEnable={async (endpoint) => {
          const allowed = await requestSendingPermissions(endpoint);
          if (!allowed) return 'Crosscheck was not allowed to reach that address, so sending stays off.';
          setData(await sendToBackground('setReportSending', { endpoint, enabled: true }));
          return null;
        }}
        onDisable={async () => {
          setData(await sendToBackground('setReportSending', { endpoint: data.sending.endpoint, enabled: false }));
        }}
        onSendNow={async () => {
          await sendToBackground('sendReportsNow', {});
          await reload();
        }}
        onRetryFailed={async () => {
          await sendToBackground('retryReports', {});
          await reload();
        }}
      />
    </>
  );
}

const style = document.createElement('style');
style.textContent = OPTIONS_CSS;
document.head.append(style);
render(<Options />, document.getElementById('app')!);
