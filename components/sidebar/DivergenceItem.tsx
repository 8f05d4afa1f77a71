/**
 * One "Where outlets diverge" entry: this page's wording above the other outlet's, the differing words
 * marked, a kind badge. Clicking the entry (or its "Show on page" button) selects the page passage.
 */
import { useState } from 'preact/hooks';
import type { Divergence, DivergenceSide } from '../../lib/types';
import { excerptAround, summaryAnchors } from './excerpt';
import { HighlightedText } from './HighlightedText';
import { KIND_HINTS, kindLabel } from './kinds';
import { ReportButton } from './ReportButton';

/** Props of {@link DivergenceItem}. */
export interface DivergenceItemProps {
  divergence: Divergence;
  itemKey: string;
  /** The page paragraph the sidebar was opened at is this item's paragraph. */
  focused?: boolean;
  onSelect?: () => void;
  onReport?: () => void;
}

/** Renders a divergence as a list row. */
export function DivergenceItem({ divergence: d, itemKey, focused, onSelect, onReport }: DivergenceItemProps) {
  const hint = (KIND_HINTS as Record<string, string>)[d.kind] ?? KIND_HINTS.other;
  const [expanded, setExpanded] = useState(false);
  const clipped = [d.page, d.other].some((side) => {
    const e = excerptAround(side.text, side.highlights, { anchors: summaryAnchors(side.text, d.summary) });
    return e.clippedStart || e.clippedEnd;
  });
  return (
    <li
      class={`cc-item cc-divergence${focused ? ' cc-focused' : ''}${onSelect ? ' cc-selectable' : ''}`}
      data-testid="cc-divergence"
      data-key={itemKey}
      data-kind={d.kind}
      data-paragraph={d.page.paragraph}
      data-doc={d.other.doc}
      aria-current={focused ? 'true' : undefined}
      onClick={(e) => {
        // Buttons act for themselves, and a reader selecting text to copy it is not asking to scroll.
        if ((e.target as Element | null)?.closest?.('button, a, input')) return;
        const selection = window.getSelection?.();
        if (selection && !selection.isCollapsed && selection.toString() !== '') return;
        onSelect?.();
      }}
    >
      <div class="cc-item-head">
        <span class="cc-badge" data-testid="cc-kind" data-kind={d.kind} title={hint}>
          {kindLabel(d.kind)}
        </span>
        {d.summary && <span class="cc-summary">{d.summary}</span>}
      </div>
      <figure class="cc-side cc-side-page">
        <figcaption class="cc-side-label">This page</figcaption>
        <blockquote class="cc-passage" data-testid="cc-page-text">
          <Passage side={d.page} summary={d.summary} full={expanded} />
        </blockquote>
      </figure>
      <figure class="cc-side cc-side-other">
        <figcaption class="cc-side-label" data-testid="cc-other-outlet">
          {d.other.outlet}
        </figcaption>
        <blockquote class="cc-passage" data-testid="cc-other-text">
          <Passage side={d.other} summary={d.summary} full={expanded} />
        </blockquote>
      </figure>
      <div class="cc-item-foot">
        {clipped && (
          <button
            type="button"
            class="cc-button cc-button-quiet"
            data-testid="cc-expand"
            aria-expanded={expanded}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? 'Show less' : 'Full passages'}
          </button>
        )}
        {onSelect && (
          <button type="button" class="cc-button cc-button-quiet" data-testid="cc-show" onClick={onSelect}>
            Show on page
          </button>
        )}
        {onReport && <ReportButton what={`this ${kindLabel(d.kind).toLowerCase()} divergence`} onReport={onReport} />}
      </div>
    </li>
  );
}

/**
 * One side's text: the sentences around its highlights, or all of it once the reader expands the item.
 * The clipped parts stay in the DOM, hidden, so the element's text is always the whole passage.
 */
function Passage({ side, summary, full }: { side: DivergenceSide; summary: string; full: boolean }) {
  const { text, highlights } = side;
  const e = excerptAround(text, highlights, { anchors: summaryAnchors(text, summary) });
  if (full || (!e.clippedStart && !e.clippedEnd)) return <HighlightedText text={text} highlights={highlights} />;
  const part = (from: number, to: number) => (
    <HighlightedText text={text.slice(from, to)} highlights={highlights.map((h) => ({ start: h.start - from, end: h.end - from }))} />
  );
  const windowClass = `cc-window${e.clippedStart ? ' cc-clip-start' : ''}${e.clippedEnd ? ' cc-clip-end' : ''}`;
  return (
    <>
      {e.clippedStart && <span hidden>{part(0, e.start)}</span>}
      <span class={windowClass}>{part(e.start, e.end)}</span>
      {e.clippedEnd && <span hidden>{part(e.end, text.length)}</span>}
    </>
  );
}
