/** Date and number checks: both passages state a time (or quantity) and they state different ones. */

import type { Finding } from './finding';
import { summarise } from './finding';
import { memo, type Passage } from './passage';
import { timeExprs } from './temporal';
import { quantities } from './quantities';

/** "Thursday" vs "this week", "2023" vs "2022", "just before" vs "Wednesday". */
export function checkDates(a: Passage, b: Passage): Finding | null {
  const ta = memo(a, 'time', (p) => timeExprs(p.norm));
  const tb = memo(b, 'time', (p) => timeExprs(p.norm));
  if (!ta.length || !tb.length) return null;
  const onlyA = ta.filter((x) => !tb.some((y) => y.value === x.value));
  const onlyB = tb.filter((y) => !ta.some((x) => x.value === y.value));
  if (!onlyA.length || !onlyB.length) return null;
  const year = (v: string) => /^\d{4}$/.test(v);
  // A year against a weekday or relative phrase is two different facts, not one fact stated two ways.
  const comparable = onlyA.some((x) => onlyB.some((y) => year(x.value) === year(y.value)));
  if (!comparable) return null;
  const pa = onlyA.map((x) => ({ text: a.text.slice(x.start, x.end), start: x.start, end: x.end }));
  const pb = onlyB.map((y) => ({ text: b.text.slice(y.start, y.end), start: y.start, end: y.end }));
  return { kind: 'date', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.9 };
}

/** "six-month" vs "three-month", "a trillion" vs "a billion". */
export function checkNumbers(a: Passage, b: Passage): Finding | null {
  const qa = memo(a, 'qty', (p) => quantities(p.norm));
  const qb = memo(b, 'qty', (p) => quantities(p.norm));
  if (!qa.length || !qb.length) return null;
  const same = (x: number, y: number) => Math.abs(x - y) <= 0.01 * Math.max(x, y);
  const onlyA = qa.filter((x) => !qb.some((y) => same(x.value, y.value)));
  const onlyB = qb.filter((y) => !qa.some((x) => same(x.value, y.value)));
  if (!onlyA.length || !onlyB.length) return null;
  const pa = onlyA.map((x) => ({ text: a.text.slice(x.start, x.end), start: x.start, end: x.end }));
  const pb = onlyB.map((y) => ({ text: b.text.slice(y.start, y.end), start: y.start, end: y.end }));
  return { kind: 'number', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.85 };
}
