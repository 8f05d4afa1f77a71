/**
 * Detail given against detail withheld: "it laid out in some detail how the checks would work" on one side and
 * "though it stopped short of offering specific details" on the other. One outlet says the specifics were given
 * and the other that they were not, so it is reported as a negation. Same-point pairs only: the pairing ties the
 * two sentences to one statement, as nothing else in a sentence about details need match.
 */

import type { Finding } from './finding';
import { summarise } from './finding';
import { memo, slot, type Passage, type Word } from './passage';
import { isNegator } from './modality';

const DETAIL_SLOT = slot();

const DETAIL = /^(?:details?|specifics|particulars)$/;
/** Words that withhold the detail after them: "no details", "stopped short of offering", "declined to give". */
const WITHHOLDING = new Set(['without', 'few', 'little', 'scant', 'short', 'declined', 'declining', 'refused', 'refusing', 'lacked', 'lacking', 'lacks']);
/** How far before the detail word a withholding word may stand ("did not provide specific details"). */
const REACH = 4;
/** Words that may stand between "in" and "detail" ("in some detail", "in great detail"). */
const DEGREE = new Set(['some', 'great', 'considerable', 'full', 'fuller', 'more', 'greater', 'much', 'granular', 'exhaustive']);

interface Detail {
  word: Word;
  from: Word;
  given: boolean;
}

/** Whether the detail word at i is withheld: a negator or a withholding word a few words before it, in its clause. */
function withheld(ws: Word[], i: number): Word | null {
  for (let k = i - 1; k >= Math.max(0, i - REACH); k--) {
    const w = ws[k]!.lower;
    if (isNegator(w) || WITHHOLDING.has(w)) return ws[k]!;
  }
  return null;
}

/**
 * A passage's statements about detail: "in (some) detail" given, "no/without … details" withheld. "Detailed" is
 * left alone: "the company detailed its concerns" gives the detail of something other than what was withheld.
 */
function details(p: Passage): Detail[] {
  return memo(p, DETAIL_SLOT, () => {
    const out: Detail[] = [];
    const ws = p.words;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      if (w.quoted) continue;
      if (DETAIL.test(w.lower)) {
        const denial = withheld(ws, i);
        if (denial) out.push({ word: w, from: denial, given: false });
        else if (w.lower === 'detail' && inDetail(ws, i)) out.push({ word: w, from: inDetail(ws, i)!, given: true });
      }
    }
    return out;
  });
}

/** The "in" of "in (some) detail" before word i, or null. */
function inDetail(ws: Word[], i: number): Word | null {
  const k = DEGREE.has(ws[i - 1]?.lower ?? '') ? i - 2 : i - 1;
  return ws[k]?.lower === 'in' ? ws[k]! : null;
}

/** A statement's words, from what gives or withholds the detail to the detail word. */
const piece = (p: Passage, d: Detail) => ({ text: p.text.slice(d.from.start, d.word.end), start: d.from.start, end: d.word.end });

/** One side gives the detail of a point the other says was not given. */
export function checkDetail(a: Passage, b: Passage): Finding | null {
  const db = details(b);
  if (!db.length) return null;
  for (const x of details(a)) {
    const y = db.find((d) => d.given !== x.given);
    if (!y) continue;
    const pa = [piece(a, x)];
    const pb = [piece(b, y)];
    return { kind: 'negation', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.6 };
  }
  return null;
}
