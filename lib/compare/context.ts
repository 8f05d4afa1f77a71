/**
 * Local context: the content words around a span. Two passages that put different values (days, names,
 * modals) in the same local context are stating the same fact differently, even when the sentences as a
 * whole are only loosely similar.
 */

import type { Piece } from '../text/segment';
import { STOPWORDS } from '../text/stopwords';
import { stem } from '../text/tokens';
import { memoAt, slot, type Passage, type Slot } from './passage';

// Memo slots per radius (per word count for stemsBefore), made on first use.
const ctxSlots: Slot[] = [];
const beforeSlots: Slot[] = [];
const ctxSlot = (radius: number): Slot => (ctxSlots[radius] ??= slot());
const beforeSlot = (n: number): Slot => (beforeSlots[n] ??= slot());
// The defaults' slots exist before any passage, so every passage's memo array has room for them.
ctxSlot(4);
beforeSlot(3);

/** Content stems within `radius` words of a span, the span's own words excluded. */
export function contextStems(p: Passage, span: Piece, radius = 4): Set<string> {
  // Offsets below 2^26 pack into one exact number (start * 2^26 + end stays under 2^53).
  return memoAt(p, ctxSlot(radius), span.start * 2 ** 26 + span.end, () => computeContext(p, span, radius));
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
    else if (w.lower === 'out' && i > 0 && PUT_OUT.test(ws[i - 1]!.lower)) out.add(PUBLISHED);
  }
  return out;
}

/** Words before "out" that make it "published" ("came out", "put out", "a report out on Wednesday"). */
const PUT_OUT = /^(?:came|come|comes|coming|put|puts|putting|is|was|were|be|been|(?:report|paper|study|post|memo|letter|statement|document|filing|review|survey|analysis|update|guidance|figure|result|poll|version)s?|studies|analyses)$/;
/** The stem "out" then counts as: a report "out on Wednesday" is one "published" then. */
const PUBLISHED = stem('published');

/** Content stems of up to `n` words before a position, within its clause. */
export function stemsBefore(p: Passage, pos: number, n: number): Set<string> {
  return memoAt(p, beforeSlot(n), pos, () => computeBefore(p, pos, n));
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

/**
 * Whether two stems mean the same here (synonyms, variants); supplied by the engine from the corpus, with each stem's
 * related stems as a set when it has them at hand (a test against many stems is then one pass over the smaller side).
 */
export type Related = ((x: string, y: string) => boolean) & {
  near?: (x: string) => ReadonlySet<string>;
  /** Whether the corpus has a stem at all (a person it never names is no one of its story). */
  known?: (x: string) => boolean;
};

/**
 * How many stems of a have an equal (or related) stem in b. Related ones count only beside an exact one,
 * unless `nearAlone` (the sentences are already known to report the same point).
 */
export function sharedCount(a: Set<string>, b: Set<string>, related?: Related, nearAlone = false): number {
  let exact = 0;
  for (const x of a) if (b.has(x)) exact++;
  // Related stems count only beside an exact one (unless nearAlone), so without it they are not looked for.
  if (!related || (exact === 0 && !nearAlone)) return exact;
  let near = 0;
  const nearOf = related.near;
  for (const x of a) {
    if (b.has(x)) continue;
    const ns = nearOf?.(x);
    if (ns && ns.size <= b.size) {
      for (const y of ns) if (b.has(y)) { near++; break; }
    } else for (const y of b) if (related(x, y)) { near++; break; }
  }
  return exact + near;
}

/** The shortest stretch of `p` holding at least `need` of the given stems within `window` words, as a span. */
export function findContext(p: Passage, stems: Set<string>, need: number, window = 6): Piece | null {
  const ws = p.words;
  const hits: number[] = [];
  for (let i = 0; i < ws.length; i++) if (stems.has(ws[i]!.stem)) hits.push(i);
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
