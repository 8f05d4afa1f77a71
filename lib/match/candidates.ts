/**
 * Candidate retrieval through the inverted index: sentences sharing rare-enough terms (or their
 * variants and synonyms) with a query, best partial overlap first. Very common terms are not walked
 * (they still count in the exact score later), which keeps a query cheap at any corpus size.
 */

import type { SentenceTerms } from './similarity';

/** Postings longer than this are not walked for candidates (the exact score still counts the term). */
export const MAX_CANDIDATE_DF = 1500;
/** Synonyms and variants widen the search only through their rarer terms. */
const MAX_EXPANSION_DF = 300;
/** Share of the query's term weight a candidate must hold among the walked terms. */
const MIN_SHARE = 0.08;

/** What retrieval needs from the index. */
export interface PostingSource {
  readonly nSents: number;
  postings(id: number): number[];
  weight(id: number): number;
  variants(id: number): readonly number[];
  synonyms(id: number): readonly number[];
}

/** Up to `limit` candidate sentence ids for a query; `acc` is a zeroed scratch array of nSents, left zeroed. */
export function candidateSentences(
  ix: PostingSource,
  acc: Float64Array,
  q: SentenceTerms,
  limit: number,
  dfCap = MAX_CANDIDATE_DF,
  expand = true,
): number[] {
  const touched: number[] = [];
  const maxDf = Math.min(dfCap, Math.max(50, ix.nSents * 0.08));
  const add = (id: number, w: number, cap = maxDf) => {
    const p = ix.postings(id);
    if (p.length > cap) return;
    for (const g of p) {
      if (acc[g] === 0) touched.push(g);
      acc[g] = acc[g]! + w;
    }
  };
  for (const id of q.ids) {
    add(id, ix.weight(id));
    if (!expand) continue;
    for (const v of ix.variants(id)) add(v, 0.9 * ix.weight(v), MAX_EXPANSION_DF);
    for (const s of ix.synonyms(id)) add(s, 0.5 * ix.weight(s), MAX_EXPANSION_DF);
  }
  for (const s of q.extraSyn ?? []) add(s, 0.5 * ix.weight(s), MAX_EXPANSION_DF);
  // Only sentences sharing a fair part of the query's weight are worth an exact score.
  let total = 0;
  for (const id of q.ids) total += ix.weight(id);
  const floor = MIN_SHARE * total;
  let out = touched.filter((g) => acc[g]! >= floor);
  if (out.length > limit) out = out.sort((a, b) => acc[b]! - acc[a]!).slice(0, limit);
  for (const g of touched) acc[g] = 0;
  return out;
}
