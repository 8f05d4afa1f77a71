/**
 * "This passage": what the corpus says about the page paragraph whose marker opened the sidebar,
 * so a reader who clicked a marker sees that paragraph's matches first, or why there are none.
 */
import { useId } from 'preact/hooks';
import type { Analysis, DocId } from '../../lib/types';
import { focusNoteText } from './empty-states';
import { HiddenItem } from './HiddenItem';
import { matchItem, type SidebarItem } from './items';
import { MatchItem } from './MatchItem';

/** Props of {@link FocusSection}. */
export interface FocusSectionProps {
  analysis: Analysis;
  paragraph: number;
  hidden: ReadonlySet<string>;
  outletOf: (doc: DocId) => string | null;
  corpusPassage?: (doc: DocId, paragraph: number) => string | undefined;
  onSelect?: (item: SidebarItem) => void;
  onReport?: (item: SidebarItem) => void;
  onUndoHide?: (key: string) => void;
}

/** Renders the focused paragraph's note and its matches. */
export function FocusSection(props: FocusSectionProps) {
  const { analysis, paragraph, hidden, outletOf, corpusPassage, onSelect, onReport, onUndoHide } = props;
  const headingId = useId();
  const matches = analysis.paragraphs.find((p) => p.index === paragraph)?.matches ?? [];
  const items = matches.map((m) => matchItem(paragraph, m, outletOf(m.doc)));
  const note = focusNoteText(analysis, paragraph);
  return (
    <section class="cc-section cc-focus" data-testid="cc-focus" data-paragraph={paragraph} aria-labelledby={headingId}>
      <h3 class="cc-section-title" id={headingId}>
        This passage
      </h3>
      <p class={items.length === 0 ? 'cc-empty' : 'cc-meta'} data-testid={items.length === 0 ? 'cc-empty-focus' : 'cc-focus-note'}>
        {note}
      </p>
      {items.length > 0 && (
        <ul class="cc-list" role="list">
          {items.map((item) =>
            item.type !== 'match' ? null : hidden.has(item.key) ? (
              <HiddenItem key={item.key} itemKey={item.key} what="match" onUndo={onUndoHide} />
            ) : (
              <MatchItem
                key={item.key}
                itemKey={item.key}
                match={item.match}
                pageParagraph={paragraph}
                outlet={item.outlet}
                text={corpusPassage?.(item.match.doc, item.match.paragraph)}
                onSelect={onSelect && (() => onSelect(item))}
                onReport={onReport && (() => onReport(item))}
              />
            ),
          )}
        </ul>
      )}
    </section>
  );
}
