/**
 * How much a thing changed: "AI lowers the cost of cyberattacks dramatically" against "… only slightly". A large
 * degree on one side and a small one on the other, each beside words both sides share, is a different amount.
 */

import type { Finding } from './finding';
import { summarise } from './finding';
import { memo, slot, textPiece, type Passage } from './passage';
import { contextStems, sharedCount } from './context';
import { isNegator } from './modality';

/** Words that make a change large. */
const LARGE = /^(?:dramatically|sharply|significantly|substantially|hugely|greatly|vastly|steeply|massively|drastically|enormously|radically|considerably|dramatic|sharp|steep|huge|massive|drastic|enormous|radical|considerable)$/;
/** Words that make it small. */
const SMALL = /^(?:slightly|marginally|barely|modestly|fractionally|slight|marginal|modest|fractional)$/;
/** Context words each side's degree must share with the other's, within this many words of it. */
const SHARED = 2;
const RADIUS = 8;

// Memo slots of this file's extractors: a corpus passage is asked once per page, not once per pair.
const LARGE_SLOT = slot();
const SMALL_SLOT = slot();

/** The indices of x's words that match `re`, not negated just before ("not dramatically" is no large degree). */
function degrees(x: Passage, re: RegExp): number[] {
  return memo(x, re === LARGE ? LARGE_SLOT : SMALL_SLOT, () => {
    const out: number[] = [];
    x.words.forEach((w, i) => {
      if (re.test(w.lower) && !w.quoted && ![1, 2].some((k) => isNegator(x.words[i - k]?.lower ?? ''))) out.push(i);
    });
    return out;
  });
}

/** A large degree on one side against a small one on the other, around the same words. */
export function checkDegree(a: Passage, b: Passage): Finding | null {
  for (const [x, y, flip] of [[a, b, false], [b, a, true]] as const) {
    const small = degrees(x, SMALL);
    if (!small.length) continue;
    const large = degrees(y, LARGE);
    for (const i of small) {
      const px = textPiece(x, x.words[i]!);
      const cx = contextStems(x, px, RADIUS);
      for (const j of large) {
        const py = textPiece(y, y.words[j]!);
        if (sharedCount(cx, contextStems(y, py, RADIUS), a.related) < SHARED) continue;
        const [pa, pb] = flip ? [[py], [px]] : [[px], [py]];
        return { kind: 'number', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.7 };
      }
    }
  }
  return null;
}
