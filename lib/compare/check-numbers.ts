/**
 * Number checks: both passages give an amount in the same local context and the values differ ("six-month" /
 * "three-month", "a trillion" / "half a trillion"), or one counts what the other has one of ("two tools" / "a tool").
 */

import type { Piece } from '../text/segment';
import type { Finding } from './finding';
import { summarise } from './finding';
import { textPiece, memo, slot, type Passage, type Word } from './passage';
import { quantities, type Quantity } from './quantities';
import { contextStems, sharedCount } from './context';
import { STOPWORDS } from '../text/stopwords';

const QTY_SLOT = slot();


/** The same amount: "nearly a trillion" and "more than a trillion" bound the same figure from opposite sides, so are not. */
function same(x: Quantity, y: Quantity): boolean {
  return x.duration === y.duration && x.bound * y.bound !== -1 && Math.abs(x.value - y.value) <= 0.01 * Math.max(x.value, y.value);
}

/** "six-month" vs "three-month", "a trillion" vs "half a trillion", "nearly" vs "more than" a trillion. */
export function checkNumbers(a: Passage, b: Passage, minContext: number): Finding | null {
  const qb = memo(b, QTY_SLOT, (p) => quantities(p.norm));
  const qa = memo(a, QTY_SLOT, (p) => quantities(p.norm));
  return differentAmount(a, b, qa, qb, minContext) ?? countVsOne(a, b, qa, minContext, false) ?? countVsOne(b, a, qb, minContext, true);
}

/** An amount's context words, with its currency or its being a length of time: "$700 billion" is in dollars as much as "a trillion dollars" is. */
function amountContext(p: Passage, q: Quantity): Set<string> {
  const around = contextStems(p, q);
  const unit = q.currency ?? (q.duration ? DURATION : null);
  return unit && !around.has(unit) ? new Set([...around, unit]) : around;
}

/** What every length of time measures, as a currency is what amounts of money are in ("18 months" and "six months" are both lengths of time). */
const DURATION = '#duration';

function differentAmount(a: Passage, b: Passage, qa: Quantity[], qb: Quantity[], minContext: number): Finding | null {
  if (!qb.length) return null;
  for (const x of qa) {
    if (qb.some((y) => same(x, y))) continue;
    const cx = amountContext(a, x);
    for (const y of qb) {
      // A length of time and a count are different things, whatever their numbers.
      if (x.duration !== y.duration) continue;
      if (qa.some((z) => same(z, y)) || sharedCount(cx, amountContext(b, y), a.related) < Math.max(1, minContext)) continue;
      const pa = [textPiece(a, x)];
      const pb = [textPiece(b, y)];
      return { kind: 'number', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.85 };
    }
  }
  return null;
}

/**
 * A count on one side and one of the same thing on the other: "two open-source AI tools" / "an open-source AI
 * tool". The thing must be named alike (the same words before the same noun, plural against singular).
 */
function countVsOne(a: Passage, b: Passage, qa: Quantity[], minContext: number, swap: boolean): Finding | null {
  for (const x of qa) {
    if (x.duration || x.bound !== 0 || x.value < 2 || x.value > 99 || !Number.isInteger(x.value)) continue;
    const k = a.words.findIndex((w) => w.start >= x.end);
    if (k < 0 || !/^[\s-]*$/.test(a.norm.slice(x.end, a.words[k]!.start))) continue;
    // The counted thing: up to three words, then a plural noun.
    const phrase: Word[] = [];
    for (let i = k; i < Math.min(a.words.length, k + 4); i++) {
      const w = a.words[i]!;
      if (STOPWORDS.has(w.lower)) break;
      phrase.push(w);
      if (w.lower.length > 3 && w.lower.endsWith('s') && !w.lower.endsWith('ss')) break;
    }
    const head = phrase[phrase.length - 1];
    if (!head || !head.lower.endsWith('s') || head.lower.endsWith('ss')) continue;
    const singular = head.lower.slice(0, -1);
    const mods = phrase.slice(0, -1).map((w) => w.lower);
    for (let j = mods.length + 1; j < b.words.length; j++) {
      if (b.words[j]!.lower !== singular) continue;
      if (mods.some((m, i) => b.words[j - mods.length + i]!.lower !== m)) continue;
      const one = b.words[j - mods.length - 1]!;
      if (!/^(a|an|one)$/.test(one.lower)) continue;
      const y: Piece = { text: b.text.slice(one.start, b.words[j]!.end), start: one.start, end: b.words[j]!.end };
      if (sharedCount(contextStems(a, x), contextStems(b, one), a.related) < Math.max(1, minContext)) continue;
      const pa = [{ ...textPiece(a, x), end: head.end, text: a.text.slice(x.start, head.end) }];
      const pb = [y];
      const [fa, fb] = swap ? [pb, pa] : [pa, pb];
      return { kind: 'number', a: fa, b: fb, summary: summarise(fa, fb), confidence: 0.8 };
    }
  }
  return null;
}

/**
 * A number found to differ from one outlet, read again in a version of the point the corpus links to it: that
 * version differs too when it states the outlet's amount, in the page amount's context.
 */
export function numberAlong(a: Passage, f: Finding, other: Passage): Finding | null {
  const qa = memo(a, QTY_SLOT, (p) => quantities(p.norm));
  const x = qa.find((q) => q.start === f.a[0]?.start);
  const y = f.b[0] ? quantities(f.b[0].text)[0] : undefined;
  if (!x || !y) return null;
  const cx = amountContext(a, x);
  const qo = memo(other, QTY_SLOT, (p) => quantities(p.norm));
  if (qo.some((z) => same(x, z))) return null;
  for (const z of qo) {
    if (!same(y, z) || x.duration !== z.duration || qa.some((q) => same(q, z))) continue;
    if (sharedCount(cx, amountContext(other, z), a.related) < 1) continue;
    const pb = [textPiece(other, z)];
    return { kind: 'number', a: f.a, b: pb, summary: summarise(f.a, pb), confidence: f.confidence };
  }
  return null;
}
