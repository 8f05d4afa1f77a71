/**
 * Page–corpus sentence pairs that name the same dated thing, one side dating it (see corpus/dated.ts):
 * found by the thing's head noun alone, without any sentence-level similarity.
 */

import type { CorpusIndex } from '../match/corpus-index';
import type { Pair } from '../match/pairs';
import type { PageSentence } from '../match/page';
import { datedMentions } from '../corpus/dated';
import type { TimeExpr } from '../text/temporal';

/** The terms of a party's blog and of a post on it. */
const BLOG = 'blog';
const POST = 'post';

/** Pairs of page sentences and story sentences naming the same dated thing, each pair once (times: each page sentence's timeExprs). */
export function datedPairs(page: PageSentence[], ix: CorpusIndex, story: Set<number>, times: TimeExpr[][]): Pair[] {
  const out: Pair[] = [];
  const seen = new Set<number>();
  const add = (ps: PageSentence, g: number, doc: number) => {
    const k = ps.index * ix.nSents + g;
    if (seen.has(k)) return;
    seen.add(k);
    out.push({ page: ps.index, gid: g, doc, score: 0, linked: false });
  };
  // A mention is found again by its head noun, the word right before the day ("post" in "blog post Thursday"); a party's
  // blog dated ("went to its company blog on Thursday") by the post it put there too.
  for (const ps of page) {
    for (const terms of datedMentions(ps.text, ps.tokens, ps.norm, times[ps.index])) {
      const last = terms[terms.length - 1]!;
      for (const term of last === BLOG ? [last, POST] : [last]) {
        const head = ix.termId(term);
        if (head === undefined) continue;
        for (const d of story) for (const g of ix.docPostings(head, d)) add(ps, g, d);
      }
    }
  }
  for (const d of story) {
    for (const m of ix.docDatedMentions(d)) {
      const head = m.ids[m.ids.length - 1]!;
      for (const ps of page) if (ps.ids.includes(head)) add(ps, m.gid, d);
    }
  }
  return out;
}

/**
 * The dated pairs whose outlet sentence stands beside the page sentence's same-point partner in one paragraph ("…in a
 * report released Wednesday. The company argued that…" against "Report, Tue: …" that pairs with the second sentence):
 * the outlet tells the same point there, so its day needs less context to be the page's thing's; and the rest.
 */
export function besideSamePoint(dated: Pair[], same: Iterable<Pair>, ix: CorpusIndex): [Pair[], Pair[]] {
  const partners = new Set<number>();
  for (const p of same) partners.add(p.page * ix.nSents + p.gid);
  const beside = (p: Pair) => {
    const cs = ix.sentence(p.gid);
    return [p.gid - 1, p.gid + 1].some((g) => g >= 0 && g < ix.nSents && partners.has(p.page * ix.nSents + g) && ix.sentence(g).doc === cs.doc && ix.sentence(g).paragraph === cs.paragraph);
  };
  const near: Pair[] = [];
  const rest: Pair[] = [];
  for (const p of dated) (beside(p) ? near : rest).push(p);
  return [near, rest];
}
