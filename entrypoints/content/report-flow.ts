/**
 * Reporting from the sidebar: "Report" on an item opens the report form over the sidebar (inside its shadow
 * root), the submitted report goes to the background (the one writer), and items reported as a wrong match
 * or not a real divergence are hidden on this page from then on, with Undo. The sidebar host asks `props()`
 * for what to render and is told to `repaint` when it changes.
 */
import { h } from 'preact';
import { browser } from 'wxt/browser';
import { ReportForm } from '../../components/report/ReportForm';
import { buildReportDraft, type ReportContent, type ReportDraft } from '../../components/report/draft';
import type { SidebarItem } from '../../components/sidebar/items';
import type { SidebarProps } from '../../components/sidebar/Sidebar';
import { sendToBackground } from '../../lib/messaging/messenger';
import type { SendingSettings } from '../../lib/reports/model';
import type { Analysis } from '../../lib/types';

/** What the sidebar needs from the report flow. */
export type ReportSidebarProps = Pick<SidebarProps, 'hiddenKeys' | 'onUndoHide' | 'overlay' | 'onReport'>;

/** The report flow of one page. */
export interface ReportFlow {
  /** Props to spread into the Sidebar. */
  props(): ReportSidebarProps;
  /** Loads the items hidden on this page (after the analysis arrives). */
  loadHidden(): Promise<void>;
}

interface OpenForm {
  id: string;
  draft: ReportDraft;
  sending: SendingSettings | null;
  busy: boolean;
  error: string | null;
}

/** A random report id; crypto.randomUUID is missing on plain-http pages, getRandomValues is not. */
function newReportId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Creates the report flow; `repaint` re-renders the sidebar with fresh `props()`. */
export function createReportFlow(opts: { analysis: () => Analysis | null; repaint: () => void }): ReportFlow {
  let hidden: readonly string[] = [];
  let form: OpenForm | null = null;
  // Requests are numbered; a reply to an older request than the last one applied is stale (the background
  // answers in its write order, but replies may arrive out of order) and must not undo a newer change.
  let lastRequest = 0;
  let lastApplied = 0;
  const begin = () => ++lastRequest;
  const setHidden = (keys: readonly string[], request: number) => {
    if (request < lastApplied) return;
    lastApplied = request;
    hidden = keys;
  };

  async function open(item: SidebarItem): Promise<void> {
    const sending = await sendToBackground('getReportSending', {}).catch(() => null);
    const analysis = opts.analysis();
    const draft = buildReportDraft(item, {
      pageUrl: location.href,
      extensionVersion: browser.runtime.getManifest().version,
      analysis,
      // The analysis already carries the text of every matched corpus passage.
      corpusPassage: (doc, paragraph) => analysis?.passages?.[`${doc}#${paragraph}`],
    });
    form = { id: newReportId(), draft, sending, busy: false, error: null };
    opts.repaint();
  }

  async function submit(content: ReportContent): Promise<void> {
    const current = form;
    if (!current || current.busy) return;
    current.busy = true;
    current.error = null;
    opts.repaint();
    try {
      // The id stays the same if the reader submits again after an error, so the report is stored once.
      const request = begin();
      const res = await sendToBackground('fileReport', { ...content, id: current.id });
      setHidden(res.hidden, request);
      form = null;
    } catch (err) {
      current.busy = false;
      current.error = `The report could not be saved: ${err instanceof Error ? err.message : String(err)}`;
    }
    opts.repaint();
  }

  async function undoHide(itemKey: string): Promise<void> {
    setHidden(hidden.filter((k) => k !== itemKey), begin());
    opts.repaint();
    const request = begin();
    const keys = await sendToBackground('unhide', { url: location.href, itemKey }).catch(() => null);
    if (keys) setHidden(keys, request);
    opts.repaint();
  }

  return {
    props() {
      const f = form;
      const sendingOn = !!(f?.sending?.enabled && f.sending.endpoint);
      return {
        hiddenKeys: hidden,
        onUndoHide: (key) => void undoHide(key),
        onReport: (item) => void open(item),
        overlay: f
          ? h(ReportForm, {
              key: f.id,
              report: f.draft,
              busy: f.busy,
              error: f.error,
              submitLabel: sendingOn ? 'Send report' : 'Save report',
              destination: sendingOn ? f.sending!.endpoint : null,
              onSubmit: (content) => void submit(content),
              onCancel: () => {
                form = null;
                opts.repaint();
              },
            })
          : undefined,
      };
    },
    async loadHidden() {
      const request = begin();
      const keys = await sendToBackground('getHidden', { url: location.href }).catch(() => null);
      if (keys) setHidden(keys, request);
      opts.repaint();
    },
  };
}
