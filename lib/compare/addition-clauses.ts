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

const cache = new WeakMap<CorpusIndex, Map<number, ClauseTerms[]>>();

/** The clauses of a corpus sentence that could stand as points (none when the sentence does not split). */
export function pointClauses(s: CorpusSentence, ix: CorpusIndex): ClauseTerms[] {
  let m = cache.get(ix);
  if (!m) cache.set(ix, (m = new Map()));
  let list = m.get(s.gid);
  if (!list) {
    const pieces = clauses(ix.sentenceText(s));
    list = [];
    if (pieces.length > 1) {
      for (const p of pieces) {
        if (p.start > 0 && QUALIFIER.test(p.text)) continue;
        const t = termsOf(tokenize(p.text), ix);
        list.push({ ids: t.ids, mass: t.mass, text: p.text });
      }
    }
    m.set(s.gid, list);
  }
  return list;
}

