/**
 * Alone against together: the same work said to be done by one party on its own on one side and with others on the
 * other ("the research institute will work alone, without outside partners" / "its research institute plans to explore
 * the issue in collaboration with others"). One outlet states the opposite of the other, so it is reported as a
 * negation. The words before both markers (who does what) tie them to one claim.
 */

import type { Piece } from '../text/segment';
import type { Finding } from './finding';
import { summarise } from './finding';
import { memo, slot, type Passage } from './passage';
import { content } from './modality';
import { sharedCount } from './context';

const MARKERS_SLOT = slot();

/** Working alone: "alone", "on its own", "by itself", "independently", "in-house", "without outside partners". */
const ALONE = /\b(?:alone|on (?:its|their|his|her) own|by (?:itself|themselves|himself|herself)|independently|single-handedly|in-house|without (?:any |the )?(?:outside |external |other )?(?:partners|help|others|collaborat\w*|associating))\b/gi;
/** Working with others: "in collaboration with others", "together with", "jointly", "with outside partners". */
const TOGETHER = /\b(?:in collaboration with|collaborat(?:e|es|ed|ing) with|together with|jointly|in partnership with|with (?:outside |external )?(?:partners|others))\b/gi;

/** Words before a marker that say who works and at what. */
const BEFORE = 14;
/** Content words the two must share before their markers. */
const TIE = 2;

interface Marker {
  piece: Piece;
  before: Set<string>;
}

/** A passage's markers of working alone (index 0) and of working together (index 1), found once per passage. */
function markers(p: Passage): [Marker[], Marker[]] {
  return memo(p, MARKERS_SLOT, () => {
    const find = (re: RegExp): Marker[] =>
      [...p.norm.matchAll(re)].map((m) => {
        const at = p.words.findIndex((w) => w.start >= m.index);
        const i = at < 0 ? p.words.length : at;
        return { piece: { text: p.text.slice(m.index, m.index + m[0].length), start: m.index, end: m.index + m[0].length }, before: content(p.words, Math.max(0, i - BEFORE), i - 1) };
      });
    return [find(ALONE), find(TOGETHER)];
  });
}

/** One side working alone, the other with others, on the same work. */
export function checkAlone(a: Passage, b: Passage): Finding | null {
  // The outlet's side first: corpus passages keep their markers across pages, so a page passage is read only when needed.
  const [aloneB, togetherB] = markers(b);
  if (aloneB.length === 0 && togetherB.length === 0) return null;
  const [aloneA, togetherA] = markers(a);
  for (const [xs, ys] of [[aloneA, togetherB], [togetherA, aloneB]] as const) {
    for (const x of xs) {
      for (const y of ys) {
        if (sharedCount(x.before, y.before, a.related) < TIE) continue;
        const pa = [x.piece];
        const pb = [y.piece];
        return { kind: 'negation', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.7 };
      }
    }
  }
  return null;
}
