/**
 * A claim left open on one side and stated plainly on the other: "it is not yet clear whether the cost has fallen",
 * "the study leaves open whether…", "he could not yet tell whether…" against "the cost has fallen". The hedge is a
 * whole clause, not a modal, so the modal checks do not see it. For pairs on the same point only.
 */

import type { Finding } from './finding';
import { summarise } from './finding';
import { slot, type Passage } from './passage';
import { unquotedPhrase } from './check-stated-certainty';
import { HEDGE, span } from './modality';
import { STOPWORDS } from '../text/stopwords';
import type { Piece } from '../text/segment';

const OPEN_SLOT = slot();

/** Clauses that leave the claim after them open. */
const OPEN = new RegExp(
  [
    String.raw`\b(?:it is|it's|it remains|remains|is still) (?:not (?:yet )?clear|unclear|uncertain|an open question|to be seen) (?:whether|if)\b`,
    String.raw`\bleaves? (?:it )?open (?:whether|if)\b`,
    String.raw`\b(?:could|can|cannot|can't|could not|couldn't|does not|doesn't|did not|didn't) (?:yet )?(?:tell|say|know) (?:whether|if)\b`,
    String.raw`\bno one (?:yet )?knows (?:whether|if)\b`,
  ].join('|'),
  'i',
);

/** The phrase that leaves a passage's claim open, outside quotations, or null. */
const open = (p: Passage): Piece | null => unquotedPhrase(p, OPEN_SLOT, OPEN);

/** Content words a side's claim must share with the plain side, after the phrase that leaves it open. */
const SHARED = 2;

/** The plain side's words of the claim the open side leaves open (from the first shared word, three words), or null. */
function plainClaim(x: Passage, at: Piece, y: Passage): Piece | null {
  if (open(y) || y.words.some((w) => !w.quoted && HEDGE.has(w.lower))) return null;
  const claim = new Set(x.words.filter((w) => w.start >= at.end && w.lower.length > 2 && !STOPWORDS.has(w.lower)).map((w) => w.stem));
  const hits = y.words.flatMap((w, i) => (claim.has(w.stem) ? [i] : []));
  if (hits.length < SHARED) return null;
  return span(y, hits[0]!, Math.min(hits[0]! + 2, y.words.length - 1));
}

/** One side leaves the claim open with a clause, the other states it with no hedge. */
export function checkOpenQuestion(a: Passage, b: Passage): Finding | null {
  const oa = open(a);
  const pb = oa ? plainClaim(a, oa, b) : null;
  if (oa && pb) return { kind: 'certainty', a: [oa], b: [pb], summary: summarise([oa], [pb]), confidence: 0.7 };
  const ob = open(b);
  const pa = ob ? plainClaim(b, ob, a) : null;
  if (ob && pa) return { kind: 'certainty', a: [pa], b: [ob], summary: summarise([pa], [ob]), confidence: 0.7 };
  return null;
}
