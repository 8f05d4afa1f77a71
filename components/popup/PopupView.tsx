/**
 * The toolbar popup: what Crosscheck found on the current tab, a sidebar toggle, the per-site and
 * global off switches, and the way to the reports list. Props in, events out.
 */
import { Switch } from './Switch';

/** What the popup knows about the current tab (the lead's TabStatus fits it as is). */
export interface PopupTabStatus {
  /**
   * checking/analyzing: still working; unsupported: a page Crosscheck cannot run on (browser pages,
   * stores, files); disabled: switched off for this page (see siteOff/globalOff for which switch).
   */
  state: 'checking' | 'analyzing' | 'ready' | 'not-article' | 'unsupported' | 'disabled' | 'error';
  /** Host name of the tab, for the site switch. */
  host: string | null;
  detected: boolean;
  /** 0..1, null before detection ran. */
  topicScore: number | null;
  additions: number;
  divergences: number;
  outletsCompared: number;
  /** Outlet of the corpus article this page is, if it is one. */
  selfOutlet: string | null;
  sidebarOpen: boolean;
  error?: string | null;
}

/** Props of {@link PopupView}. */
export interface PopupViewProps {
  /** Null when no content script answers for the tab (a browser page, or one loaded before Crosscheck). */
  status: PopupTabStatus | null;
  /** The tab's host when status is null or lacks it, for the site switch. */
  host?: string | null;
  /** A transient note from the host, e.g. "Reload the page to run Crosscheck here." */
  message?: string | null;
  siteOff: boolean;
  globalOff: boolean;
  /** How many reports are stored, and how many wait to be sent, for the reports button. */
  reportsCount?: number;
  pendingReports?: number;
  /** The keyboard shortcut that toggles the sidebar, e.g. "Alt+Shift+K", when known. */
  shortcut?: string | null;
  onToggleSidebar: () => void;
  onSiteOffChange: (off: boolean) => void;
  onGlobalOffChange: (off: boolean) => void;
  onOpenReports: () => void;
}

/** The popup's content. */
export function PopupView(props: PopupViewProps) {
  const { status: s, siteOff, globalOff, reportsCount = 0, pendingReports = 0, shortcut, message } = props;
  const host = s?.host || props.host || null;
  const canToggle = !!s && s.state !== 'unsupported' && s.state !== 'disabled' && !siteOff && !globalOff;
  return (
    <main class="cc-popup" data-testid="cc-popup">
      <h1 class="cc-title">Crosscheck</h1>
      <section class="cc-status" data-testid="cc-status" data-state={s?.state ?? 'none'} aria-live="polite">
        <StatusText status={s} host={host} siteOff={siteOff} globalOff={globalOff} />
      </section>
      <button
        type="button"
        class="cc-button cc-button-primary cc-wide"
        data-testid="cc-toggle"
        aria-pressed={!!s?.sidebarOpen}
        disabled={!canToggle}
        title={shortcut ? `Shortcut: ${shortcut}` : undefined}
        onClick={props.onToggleSidebar}
      >
        {s?.sidebarOpen ? 'Hide sidebar' : 'Show sidebar'}
        {shortcut && <span class="cc-shortcut"> ({shortcut})</span>}
      </button>
      {message && (
        <p class="cc-meta" role="status" data-testid="cc-message">
          {message}
        </p>
      )}
      <div class="cc-switches">
        <Switch
          label="Off on this site"
          description={host ?? undefined}
          testId="cc-site-off"
          checked={siteOff}
          disabled={!host}
          onChange={props.onSiteOffChange}
        />
        <Switch label="Off everywhere" testId="cc-global-off" checked={globalOff} onChange={props.onGlobalOffChange} />
      </div>
      <button type="button" class="cc-button cc-wide" data-testid="cc-open-reports" onClick={props.onOpenReports}>
        Reports ({reportsCount}){pendingReports > 0 && `, ${pendingReports} waiting to send`}
      </button>
    </main>
  );
}

interface StatusTextProps {
  status: PopupTabStatus | null;
  host: string | null;
  siteOff: boolean;
  globalOff: boolean;
}

function StatusText({ status: s, host, siteOff, globalOff }: StatusTextProps) {
  if (globalOff) return <p>Crosscheck is off everywhere.</p>;
  if (siteOff) return <p>Crosscheck is off on {host ?? 'this site'}.</p>;
  if (!s || s.state === 'unsupported') {
    return <p>Crosscheck isn’t running on this page. Browser pages can’t be checked; other pages may need a reload.</p>;
  }
  if (s.state === 'checking') return <p>Checking this page…</p>;
  if (s.state === 'analyzing') return <p>Comparing this article with other outlets…</p>;
  if (s.state === 'disabled') return <p>Crosscheck is off for this page.</p>;
  if (s.state === 'error') return <p role="alert">Something went wrong{s.error ? `: ${s.error}` : '.'}</p>;
  if (s.state === 'not-article' || !s.detected) {
    return (
      <p>
        No article about the AI pause debate here
        {s.topicScore != null && <span class="cc-meta"> (topic score {s.topicScore.toFixed(2)})</span>}.
      </p>
    );
  }
  return (
    <>
      <p>
        Article detected
        {s.topicScore != null && <span class="cc-meta"> (topic score {s.topicScore.toFixed(2)})</span>}
        {s.selfOutlet && <span data-testid="cc-popup-self">; it is {s.selfOutlet}’s article</span>}.
      </p>
      <dl class="cc-counts">
        <div>
          <dt>Other outlets add</dt>
          <dd data-testid="cc-count-additions">{s.additions}</dd>
        </div>
        <div>
          <dt>Divergences</dt>
          <dd data-testid="cc-count-divergences">{s.divergences}</dd>
        </div>
        <div>
          <dt>Outlets compared</dt>
          <dd data-testid="cc-count-outlets">{s.outletsCompared}</dd>
        </div>
      </dl>
    </>
  );
}
