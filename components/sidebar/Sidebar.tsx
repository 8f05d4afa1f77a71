/**
 * The Crosscheck sidebar: a fixed right-hand panel the lead mounts in a shadow root. Props in, events
 * out; it never touches extension APIs, storage or the page. Key events stop at its edge so page
 * hotkeys never see what is typed in it, and Esc closes it.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useMemo, useRef } from 'preact/hooks';
import type { Analysis, DocId } from '../../lib/types';
import { pageParagraphOf, type SidebarItem, type SidebarSelection } from './items';
import { SidebarHeader } from './SidebarHeader';
import { SidebarResults } from './SidebarResults';
import { ErrorState, LoadingState, NotArticleState } from './SidebarStatus';

/** What the sidebar is showing. */
export type SidebarState = 'loading' | 'ready' | 'not-article' | 'error';

/** Props of {@link Sidebar}. */
export interface SidebarProps {
  state: SidebarState;
  analysis: Analysis | null;
  /** Shown in the error state. */
  error?: string | null;
  /** Shown in the loading state, e.g. "Reading the article…". */
  progress?: string | null;
  /** Page paragraph whose marker opened the sidebar: its matches are shown first, its divergences marked. */
  focusParagraph?: number | null;
  /** Keys (see items.ts) of items the reader reported as wrong on this page: shown collapsed with Undo. */
  hiddenKeys?: ReadonlySet<string> | readonly string[];
  /** Outlet label per corpus doc, for matches; falls back to labels found in the analysis. */
  outletNames?: Readonly<Record<DocId, string>>;
  /** Text of a corpus passage, to show beside a match when the host can look it up. */
  corpusPassage?: (doc: DocId, paragraph: number) => string | undefined;
  /** Move focus into the panel on mount: pass true when the reader opened it, not on automatic display. */
  autoFocus?: boolean;
  /** Rendered over the panel's content, inside its key boundary: the report form goes here. */
  overlay?: ComponentChildren;
  onClose: () => void;
  /** "Scroll to the passage on the page": the item and its page paragraph (null for additions). */
  onSelect?: (selection: SidebarSelection) => void;
  onReport?: (item: SidebarItem) => void;
  onUndoHide?: (key: string) => void;
}

/** The sidebar panel. */
export function Sidebar(props: SidebarProps) {
  const { state, analysis, focusParagraph = null, autoFocus = false, overlay, onClose, onSelect } = props;
  const titleId = useId();
  const rootRef = useRef<HTMLElement>(null);
  const hidden = useMemo(() => new Set(props.hiddenKeys ?? []), [props.hiddenKeys]);

  useEffect(() => {
    if (autoFocus) rootRef.current?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    if (focusParagraph == null || state !== 'ready') return;
    const target = rootRef.current?.querySelector('[data-testid="cc-focus"]');
    target?.scrollIntoView?.({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }, [focusParagraph, state, analysis]);

  const onKey = (e: KeyboardEvent) => {
    if (e.type === 'keydown' && e.key === 'Escape' && !e.defaultPrevented && !overlay) {
      e.preventDefault();
      onClose();
    }
    e.stopPropagation();
  };

  return (
    <aside
      ref={rootRef}
      class="cc-sidebar"
      data-testid="cc-sidebar"
      data-state={state}
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={onKey}
      onKeyUp={onKey}
      onKeyPress={onKey}
    >
      <div class="cc-panel" inert={overlay ? true : undefined}>
      <SidebarHeader titleId={titleId} analysis={state === 'ready' ? analysis : null} onClose={onClose} />
      <div class="cc-body">
        {state === 'error' && <ErrorState error={props.error} />}
        {state === 'not-article' && <NotArticleState analysis={analysis} />}
        {(state === 'loading' || (state === 'ready' && !analysis)) && <LoadingState progress={props.progress} />}
        {state === 'ready' && analysis && (
          <SidebarResults
            analysis={analysis}
            focusParagraph={focusParagraph}
            hidden={hidden}
            outletNames={props.outletNames}
            corpusPassage={props.corpusPassage}
            onSelect={onSelect && ((item) => onSelect({ item, pageParagraph: pageParagraphOf(item) }))}
            onReport={props.onReport}
            onUndoHide={props.onUndoHide}
          />
        )}
      </div>
      </div>
      {overlay}
    </aside>
  );
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
