/**
 * Page–corpus sentence pairs that name the same person in full. A title is a fact about the person, not
 * about the point a sentence makes, so "professor Nicolas Papernot" is checked against every outlet's
 * "lead researcher Nicolas Papernot", whether or not the two sentences report the same thing.
 */

import type { CorpusIndex } from '../match/corpus-index';
import type { Pair } from '../match/pairs';
import type { PageSentence } from '../match/page';
import { startsUpper } from '../text/capitals';

/** Pairs of page sentences holding a full name (two capitalised words in a row) and story sentences with its last word, each pair once. */
export function titledPairs(page: PageSentence[], ix: CorpusIndex, story: Set<number>): Pair[] {
  const out: Pair[] = [];
  for (const ps of page) {
    const hits = new Set<number>();
    for (let i = 1; i < ps.tokens.length; i++) {
      const [first, last] = [ps.tokens[i - 1]!, ps.tokens[i]!];
      if (!startsUpper(first.raw) || !startsUpper(last.raw) || !/^\s+$/.test(ps.text.slice(first.end, last.start))) continue;
      const id = ix.termId(last.term);
      if (id === undefined) continue;
      for (const d of story) for (const g of ix.docPostings(id, d)) hits.add(g);
    }
    for (const g of hits) out.push({ page: ps.index, gid: g, doc: ix.docOf(g), score: 0, linked: false });
  }
  return out;
}
