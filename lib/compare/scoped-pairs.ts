/**
 * Page–corpus sentence pairs where what a page sentence scopes recurs ("confined to the biggest language models" /
 * "risks extend beyond the largest language models"): the corpus sentence holds words of the scoped thing. Whether a
 * claim is confined to something or reaches past it is a fact about that thing, wherever an outlet states it, so such
 * pairs are checked for scope whether or not the two sentences are otherwise alike.
 */

import type { CorpusIndex } from '../match/corpus-index';
import type { Pair } from '../match/pairs';
import type { PageSentence } from '../match/page';

/** Words of the scoped thing a corpus sentence must hold to be checked against it. */
const MIN_SHARED = 2;

/** Pairs of page sentences and story sentences holding MIN_SHARED words of a thing the page sentence scopes (spans: where its scoped things stand), each pair once, none in `checked`. */
export function scopedPairs(page: PageSentence[], ix: CorpusIndex, story: Set<number>, spans: (ps: PageSentence) => Array<{ start: number; end: number }>, checked: Set<number>): Pair[] {
  const out: Pair[] = [];
  for (const ps of page) {
    const hits = new Set<number>();
    for (const span of spans(ps)) {
      const ids = new Set<number>();
      for (const t of ps.tokens) {
        if (t.start < span.start || t.end > span.end) continue;
        const id = ix.termId(t.term);
        if (id !== undefined) ids.add(id);
      }
      if (ids.size < MIN_SHARED) continue;
      const shared = new Map<number, number>();
      for (const id of ids) for (const d of story) for (const g of ix.docPostings(id, d)) shared.set(g, (shared.get(g) ?? 0) + 1);
      for (const [g, n] of shared) if (n >= MIN_SHARED && !checked.has(ps.index * ix.nSents + g)) hits.add(g);
    }
    for (const g of hits) out.push({ page: ps.index, gid: g, doc: ix.docOf(g), score: 0, linked: false });
  }
  return out;
}
