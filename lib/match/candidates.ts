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

/** Candidate lists longer than this are cut to the limit by selection rather than by insertion. */
const SELECT_ABOVE = 200;

/** Sentences touched by the current query, the first nTouched entries (reused and never shrunk: a query at scale touches thousands). */
const touched: number[] = [];
let nTouched = 0;

/** Up to `limit` candidate sentence ids for a query; `acc` is a zeroed scratch array of nSents, left zeroed. */
export function candidateSentences(
  ix: PostingSource,
  acc: Float64Array,
  q: SentenceTerms,
  limit: number,
  dfCap = MAX_CANDIDATE_DF,
  expand = true,
): number[] {
  nTouched = 0;
  const maxDf = Math.min(dfCap, Math.max(50, ix.nSents * 0.08));
  const ids = q.ids;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    addPostings(ix, acc, id, ix.weight(id), maxDf);
    if (!expand) continue;
    const vs = ix.variants(id);
    for (let k = 0; k < vs.length; k++) addPostings(ix, acc, vs[k]!, 0.9 * ix.weight(vs[k]!), MAX_EXPANSION_DF);
    const ss = ix.synonyms(id);
    for (let k = 0; k < ss.length; k++) addPostings(ix, acc, ss[k]!, 0.5 * ix.weight(ss[k]!), MAX_EXPANSION_DF);
  }
  const extra = q.extraSyn;
  if (extra) for (let k = 0; k < extra.length; k++) addPostings(ix, acc, extra[k]!, 0.5 * ix.weight(extra[k]!), MAX_EXPANSION_DF);
  // Only sentences sharing a fair part of the query's weight are worth an exact score.
  let total = 0;
  for (let i = 0; i < ids.length; i++) total += ix.weight(ids[i]!);
  const floor = MIN_SHARE * total;
  // One pass keeps the qualifying sentences with their scores and leaves acc zeroed.
  const out: number[] = [];
  const scores: number[] = [];
  for (let i = 0; i < nTouched; i++) {
    const g = touched[i]!;
    const v = acc[g]!;
    acc[g] = 0;
    if (v >= floor) {
      out.push(g);
      scores.push(v);
    }
  }
  if (out.length <= limit) return out;
  // A short list is ranked by insertion, a long one by selection; both give the stable descending order's first `limit`.
  const keep = out.length > SELECT_ABOVE ? best(scores, limit) : bestByInsertion(scores, limit);
  return keep.map((i) => out[i]!);
}

/** Positions of the first `k` scores in stable descending order, kept in a sorted list of at most k. */
function bestByInsertion(scores: number[], k: number): number[] {
  const keep: number[] = [];
  for (let i = 0; i < scores.length; i++) {
    const v = scores[i]!;
    if (keep.length === k && v <= scores[keep[k - 1]!]!) continue;
    // After every kept score at least as high: ties stay in position order.
    let at = keep.length;
    while (at > 0 && scores[keep[at - 1]!]! < v) at--;
    keep.splice(at, 0, i);
    if (keep.length > k) keep.pop();
  }
  return keep;
}

/** Positions stably sorted by descending score. */
function byScore(scores: number[], positions: number[]): number[] {
  return positions.sort((a, b) => scores[b]! - scores[a]!);
}

/** Adds a term's weight to every sentence in its postings (unless the term is too common to walk). */
function addPostings(ix: PostingSource, acc: Float64Array, id: number, w: number, cap: number): void {
  const p = ix.postings(id);
  if (p.length > cap) return;
  for (let i = 0; i < p.length; i++) {
    const g = p[i]!;
    if (acc[g] === 0) touched[nTouched++] = g;
    acc[g] = acc[g]! + w;
  }
}

/**
 * Positions of the first `k` scores in stable descending order, without sorting them all: the k-th
 * best score is found by selection, the positions above it (and the earliest ties at it) are kept in
 * order, and only those k are sorted.
 */
function best(scores: number[], k: number): number[] {
  const kth = selectDescending(Float64Array.from(scores), k - 1);
  let ties = k;
  for (let i = 0; i < scores.length; i++) if (scores[i]! > kth) ties--;
  const keep: number[] = [];
  for (let i = 0; i < scores.length; i++) {
    const v = scores[i]!;
    if (v > kth || (v === kth && ties-- > 0)) keep.push(i);
  }
  return byScore(scores, keep);
}

/** The value at position `n` of `xs` sorted descending (Hoare selection; reorders xs). */
function selectDescending(xs: Float64Array, n: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo < hi) {
    const pivot = xs[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (xs[i]! > pivot) i++;
      while (xs[j]! < pivot) j--;
      if (i <= j) {
        const t = xs[i]!;
        xs[i] = xs[j]!;
        xs[j] = t;
        i++;
        j--;
      }
    }
    if (n <= j) hi = j;
    else if (n >= i) lo = i;
    else return xs[n]!;
  }
  return xs[n]!;
}
