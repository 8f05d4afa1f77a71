/** The sidebar's header: title, close button, how many outlets were compared and which article this page is. */
import type { Analysis } from '../../lib/types';

/** Props of {@link SidebarHeader}. */
export interface SidebarHeaderProps {
  titleId: string;
  /** Present once the analysis is in; the header then says what was compared. */
  analysis: Analysis | null;
  onClose: () => void;
}

/** Renders the header landmark. */
export function SidebarHeader({ titleId, analysis, onClose }: SidebarHeaderProps) {
  const n = analysis?.outletsCompared ?? 0;
  return (
    <header class="cc-header" data-testid="cc-header">
      <div class="cc-title-row">
        <h2 class="cc-title" id={titleId}>
          Crosscheck
        </h2>
        <button
          type="button"
          class="cc-button cc-icon-button"
          data-testid="cc-close"
          aria-label="Close Crosscheck sidebar"
          title="Close (Esc)"
          onClick={onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {analysis && (
        <p class="cc-meta">
          Compared with <span data-testid="cc-outlets-count">{n}</span> other {n === 1 ? 'outlet' : 'outlets'}
        </p>
      )}
      {analysis?.self != null && (
        <p class="cc-meta cc-self" data-testid="cc-self" data-doc={analysis.self}>
          {analysis.selfOutlet
            ? `This page matches ${analysis.selfOutlet}’s article`
            : `This page matches corpus article ${analysis.self}`}
        </p>
      )}
    </header>
  );
}
