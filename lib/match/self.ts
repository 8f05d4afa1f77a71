/**
 * Same-article recognition: the page is corpus article D when most of D's reporting reappears on the
 * page near-verbatim. Measured from D's side, so menus, related links and other extra page text do not
 * dilute it, while a few edited sentences or a dropped paragraph leave it well above the bar.
 */

import type { CorpusIndex } from './corpus-index';
import type { Pair } from './pairs';
import { DUPLICATE, PROMO } from '../corpus/boilerplate';

/** A corpus sentence this close to a page sentence is the same sentence, perhaps lightly edited. */
export const SAME_SENTENCE = 0.72;
/** Share of an article's text that must reappear for the page to be that article: two thirds, as an article retelling the story in
 * half of its words near-verbatim (a newsletter built on a wire story) is another article, while an edited copy keeps four fifths. */
export const SELF_COVERAGE = 2 / 3;

/** Index of the corpus doc the page is a copy of, or -1; also the coverage found. */
export function recogniseSelf(pairs: Pair[], ix: CorpusIndex): { doc: number; coverage: number } {
  const hit = new Map<number, boolean>();
  const docs = new Set<number>();
  for (const p of pairs) {
    if (!p.linked && p.score >= SAME_SENTENCE) {
      hit.set(p.gid, true);
      docs.add(p.doc);
    }
  }
  let best = { doc: -1, coverage: 0 };
  for (const d of docs) {
    const flags = ix.paragraphFlags(d);
    let total = 0;
    let covered = 0;
    for (const s of ix.docSentences(d)) {
      if ((flags[s.paragraph] ?? 0) & (PROMO | DUPLICATE)) continue;
      const len = s.end - s.start;
      total += len;
      if (hit.get(s.gid)) covered += len;
    }
    const coverage = total ? covered / total : 0;
    if (coverage > best.coverage) best = { doc: d, coverage };
  }
  return best.coverage >= SELF_COVERAGE ? best : { doc: -1, coverage: best.coverage };
}
