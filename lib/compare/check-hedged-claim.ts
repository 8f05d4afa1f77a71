/**
 * A claim hedged on one side and told plainly on the other, on the same point: "these systems may be getting faster at
 * writing code" against "AI models accelerate their ability to write and debug code". Only for pairs that report one
 * point (the caller's), and only where the plain side's clause carries no modal, hedge or negation of its own.
 */

import type { Finding } from './finding';
import { summarise } from './finding';
import type { Passage } from './passage';
import { AUX_MODAL, FIRM, HEDGE, RISK, SCOPE, claimAfter, content, governed, isNegator, kin, kinShared, modals, span } from './modality';

/** Hedges that put a claim in doubt ("may", "might", "possibly"); "could" and "likely" also say what is able or expected. */
const DOUBT = new Set(['may', 'might', 'possibly', 'perhaps']);
/** Words of the claim, besides its head, both sides must share near it. */
const SHARED = 2;
/** Words before the plain side's head within which a modal, hedge or negation would make it no plain statement. */
const PLAIN_BEFORE = 5;

/** The claim a doubting hedge of x governs, told plainly in y; x's hedge as the finding's first side. */
function hedgedIn(x: Passage, y: Passage, flip: boolean): Finding | null {
  for (const m of modals(x)) {
    // A "MAY" in capitals (a headline's, a timeline's) is no sure modal; "may not use" forbids, it does not doubt; "may, if
    // they choose, submit" allows.
    if (m.word.quoted || !DOUBT.has(m.word.lower) || m.word.text === m.word.text.toUpperCase() || isNegator(x.words[m.index + 1]?.lower ?? '')) continue;
    if (/^\s*,/.test(x.norm.slice(m.word.end))) continue;
    const head = governed(x, m);
    if (!head) continue;
    const from = claimAfter(m) + 1;
    const claim = content(x.words, from, from + SCOPE + 1);
    claim.delete(head.stem);
    for (let j = 0; j < y.words.length; j++) {
      if (!kin(y.words[j]!.stem, head.stem)) continue;
      const near = content(y.words, j + 1, j + SCOPE + 1);
      if (kinShared(claim, near) < SHARED) continue;
      // The plain side's own modal, hedge or negation before its verb makes it no plain statement ("could accelerate").
      const lead = y.words.slice(Math.max(0, j - PLAIN_BEFORE), j + 1);
      if (lead.some((w) => HEDGE.has(w.lower) || FIRM.has(w.lower) || AUX_MODAL.has(w.lower) || RISK.has(w.lower) || isNegator(w.lower))) continue;
      const px = [span(x, m.index, Math.min(m.index + 2, x.words.length - 1))];
      const py = [span(y, j, Math.min(j + 2, y.words.length - 1))];
      const [pa, pb] = flip ? [py, px] : [px, py];
      return { kind: 'certainty', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.6 };
    }
  }
  return null;
}

/** The same claim put in doubt on one side ("may be getting faster") and stated on the other ("are getting faster"). */
export function checkHedgedClaim(a: Passage, b: Passage): Finding | null {
  return hedgedIn(a, b, false) ?? hedgedIn(b, a, true);
}
