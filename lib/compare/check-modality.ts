/**
 * Negation and certainty outside quotes: the same verb or adjective asserted on one side and negated on
 * the other, or hedged on one side ("might increase") and firm on the other ("would increase").
 */

import type { Piece } from '../text/segment';
import type { Finding } from './finding';
import { summarise } from './finding';
import { memo, type Passage, type Word } from './passage';
import { STOPWORDS } from '../text/stopwords';

const NEGATORS = /^(not|no|never|cannot)$|n't$/;
const SKIP = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'do', 'does', 'did', 'have', 'has', 'had', 'to', 'also', 'ever', 'yet', 'still', 'ultimately', 'eventually', 'even', 'really', 'necessarily', 'actually', 'simply', 'only', 'just', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must']);
const HEDGE = new Set(['might', 'may', 'could', 'possibly', 'perhaps', 'potentially', 'likely', 'probably']);
const FIRM = new Set(['will', 'would', 'must', 'shall', 'definitely', 'certainly', 'surely', 'inevitably']);
const NEGATIVE_VERBS = /\b(refus|declin|reject|fail|deni|lack|without|never|neither|nor|absent|stop(?:ped)? short|halt)/i;

const AUX = /^(do|does|did|is|are|was|were|be|been|could|would|should|will|can|has|have|had|must|may|might|shall)$/;

/** Predicate negation ("did not", "could never", "isn't"), not a contrast like "governments, not companies". */
function predicateNegator(ws: Word[], mods: Word[]): Word | undefined {
  const neg = mods.find((w) => NEGATORS.test(w.lower));
  if (!neg) return undefined;
  if (/n't$/.test(neg.lower) || neg.lower === 'never' || neg.lower === 'cannot') return neg;
  const prev = ws[ws.indexOf(neg) - 1];
  return prev && AUX.test(prev.lower) ? neg : undefined;
}

/** The words before `i` that modify it: back over auxiliaries and adverbs, at most three words. */
function modifiers(ws: Word[], i: number): Word[] {
  const out: Word[] = [];
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = ws[k]!;
    if (NEGATORS.test(w.lower) || HEDGE.has(w.lower) || FIRM.has(w.lower) || SKIP.has(w.lower)) out.push(w);
    else break;
  }
  return out;
}

function contentWords(p: Passage): Array<[Word, number]> {
  return memo(p, 'content', findContent);
}

function findContent(p: Passage): Array<[Word, number]> {
  return p.words.map((w, i) => [w, i] as [Word, number]).filter(([w]) => !w.quoted && !STOPWORDS.has(w.lower) && w.lower.length > 2);
}

/** Same word, negated on one side only. */
export function checkNegation(a: Passage, b: Passage): Finding | null {
  for (const [wa, ia] of contentWords(a)) {
    const hit = contentWords(b).find(([wb]) => wb.stem === wa.stem);
    if (!hit) continue;
    const [wb, ib] = hit;
    const ma = modifiers(a.words, ia);
    const mb = modifiers(b.words, ib);
    const negA = predicateNegator(a.words, ma);
    const negB = predicateNegator(b.words, mb);
    if (!!negA === !!negB) continue;
    // A contrastive "not" on the other side makes the flip unclear.
    if ((!negA && ma.some((w) => NEGATORS.test(w.lower))) || (!negB && mb.some((w) => NEGATORS.test(w.lower)))) continue;
    const plain = negA ? b : a;
    if (NEGATIVE_VERBS.test(plain.norm)) continue;
    const pa: Piece[] = negA ? [{ text: a.text.slice(negA.start, wa.end), start: negA.start, end: wa.end }] : [wa];
    const pb: Piece[] = negB ? [{ text: b.text.slice(negB.start, wb.end), start: negB.start, end: wb.end }] : [wb];
    return { kind: 'negation', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.7 };
  }
  return null;
}

/** Same word, hedged on one side and firm on the other. */
export function checkCertainty(a: Passage, b: Passage): Finding | null {
  const cls = (ws: Word[]) => (ws.some((w) => HEDGE.has(w.lower)) ? 'hedge' : ws.some((w) => FIRM.has(w.lower)) ? 'firm' : null);
  for (const [wa, ia] of contentWords(a)) {
    const hit = contentWords(b).find(([wb]) => wb.stem === wa.stem);
    if (!hit) continue;
    const [wb, ib] = hit;
    const ma = modifiers(a.words, ia);
    const mb = modifiers(b.words, ib);
    const ca = cls(ma);
    const cb = cls(mb);
    if (!ca || !cb || ca === cb) continue;
    const modal = (ws: Word[]) => ws.find((w) => HEDGE.has(w.lower) || FIRM.has(w.lower))!;
    const xa = modal(ma);
    const xb = modal(mb);
    const pa = [{ text: a.text.slice(xa.start, wa.end), start: xa.start, end: wa.end }];
    const pb = [{ text: b.text.slice(xb.start, wb.end), start: xb.start, end: wb.end }];
    return { kind: 'certainty', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.75 };
  }
  return null;
}
