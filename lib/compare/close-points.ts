/**
 * Whether two corpus sentences are one point by their wording alone (the additions' grouping of open
 * sentences): a fact about the corpus, not the page, so each answer is kept per loaded corpus and a page
 * only scores the pairs no earlier page asked about.
 */

import type { CorpusIndex, CorpusSentence } from '../match/corpus-index';
import { scorerFor } from '../match/pairs';

/** Answers kept at most (then started afresh): a page asks about a few hundred pairs. */
const MAX_KEPT = 500_000;

interface Kept {
  /** By the first sentence (the one the scorer is loaded with), then the second. */
  byFirst: Map<number, Map<number, boolean>>;
  size: number;
}

const kept = new WeakMap<CorpusIndex, Kept>();

/**
 * Unites (through `union`) each pair of sentences of different outlets, in list order, that `together`
 * does not already put together and whose similarity, scored from the first, reaches `min`.
 */
export function uniteClose(
  list: CorpusSentence[],
  ix: CorpusIndex,
  min: number,
  together: (a: number, b: number) => boolean,
  union: (a: number, b: number) => void,
): void {
  let t = kept.get(ix);
  if (!t) kept.set(ix, (t = { byFirst: new Map(), size: 0 }));
  const scorer = scorerFor(ix);
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    let row = t.byFirst.get(a.gid);
    if (!row) t.byFirst.set(a.gid, (row = new Map()));
    let loaded = false;
    for (let j = i + 1; j < list.length; j++) {
      const b = list[j]!;
      if (b.doc === a.doc || together(a.gid, b.gid)) continue;
      let close = row.get(b.gid);
      if (close === undefined) {
        if (!loaded) {
          scorer.load(a, a.mass);
          loaded = true;
        }
        close = scorer.score(b, b.mass) >= min;
        if (t.size >= MAX_KEPT) {
          for (const r of t.byFirst.values()) r.clear();
          t.size = 0;
        }
        row.set(b.gid, close);
        t.size++;
      }
      if (close) union(a.gid, b.gid);
    }
  }
}
