/** Plain-text formatting of evaluation figures: fixed-width numbers, target verdicts, short snippets. */

import type { Counts, Prf } from './metrics';
import { prf } from './metrics';

/** 0.8571 → "0.857". */
export const fmt = (x: number): string => x.toFixed(3);

/** "P 0.900 R 0.800 F1 0.847 (tp 8 fp 1 fn 2 ~0)" */
export function prfLine(c: Counts): string {
  const m = prf(c);
  return `P ${fmt(m.precision)} R ${fmt(m.recall)} F1 ${fmt(m.f1)} (tp ${c.tp} fp ${c.fp} fn ${c.fn} ~${c.neutral})`;
}

/** Rounded figures for the JSON summary. */
export function prfJson(c: Counts): Prf & Counts {
  const m = prf(c);
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { precision: r(m.precision), recall: r(m.recall), f1: r(m.f1), tp: c.tp, fp: c.fp, fn: c.fn, neutral: c.neutral };
}

/** "PASS" or "MISS" beside a target. */
export const verdict = (ok: boolean): string => (ok ? 'PASS' : 'MISS');

/** First words of a passage, on one line. */
export function snippet(text: string | undefined, max = 90): string {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Pads a cell to a width. */
export const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
