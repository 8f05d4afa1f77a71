/** The sidebar body once the analysis is in: the focused passage, the filter, additions and divergences. */
import { useMemo, useState } from 'preact/hooks';
import type { Analysis, DocId } from '../../lib/types';
import { AdditionItem } from './AdditionItem';
import { DivergenceItem } from './DivergenceItem';
import { emptyAdditionsText, emptyDivergencesText } from './empty-states';
import { FilterBox } from './FilterBox';
import { createItemFilter } from './filter';
import { FocusSection } from './FocusSection';
import { HiddenItem } from './HiddenItem';
import { additionItem, divergenceItem, type SidebarItem } from './items';
import { ItemSection } from './ItemSection';
import { SectionNav } from './SectionNav';

/** Props of {@link SidebarResults}. */
export interface SidebarResultsProps {
  analysis: Analysis;
  focusParagraph: number | null;
  hidden: ReadonlySet<string>;
  outletNames?: Readonly<Record<DocId, string>>;
  corpusPassage?: (doc: DocId, paragraph: number) => string | undefined;
  onSelect?: (item: SidebarItem) => void;
  onReport?: (item: SidebarItem) => void;
  onUndoHide?: (key: string) => void;
}

/** Renders the result sections; the filter narrows additions and divergences alike. */
export function SidebarResults(props: SidebarResultsProps) {
  const { analysis, focusParagraph, hidden, onSelect, onReport, onUndoHide } = props;
  const [query, setQuery] = useState('');
  const additions = useMemo(() => analysis.additions.map(additionItem), [analysis]);
  const divergences = useMemo(() => analysis.divergences.map(divergenceItem), [analysis]);
  const filter = useMemo(() => createItemFilter([...additions, ...divergences]), [additions, divergences]);
  const visible = useMemo(() => filter(query), [filter, query]);
  const outletOf = useMemo(() => outletLookup(analysis, props.outletNames), [analysis, props.outletNames]);
  const shownAdditions = additions.filter((i) => visible.has(i.key));
  const shownDivergences = divergences.filter((i) => visible.has(i.key));
  const total = additions.length + divergences.length;
  const act = (cb: ((item: SidebarItem) => void) | undefined, item: SidebarItem) => (cb ? () => cb(item) : undefined);

  return (
    <div class="cc-results">
      {focusParagraph != null && (
        <FocusSection
          analysis={analysis}
          paragraph={focusParagraph}
          hidden={hidden}
          outletOf={outletOf}
          corpusPassage={props.corpusPassage}
          onSelect={onSelect}
          onReport={onReport}
          onUndoHide={onUndoHide}
        />
      )}
      {additions.length > 3 && divergences.length > 0 && (
        <SectionNav additions={additions.length} divergences={divergences.length} />
      )}
      {total > 1 && <FilterBox value={query} onInput={setQuery} />}
      <p class="cc-visually-hidden" role="status" data-testid="cc-filter-status">
        {query.trim() ? `${shownAdditions.length + shownDivergences.length} of ${total} items match` : ''}
      </p>
      <ItemSection
        title="Other outlets add"
        testId="cc-additions"
        total={additions.length}
        shown={shownAdditions.length}
        emptyText={emptyAdditionsText(analysis)}
        emptyTestId="cc-empty-additions"
        filterQuery={query}
      >
        {shownAdditions.map((item) =>
          item.type !== 'addition' ? null : hidden.has(item.key) ? (
            <HiddenItem key={item.key} itemKey={item.key} what="addition" onUndo={onUndoHide} />
          ) : (
            <AdditionItem key={item.key} itemKey={item.key} addition={item.addition} onReport={act(onReport, item)} />
          ),
        )}
      </ItemSection>
      <ItemSection
        title="Where outlets diverge"
        testId="cc-divergences"
        total={divergences.length}
        shown={shownDivergences.length}
        emptyText={emptyDivergencesText(analysis)}
        emptyTestId="cc-empty-divergences"
        filterQuery={query}
      >
        {shownDivergences.map((item) =>
          item.type !== 'divergence' ? null : hidden.has(item.key) ? (
            <HiddenItem key={item.key} itemKey={item.key} what="divergence" onUndo={onUndoHide} />
          ) : (
            <DivergenceItem
              key={item.key}
              itemKey={item.key}
              divergence={item.divergence}
              focused={focusParagraph === item.divergence.page.paragraph}
              onSelect={act(onSelect, item)}
              onReport={act(onReport, item)}
            />
          ),
        )}
      </ItemSection>
    </div>
  );
}

/** Outlet label per corpus doc: the host's table first, then what the analysis itself names. */
function outletLookup(analysis: Analysis, names?: Readonly<Record<DocId, string>>): (doc: DocId) => string | null {
  const known = new Map<DocId, string>();
  for (const d of analysis.divergences) known.set(d.other.doc, d.other.outlet);
  for (const a of analysis.additions) if (a.outlets.length === 1 && a.outlets[0]) known.set(a.doc, a.outlets[0]);
  return (doc) => names?.[doc] ?? known.get(doc) ?? null;
}
