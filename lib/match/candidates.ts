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
  const ids = q.ids;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    addPostings(ix, acc, touched, id, ix.weight(id), maxDf);
    if (!expand) continue;
    const vs = ix.variants(id);
    for (let k = 0; k < vs.length; k++) addPostings(ix, acc, touched, vs[k]!, 0.9 * ix.weight(vs[k]!), MAX_EXPANSION_DF);
    const ss = ix.synonyms(id);
    for (let k = 0; k < ss.length; k++) addPostings(ix, acc, touched, ss[k]!, 0.5 * ix.weight(ss[k]!), MAX_EXPANSION_DF);
  }
  const extra = q.extraSyn;
  if (extra) for (let k = 0; k < extra.length; k++) addPostings(ix, acc, touched, extra[k]!, 0.5 * ix.weight(extra[k]!), MAX_EXPANSION_DF);
  // Only sentences sharing a fair part of the query's weight are worth an exact score.
  let total = 0;
  for (let i = 0; i < ids.length; i++) total += ix.weight(ids[i]!);
  const floor = MIN_SHARE * total;
  let out: number[] = [];
  for (let i = 0; i < touched.length; i++) if (acc[touched[i]!]! >= floor) out.push(touched[i]!);
  if (out.length > limit) out = out.sort((a, b) => acc[b]! - acc[a]!).slice(0, limit);
  for (let i = 0; i < touched.length; i++) acc[touched[i]!] = 0;
  return out;
}

/** Adds a term's weight to every sentence in its postings (unless the term is too common to walk). */
function addPostings(ix: PostingSource, acc: Float64Array, touched: number[], id: number, w: number, cap: number): void {
  const p = ix.postings(id);
  if (p.length > cap) return;
  for (let i = 0; i < p.length; i++) {
    const g = p[i]!;
    if (acc[g] === 0) touched.push(g);
    acc[g] = acc[g]! + w;
  }
}
