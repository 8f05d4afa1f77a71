/**
 * Which sentence pairs the divergence checks read: pairs on the same point (mutually best, similar enough), and
 * merely related pairs (each page sentence's best partner in each outlet, and the sentences beside such pairs).
 */

import type { CorpusIndex } from '../match/corpus-index';
import type { Pair } from '../match/pairs';

/** Two sentences this similar report the same point, so their differences are divergences. */
export const SAME_POINT = 0.42;
/** A pair must be within this of the best pair of each of its sentences. */
const MUTUAL_SLACK = 0.06;

/** Loosely similar pairs still diverge when a check finds the same local context around the differing words. */
export const RELATED = 0.1;

/** Sentence pairs that report the same point: best per (page sentence, outlet) and best for the corpus sentence too. */
export function samePointPairs(pairs: Pair[], best = bestScores(pairs)): Pair[] {
  return pairs.filter((p) => p.score >= SAME_POINT && p.score >= best.page(p) - MUTUAL_SLACK && p.score >= best.corpus(p) - MUTUAL_SLACK);
}

/** The best score each page sentence reaches in each doc, and each corpus sentence over the page. */
export function bestScores(pairs: Pair[]): { page: (p: Pair) => number; corpus: (p: Pair) => number } {
  const bestPage = new Map<number, number>();
  const bestCorpus = new Map<number, number>();
  const key = (p: Pair) => p.page * 1_000_003 + p.doc;
  for (const p of pairs) {
    const k = key(p);
    // Written only when higher: a miss reads as 0, as does a best of 0.
    if (!((bestPage.get(k) ?? 0) >= p.score)) bestPage.set(k, p.score);
    if (!((bestCorpus.get(p.gid) ?? 0) >= p.score)) bestCorpus.set(p.gid, p.score);
  }
  return { page: (p) => bestPage.get(key(p)) ?? 0, corpus: (p) => bestCorpus.get(p.gid) ?? 0 };
}

/** Merely related pairs, checked only where a check finds the same local context around the differing words. */
export function relatedPairs(pairs: Pair[], same: Set<Pair>, best: ReturnType<typeof bestScores>, ix: CorpusIndex, paragraphOf?: (page: number) => number): Pair[] {
  const isTop = (p: Pair) => p.score >= RELATED && p.score >= best.page(p) - 0.005;
  // A page sentence may join two of an outlet's sentences: the one beside its best partner, in the same
  // paragraph, is checked too ("…stock market listings. An IPO could value Anthropic at nearly a trillion").
  const tops = new Set(pairs.filter(isTop).map((p) => p.page * ix.nSents + p.gid));
  // Each side asked in turn, with no array of the two built per pair (this runs on every pair).
  const topAt = (p: Pair, g: number) => g >= 0 && g < ix.nSents && tops.has(p.page * ix.nSents + g) && ix.sentence(g).doc === p.doc && ix.sentence(g).paragraph === ix.sentence(p.gid).paragraph;
  const besideTop = (p: Pair) => topAt(p, p.gid - 1) || topAt(p, p.gid + 1);
  // And the page may split one of an outlet's sentences in two: the page sentence beside its same-point partner's
  // ("The worm was built with open tools. Papernot said he briefed the authorities once…" / one sentence saying both).
  const samePage = new Set([...same].map((p) => p.page * ix.nSents + p.gid));
  const sameAt = (p: Pair, q: number) => q >= 0 && samePage.has(q * ix.nSents + p.gid) && paragraphOf!(q) === paragraphOf!(p.page);
  const besideSame = (p: Pair) => !!paragraphOf && (sameAt(p, p.page - 1) || sameAt(p, p.page + 1));
  return pairs.filter((p) => !same.has(p) && p.score >= RELATED && (isTop(p) || besideTop(p) || besideSame(p)));
}
