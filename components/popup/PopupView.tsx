/**
 * The toolbar popup: what Crosscheck found on the current tab, a sidebar toggle, the per-site and
 * global off switches, and the way to the reports list. Props in, events out.
 */
import { Switch } from './Switch';

/** What the popup knows about the current tab. */
export interface PopupTabStatus {
  /**
   * checking: the tab has not answered yet; unsupported: a page Crosscheck cannot run on (browser
   * pages, stores, files); off: Crosscheck is switched off for this page (see siteOff/globalOff).
   */
  state: 'checking' | 'ready' | 'not-article' | 'unsupported' | 'off' | 'error';
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
  status: PopupTabStatus;
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
  const { status: s, siteOff, globalOff, reportsCount = 0, pendingReports = 0, shortcut } = props;
  const canToggle = (s.state === 'ready' || s.state === 'not-article') && !siteOff && !globalOff;
  return (
    <main class="cc-popup" data-testid="cc-popup">
      <h1 class="cc-title">Crosscheck</h1>
      <section class="cc-status" data-testid="cc-status" data-state={s.state} aria-live="polite">
        <StatusText status={s} siteOff={siteOff} globalOff={globalOff} />
      </section>
      <button
        type="button"
        class="cc-button cc-button-primary cc-wide"
        data-testid="cc-toggle"
        aria-pressed={s.sidebarOpen}
        disabled={!canToggle}
        title={shortcut ? `Shortcut: ${shortcut}` : undefined}
        onClick={props.onToggleSidebar}
      >
        {s.sidebarOpen ? 'Hide sidebar' : 'Show sidebar'}
        {shortcut && <span class="cc-shortcut"> ({shortcut})</span>}
      </button>
      <div class="cc-switches">
        <Switch
          label="Off on this site"
          description={s.host ?? undefined}
          testId="cc-site-off"
          checked={siteOff}
          disabled={!s.host}
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

function StatusText({ status: s, siteOff, globalOff }: { status: PopupTabStatus; siteOff: boolean; globalOff: boolean }) {
  if (globalOff) return <p>Crosscheck is off everywhere.</p>;
  if (siteOff) return <p>Crosscheck is off on {s.host ?? 'this site'}.</p>;
  if (s.state === 'checking') return <p>Checking this page…</p>;
  if (s.state === 'unsupported') return <p>Crosscheck can’t run on this page.</p>;
  if (s.state === 'off') return <p>Crosscheck is off for this page.</p>;
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
