/**
 * Clause-level view of corpus sentences for additions. A news sentence often carries two points ("N,
 * who notified the regulator, said the flaw was fixed"); when the page reports one of them, the sentence
 * as a whole looks stale, yet its other clause is still news. Clause terms are cached per loaded corpus.
 */

import type { CorpusIndex, CorpusSentence } from '../match/corpus-index';
import { termsOf } from '../match/page';
import { clauses } from '../text/clauses';
import { tokenize } from '../text/tokens';

/** One clause of a corpus sentence as corpus terms. */
export interface ClauseTerms {
  ids: number[];
  mass: number;
  text: string;
}

/**
 * A trailing concession or contrast ("..., though it gave no details", "..., even as both admit risks")
 * qualifies its main clause; it is not a point to offer on its own.
 */
const QUALIFIER = /^(?:though|although|even though|even as|but|yet)\b/i;

/**
 * A list line's label before its colon ("- Preventing Bad Actors: The coordination would…"), set in title case: it
 * names the line's point, which the rest of the line states; it is no point of its own.
 */
const LABEL = /^[-*\u2022\u2013\u2014]?\s*(?:\p{Lu}[\p{L}'\u2019-]*)(?:\s+(?:\p{Lu}[\p{L}'\u2019-]*|of|and|for|the|to|in|on|a))*\s*$/u;
const LABEL_WORDS = 6;
const isLabel = (sentence: string, p: { text: string; start: number; end: number }) =>
  p.start === 0 && sentence[p.end] === ':' && LABEL.test(p.text) && p.text.trim().split(/\s+/).length <= LABEL_WORDS;

const cache = new WeakMap<CorpusIndex, Map<number, ClauseTerms[]>>();

/** The clauses of a corpus sentence that could stand as points (none when the sentence does not split). */
export function pointClauses(s: CorpusSentence, ix: CorpusIndex): ClauseTerms[] {
  let m = cache.get(ix);
  if (!m) cache.set(ix, (m = new Map()));
  let list = m.get(s.gid);
  if (!list) {
    const text = ix.sentenceText(s);
    const pieces = clauses(text);
    list = [];
    if (pieces.length > 1) {
      for (const p of pieces) {
        if ((p.start > 0 && QUALIFIER.test(p.text)) || isLabel(text, p)) continue;
        const t = termsOf(tokenize(p.text), ix);
        list.push({ ids: t.ids, mass: t.mass, text: p.text });
      }
    }
    m.set(s.gid, list);
  }
  return list;
}

