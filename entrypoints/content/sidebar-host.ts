/**
 * The sidebar's place in the page: a shadow root (isolated both ways) fixed to the right edge, holding the
 * Preact `Sidebar`. Host-element styles are set through the CSSOM with !important so page CSS cannot move it.
 */
import { h, render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Sidebar, type SidebarProps } from '../../components/sidebar/Sidebar';
import { sidebarCss } from '../../components/styles/sidebar';
import { adoptStyles } from './adopt-styles';

/** What the controller tells the sidebar to show. */
export type SidebarView = Pick<SidebarProps, 'state' | 'analysis'> & {
  focusParagraph?: number | null;
  error?: string;
  progress?: string;
  /** The reader opened the panel (popup, shortcut, marker): move focus into it. */
  userOpened?: boolean;
};

/** The mounted sidebar. */
export interface SidebarHost {
  show(view: SidebarView): void;
  hide(): void;
  isOpen(): boolean;
  /** Re-renders with the current view (e.g. the report form opened or closed). */
  repaint(): void;
}

/** The sidebar's callbacks into the content script. */
export interface SidebarHostEvents {
  onClose(): void;
  onSelect(paragraph: number): void;
  onReport?: SidebarProps['onReport'];
  /** Reporting's props (report form overlay, hidden items, Undo), asked for at each paint. */
  reportProps?: () => Pick<SidebarProps, 'hiddenKeys' | 'onUndoHide' | 'overlay' | 'onReport'>;
}

const HOST_STYLE: Record<string, string> = {
  position: 'fixed', top: '0', right: '0', bottom: '0', width: '380px', 'max-width': '100vw',
  'z-index': '2147483647', display: 'block', margin: '0', padding: '0', border: '0',
};

/** Creates (but does not show) the sidebar for this page. */
export async function createSidebarHost(ctx: ContentScriptContext, events: SidebarHostEvents): Promise<SidebarHost> {
  let open = false;
  let view: SidebarView = { state: 'loading', analysis: null };
  let container: HTMLElement | null = null;

  const ui = await createShadowRootUi(ctx, {
    name: 'crosscheck-sidebar',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    inheritStyles: true,
    css: sidebarCss,
    isolateEvents: true,
    onMount(uiContainer, shadow, shadowHost) {
      for (const [prop, value] of Object.entries(HOST_STYLE)) shadowHost.style.setProperty(prop, value, 'important');
      adoptStyles(shadow, sidebarCss);
      container = uiContainer;
      paint();
    },
    onRemove() {
      if (container) render(null, container);
      container = null;
    },
  });

  function paint(): void {
    if (!container) return;
    render(
      h(Sidebar, {
        state: view.state,
        analysis: view.analysis,
        error: view.error,
        progress: view.progress ?? null,
        focusParagraph: view.focusParagraph ?? null,
        autoFocus: view.userOpened ?? false,
        outletNames: view.analysis?.outlets,
        corpusPassage: (doc, paragraph) => view.analysis?.passages?.[`${doc}#${paragraph}`],
        onClose: events.onClose,
        onSelect: (sel) => {
          if (sel.pageParagraph !== null) events.onSelect(sel.pageParagraph);
        },
        onReport: events.onReport ?? (() => undefined),
        ...events.reportProps?.(),
      }),
      container,
    );
  }

  return {
    show(next) {
      view = next;
      if (!open) ui.mount();
      open = true;
      paint();
    },
    hide() {
      if (open) ui.remove();
      open = false;
    },
    isOpen: () => open,
    repaint: paint,
  };
}
