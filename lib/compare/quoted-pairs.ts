/**
 * Page–corpus sentence pairs that quote the same words. A quotation can be checked word for word whatever
 * the rest of the two sentences says, so it is looked up by its own words rather than through sentence
 * similarity: "OpenAI added that '…should not be left to any one lab…'" is found for a page sentence that
 * pairs best with the sentence before it.
 */

import type { CorpusIndex } from '../match/corpus-index';
import type { Pair } from '../match/pairs';
import type { PageSentence } from '../match/page';
import { findQuotes } from './passage';

/** Distinct content words (of those looked up) a corpus sentence must share with a page quotation to be checked against it. */
const MIN_SHARED = 2;
/** How many of a quotation's words, rarest first, are looked up. */
const LOOKUP_WORDS = 4;
/** Any quotation mark normalizeChars turns into a straight double quote. */
const QUOTE_MARK = /["\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/;

/** Pairs of page sentences holding a quotation and story sentences sharing MIN_SHARED of its words, each pair once. */
export function quotedPairs(page: PageSentence[], ix: CorpusIndex, story: Set<number>): Pair[] {
  const out: Pair[] = [];
  for (const ps of page) {
    const quotes = findQuotes(ps.norm);
    if (quotes.length === 0) continue;
    const hits = new Set<number>();
    for (const q of quotes) {
      const ids = new Set<number>();
      for (const t of ps.tokens) {
        if (t.start < q.start || t.end > q.end) continue;
        const id = ix.termId(t.term);
        if (id !== undefined) ids.add(id);
      }
      if (ids.size < MIN_SHARED) continue;
      // Its rarest words find a quotation again; common ones ("ai", "said") would only add candidates.
      const rare = [...ids].sort((x, y) => ix.weight(y) - ix.weight(x)).slice(0, LOOKUP_WORDS);
      const shared = new Map<number, number>();
      for (const id of rare) for (const d of story) for (const g of ix.docPostings(id, d)) shared.set(g, (shared.get(g) ?? 0) + 1);
      for (const [g, n] of shared) if (n >= MIN_SHARED) hits.add(g);
    }
    for (const g of hits) {
      const cs = ix.sentence(g);
      // Only a sentence that quotes something can share a quotation.
      if (QUOTE_MARK.test(ix.sentenceText(cs))) out.push({ page: ps.index, gid: g, doc: cs.doc, score: 0, linked: false });
    }
  }
  return out;
}
