/** The sentences that say why a section is empty, chosen from what the analysis shows. */
import type { Analysis } from '../../lib/types';

/** Why "Other outlets add" is empty. */
export function emptyAdditionsText(a: Analysis): string {
  if (a.outletsCompared === 0) return 'There is no other outlet to compare this page with.';
  return 'No other outlet covers a point this page lacks.';
}

/** Why "Where outlets diverge" is empty. */
export function emptyDivergencesText(a: Analysis): string {
  if (a.outletsCompared === 0) return 'There is no other outlet to compare this page with.';
  const anyMatched = a.paragraphs.some((p) => p.matches.length > 0);
  if (!anyMatched) return 'No other outlet covers the points on this page, so there is no wording to compare.';
  return 'Where other outlets cover the same points as this page, they report them the same way.';
}

/** What to say about the paragraph the sidebar was opened at, when nothing diverges there. */
export function focusNoteText(a: Analysis, paragraph: number): string {
  const p = a.paragraphs.find((r) => r.index === paragraph);
  const outlets = new Set((p?.matches ?? []).map((m) => m.doc)).size;
  if (outlets === 0) return 'No other outlet covers this point.';
  const one = outlets === 1;
  const who = one ? 'One other outlet covers' : `${outlets} other outlets cover`;
  const diverges = a.divergences.some((d) => d.page.paragraph === paragraph);
  if (diverges) return `${who} this point; the marked divergences below show where ${one ? 'it differs' : 'they differ'}.`;
  return `${who} this point and ${one ? 'reports' : 'report'} it the same way.`;
}
