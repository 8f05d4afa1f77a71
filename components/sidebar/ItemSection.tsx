/** A titled landmark section of sidebar items, with an empty state that says why it is empty. */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/** Props of {@link ItemSection}. */
export interface ItemSectionProps {
  title: string;
  testId: string;
  /** Items in the analysis, before filtering and hiding. */
  total: number;
  /** Items shown after the filter (hidden rows included). */
  shown: number;
  /** Shown when the analysis has no items here. */
  emptyText: string;
  emptyTestId: string;
  filterQuery: string;
  children: ComponentChildren;
}

/** Renders a heading, the item count, then the list, or the reason there is nothing to list. */
export function ItemSection(props: ItemSectionProps) {
  const headingId = useId();
  const { title, testId, total, shown, emptyText, emptyTestId, filterQuery, children } = props;
  return (
    <section class="cc-section" data-testid={testId} aria-labelledby={headingId}>
      <h3 class="cc-section-title" id={headingId}>
        {title} <span class="cc-count">{shown === total ? total : `${shown} of ${total}`}</span>
      </h3>
      {total === 0 ? (
        <p class="cc-empty" data-testid={emptyTestId}>
          {emptyText}
        </p>
      ) : shown === 0 ? (
        <p class="cc-empty" data-testid="cc-filter-empty">
          Nothing here matches “{filterQuery.trim()}”.
        </p>
      ) : (
        <ul class="cc-list" role="list">
          {children}
        </ul>
      )}
    </section>
  );
}
