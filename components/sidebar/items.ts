/**
 * The sidebar's items as one tagged union, with the stable keys the lead stores to hide an item
 * ("reported as wrong") and to match a report back to the item it was filed on.
 */
import type { Addition, Divergence, DocId, Match } from '../../lib/types';

/** Anything in the sidebar a reader can select or report. */
export type SidebarItem =
  | { type: 'addition'; key: string; addition: Addition }
  | { type: 'divergence'; key: string; divergence: Divergence }
  | { type: 'match'; key: string; pageParagraph: number; match: Match; outlet: string | null };

/** What `onSelect` hands out: the item and the page paragraph to scroll to, when it has one. */
export interface SidebarSelection {
  item: SidebarItem;
  pageParagraph: number | null;
}

/** Key of an addition: the corpus passage shown, which stays put however the page is edited. */
export function additionKey(a: Pick<Addition, 'doc' | 'paragraph'>): string {
  return `addition:${a.doc}:${a.paragraph}`;
}

/** Key of a divergence: both passages and the kind, so a second difference on the same pair stays visible. */
export function divergenceKey(d: Divergence): string {
  return `divergence:${d.kind}:${d.page.paragraph}:${d.other.doc}:${d.other.paragraph}`;
}

/** Key of a page paragraph's match with one corpus paragraph. */
export function matchKey(pageParagraph: number, m: Pick<Match, 'doc' | 'paragraph'>): string {
  return `match:${pageParagraph}:${m.doc}:${m.paragraph}`;
}

/** Wraps an addition as a sidebar item. */
export function additionItem(addition: Addition): SidebarItem {
  return { type: 'addition', key: additionKey(addition), addition };
}

/** Wraps a divergence as a sidebar item. */
export function divergenceItem(divergence: Divergence): SidebarItem {
  return { type: 'divergence', key: divergenceKey(divergence), divergence };
}

/** Wraps a page paragraph's match as a sidebar item. */
export function matchItem(pageParagraph: number, match: Match, outlet: string | null): SidebarItem {
  return { type: 'match', key: matchKey(pageParagraph, match), pageParagraph, match, outlet };
}

/** The page paragraph an item points at, if any: additions are by definition absent from the page. */
export function pageParagraphOf(item: SidebarItem): number | null {
  if (item.type === 'divergence') return item.divergence.page.paragraph;
  if (item.type === 'match') return item.pageParagraph;
  return null;
}

/** The corpus document an item comes from. */
export function docOf(item: SidebarItem): DocId {
  if (item.type === 'addition') return item.addition.doc;
  if (item.type === 'divergence') return item.divergence.other.doc;
  return item.match.doc;
}
