/**
 * The report a reader files on a sidebar item, before they pick a reason: what the form previews.
 * Plain JSON so the lead can store and send it unchanged.
 */
import type { ReportPassage, ReportPayload, ReportReason } from '../../lib/reports/model';
import type { Analysis, DocId } from '../../lib/types';
import type { SidebarItem } from '../sidebar/items';

export type { ReportPassage, ReportReason };

/** Radio labels for each reason, in display order. */
export const REPORT_REASONS: ReadonlyArray<{ value: ReportReason; label: string; hint: string }> = [
  { value: 'wrong-match', label: 'Wrong match', hint: 'These passages are not about the same point.' },
  { value: 'not-divergence', label: 'Not a real divergence', hint: 'The outlets say the same thing.' },
  { value: 'missing-context', label: 'Missing context', hint: 'Something needed to judge this is left out.' },
  { value: 'other', label: 'Other', hint: 'Tell us in the comment.' },
];

/**
 * Everything a report holds apart from the reader's reason and comment: the stored report's shape
 * (lib/reports/model.ts), with the id optional because the host may pick it only on submit.
 */
export type ReportDraft = Omit<ReportPayload, 'id' | 'reason' | 'comment' | 'itemType'> & {
  id?: string;
  itemType: SidebarItem['type'];
};

/** The draft plus the reader's answers: exactly what is saved or sent. */
export type ReportContent = ReportDraft & Pick<ReportPayload, 'reason' | 'comment'>;

/** Context the item alone does not carry. */
export interface DraftContext {
  pageUrl: string;
  extensionVersion: string;
  now?: Date;
  /** Needed for match items, whose page text lives in the analysis. */
  analysis?: Analysis | null;
  corpusPassage?: (doc: DocId, paragraph: number) => string | undefined;
}

/** Builds the report draft for a sidebar item. */
export function buildReportDraft(item: SidebarItem, ctx: DraftContext): ReportDraft {
  const base = {
    pageUrl: ctx.pageUrl,
    itemType: item.type,
    itemKey: item.key,
    extensionVersion: ctx.extensionVersion,
    createdAt: (ctx.now ?? new Date()).toISOString(),
  };
  if (item.type === 'addition') {
    const a = item.addition;
    return {
      ...base,
      kind: null,
      summary: null,
      page: null,
      other: { source: a.doc, outlet: a.outlets[0] ?? null, paragraph: a.paragraph, text: a.text },
      outlets: [...a.outlets],
      scores: { substance: a.score },
    };
  }
  if (item.type === 'divergence') {
    const d = item.divergence;
    return {
      ...base,
      kind: d.kind,
      summary: d.summary,
      page: { source: 'page', outlet: null, paragraph: d.page.paragraph, text: d.page.text },
      other: { source: d.other.doc, outlet: d.other.outlet, paragraph: d.other.paragraph, text: d.other.text },
      outlets: [d.other.outlet],
      scores: { divergence: d.score },
    };
  }
  const m = item.match;
  const pageText = ctx.analysis?.paragraphs.find((p) => p.index === item.pageParagraph)?.text ?? '';
  return {
    ...base,
    kind: null,
    summary: null,
    page: { source: 'page', outlet: null, paragraph: item.pageParagraph, text: pageText },
    other: { source: m.doc, outlet: item.outlet, paragraph: m.paragraph, text: ctx.corpusPassage?.(m.doc, m.paragraph) ?? '' },
    outlets: item.outlet ? [item.outlet] : [],
    scores: { match: m.score },
  };
}

