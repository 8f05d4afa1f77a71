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
import { stemsIn } from './credit-phrases';

const DETAIL_SLOT = slot();

const DETAIL = /^(?:details?|specifics|particulars)$/;
/** Words that withhold the detail after them: "no details", "stopped short of offering", "declined to give". */
const WITHHOLDING = new Set(['without', 'few', 'little', 'scant', 'short', 'declined', 'declining', 'refused', 'refusing', 'lacked', 'lacking', 'lacks']);
/** How far before the detail word a withholding word may stand ("did not provide specific details"). */
const REACH = 4;
/** Words that may stand between "in" and "detail" ("in some detail", "in great detail", "in concrete detail"). */
const DEGREE = new Set(['some', 'great', 'considerable', 'full', 'fuller', 'more', 'greater', 'much', 'granular', 'exhaustive', 'concrete', 'specific', 'precise', 'minute', 'fine']);
/** What a "detailed" plan is written as ("a detailed blueprint", "a detailed map"): the detail of the plan itself. */
const PLAN = /^(?:plans?|blueprints?|maps?|roadmaps?|accounts?|descriptions?|breakdowns?|outlines?|designs?|specifications?|proposals?)$/;
/** Nouns of "X by X" ("step by step", "piece by piece"): told part by part. */
const BY_PART = new Set(['step', 'piece', 'point', 'item', 'stage']);

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
 * A passage's statements about detail: "in (some) detail", "a detailed blueprint", "specific about", "in specific
 * terms" or "step by step" given, "no/without … details" withheld. The verb "detailed" is left alone: "the company
 * detailed its concerns" gives the detail of something other than what was withheld.
 */
function details(p: Passage): Detail[] {
  return memo(p, DETAIL_SLOT, () => {
    const out: Detail[] = [];
    const ws = p.words;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      if (w.quoted) continue;
      if (DETAIL.test(w.lower) || (w.lower === 'steps' && SPECIFIC.test(ws[i - 1]?.lower ?? ''))) {
        const denial = withheld(ws, i);
        const by = denial ? -1 : givenBy(ws, i);
        if (denial) out.push({ word: w, from: denial, given: false });
        else if (w.lower === 'detail' && inDetail(ws, i)) out.push({ word: w, from: inDetail(ws, i)!, given: true });
        else if (by >= 0) out.push({ word: w, from: ws[by]!, given: true });
        continue;
      }
      const from = givenFrom(ws, i);
      if (from >= 0) out.push({ word: w, from: ws[from]!, given: withheld(ws, from) === null });
    }
    return out;
  });
}

/** Where a statement that the detail was given ends at word i starts (its index), or -1: "detailed blueprint", "specific about", "in specific terms", "step by step". */
function givenFrom(ws: Word[], i: number): number {
  const w = ws[i]!.lower;
  const before = ws[i - 1]?.lower;
  if (PLAN.test(w) && before === 'detailed') return i - 1;
  if (w === 'specific' && (ws[i + 1]?.lower === 'about' || /^(?:is|are|was|were|be|been)$/.test(before ?? ''))) return i;
  if (w === 'terms') {
    // "in specific terms", "in specific, concrete terms", "in concrete terms"
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (ws[k]!.lower === 'in') return k < i - 1 && ws.slice(k + 1, i).every((y) => y.lower === 'specific' || y.lower === 'concrete') ? k : -1;
    }
    return -1;
  }
  return BY_PART.has(w) && before === 'by' && ws[i - 2]?.lower === w ? i - 2 : -1;
}

/** Adjectives that make steps the specifics of a plan ("set out specific steps"). */
const SPECIFIC = /^(?:specific|concrete|practical|detailed)$/;
/** Verbs that give what follows them, alone or with their particle ("sets out", "goes into", "provided"). */
const GIVING = /^(?:gives?|gave|given|provides?|provided|offers?|offered|shares?|shared|outlines?|outlined|supplies|supplied)$/;
const GIVING_WITH = /^(?:(?:sets?|spells?|spelled|spelt|lays?|laid)\s+out|(?:goes|go|went|gone|going)\s+into)$/;

/**
 * Where the verb that gives the detail word at i stands ("it sets out specific details", "goes into the specifics"),
 * within three words before it, or -1.
 */
function givenBy(ws: Word[], i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (GIVING.test(ws[k]!.lower)) return k;
    if (k > 0 && GIVING_WITH.test(`${ws[k - 1]!.lower} ${ws[k]!.lower}`)) return k - 1;
  }
  return -1;
}

/** The "in" of "in (some) detail" before word i, or null. */
function inDetail(ws: Word[], i: number): Word | null {
  const k = DEGREE.has(ws[i - 1]?.lower ?? '') ? i - 2 : i - 1;
  return ws[k]?.lower === 'in' ? ws[k]! : null;
}

/** A statement's words, from what gives or withholds the detail to the detail word. */
const piece = (p: Passage, d: Detail) => ({ text: p.text.slice(d.from.start, d.word.end), start: d.from.start, end: d.word.end });

/** Content words two passages share outside quotations (stems of four letters or more). */
function shared(a: Passage, b: Passage): number {
  const sb = stemsIn(b.words);
  let n = 0;
  for (const s of stemsIn(a.words)) if (s.length >= 4 && sb.has(s)) n++;
  return n;
}

/**
 * One side gives the detail of a point the other says was not given. The page often says so in a sentence of its
 * own after the point ("The post described those steps in concrete detail"), so the sentence after counts too.
 * `minShared`: content words the two sentences must share, for pairs that are not already on one point.
 */
export function checkDetail(a: Passage, b: Passage, minShared = 0): Finding | null {
  const db = details(b);
  if (!db.length) return null;
  if (minShared && shared(a, b) < minShared) return null;
  const next = a.after?.();
  const own: Array<[Detail, number]> = [...details(a).map((x): [Detail, number] => [x, 0]), ...(next ? details(next.passage).map((x): [Detail, number] => [x, next.offset]) : [])];
  for (const [x, offset] of own) {
    const y = db.find((d) => d.given !== x.given);
    if (!y) continue;
    const at = offset ? next!.passage : a;
    const p = piece(at, x);
    const pa = [{ ...p, start: p.start + offset, end: p.end + offset }];
    const pb = [piece(b, y)];
    return { kind: 'negation', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.6 };
  }
  return null;
}
