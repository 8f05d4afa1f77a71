/**
 * Local context: the content words around a span. Two passages that put different values (days, names,
 * modals) in the same local context are stating the same fact differently, even when the sentences as a
 * whole are only loosely similar.
 */

import type { Piece } from '../text/segment';
import { STOPWORDS } from '../text/stopwords';
import { memo, type Passage } from './passage';

/** Content stems within `radius` words of a span, the span's own words excluded. */
export function contextStems(p: Passage, span: Piece, radius = 4): Set<string> {
  return memo(p, `ctx:${span.start}:${span.end}:${radius}`, () => computeContext(p, span, radius));
}

function computeContext(p: Passage, span: Piece, radius: number): Set<string> {
  const ws = p.words;
  const first = ws.findIndex((w) => w.end > span.start);
  let last = first;
  while (last + 1 < ws.length && ws[last + 1]!.start < span.end) last++;
  const out = new Set<string>();
  if (first < 0) return out;
  for (let i = Math.max(0, first - radius); i <= Math.min(ws.length - 1, last + radius); i++) {
    if (i >= first && i <= last) continue;
    const w = ws[i]!;
    if (!STOPWORDS.has(w.lower) && w.lower.length > 2 && !/^\d+$/.test(w.lower)) out.add(w.stem);
  }
  return out;
}

/** Content stems of up to `n` words before a position, within its clause. */
export function stemsBefore(p: Passage, pos: number, n: number): Set<string> {
  return memo(p, `before:${pos}:${n}`, () => computeBefore(p, pos, n));
}

function computeBefore(p: Passage, pos: number, n: number): Set<string> {
  const out = new Set<string>();
  let k = p.words.findIndex((w) => w.end > pos);
  if (k < 0) k = p.words.length;
  for (let i = k - 1, seen = 0; i >= 0 && seen < n; i--, seen++) {
    const w = p.words[i]!;
    if (/[,;:.!?"]/.test(p.norm.slice(w.end, i === k - 1 ? pos : p.words[i + 1]!.start))) break;
    if (!STOPWORDS.has(w.lower) && w.lower.length > 2) out.add(w.stem);
  }
  return out;
}

/** Whether two stems mean the same here (synonyms, variants); supplied by the engine from the corpus. */
export type Related = (x: string, y: string) => boolean;

/**
 * How many stems of a have an equal (or related) stem in b. Related ones count only beside an exact one,
 * unless `nearAlone` (the sentences are already known to report the same point).
 */
export function sharedCount(a: Set<string>, b: Set<string>, related?: Related, nearAlone = false): number {
  let exact = 0;
  let near = 0;
  for (const x of a) {
    if (b.has(x)) exact++;
    else if (related) for (const y of b) if (related(x, y)) { near++; break; }
  }
  return exact > 0 || nearAlone ? exact + near : 0;
}

/** The shortest stretch of `p` holding at least `need` of the given stems within `window` words, as a span. */
export function findContext(p: Passage, stems: Set<string>, need: number, window = 6): Piece | null {
  const ws = p.words;
  const hits = ws.map((w, i) => (stems.has(w.stem) ? i : -1)).filter((i) => i >= 0);
  for (let k = 0; k + need - 1 < hits.length; k++) {
    const from = hits[k]!;
    const to = hits[k + need - 1]!;
    const distinct = new Set(hits.slice(k, k + need).map((i) => ws[i]!.stem)).size;
    if (to - from < window && distinct >= need) {
      const start = ws[from]!.start;
      const end = ws[to]!.end;
      return { text: p.text.slice(start, end), start, end };
    }
  }
  return null;
}
