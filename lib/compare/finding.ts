/** What a divergence check reports before it becomes a Divergence: kind, differing spans, a summary. */

import type { DivergenceKind } from '../types';
import type { Piece } from '../text/segment';

/** One difference between two passages on the same point. */
export interface Finding {
  kind: DivergenceKind;
  /** Differing spans on the first (page) passage, offsets into its text. */
  a: Piece[];
  /** Differing spans on the second (other outlet) passage. */
  b: Piece[];
  summary: string;
  /** 0..1: how sure the check is that this is a real difference, not rewording. */
  confidence: number;
  /** For an omission: the value one side gives and the other leaves out. */
  omitted?: string;
  /** For a name divergence: the same person with another title (not another name in the slot). */
  title?: true;
  /** For a title divergence: the person's surname, lower case. */
  person?: string;
}

/** `"x" vs "y"` from the differing spans (several joined by ", "); "—" for an absent side. */
export function summarise(a: Piece[], b: Piece[]): string {
  const side = (ps: Piece[]) => (ps.length ? `"${ps.map((p) => p.text).join(', ')}"` : '—');
  return `${side(a)} vs ${side(b)}`;
}
