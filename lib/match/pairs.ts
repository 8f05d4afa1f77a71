/**
 * Sentence pairs between the page and the corpus: direct hits through the inverted index, then
 * story-point expansion (a strong hit on one outlet's version of a point reaches the other outlets').
 */

import type { CorpusIndex } from './corpus-index';
import type { PageSentence } from './page';
import { SentenceScorer } from './scorer';

/** A page sentence, a corpus sentence and how closely they report the same point. */
export interface Pair {
  page: number;
  gid: number;
  doc: number;
  score: number;
  /** True when the score came through a story-point link rather than direct similarity. */
  linked: boolean;
}

/** Lowest direct similarity worth keeping as a pair. */
export const PAIR_MIN = 0.1;
/** A hit this strong is the same point, so its story links are followed. */
const EXPAND_MIN = 0.5;
/** A linked pair scores at most this share of the weaker of its two steps. */
export const LINK_DISCOUNT = 0.9;
const CANDIDATES = 40;

const scorers = new WeakMap<CorpusIndex, SentenceScorer>();

/** One scorer per loaded corpus: its tables are vocabulary-sized, so they are reused across pages. */
export function scorerFor(ix: CorpusIndex): SentenceScorer {
  let s = scorers.get(ix);
  if (!s) scorers.set(ix, (s = new SentenceScorer(ix)));
  return s;
}

const slotTables = new WeakMap<CorpusIndex, Int32Array>();

/** Per corpus sentence, its pair's position in the output for the page sentence at hand (-1: none); left all -1. */
function slotTable(ix: CorpusIndex): Int32Array {
  let t = slotTables.get(ix);
  if (!t) slotTables.set(ix, (t = new Int32Array(ix.nSents).fill(-1)));
  return t;
}

/** Keeps the better of a pair and the one already listed for its corpus sentence, in first-listed order. */
function put(out: Pair[], slots: Int32Array, p: Pair): void {
  const at = slots[p.gid]!;
  if (at < 0) {
    slots[p.gid] = out.length;
    out.push(p);
  } else if (out[at]!.score < p.score) out[at] = p;
}

/** All page–corpus sentence pairs above PAIR_MIN, best score per (page sentence, corpus sentence). */
export function findPairs(page: PageSentence[], ix: CorpusIndex): Pair[] {
  // Pairs of one page sentence are listed together, so a per-corpus-sentence slot table (cleared after
  // each page sentence) keeps the best per pair without a map over all pairs.
  const out: Pair[] = [];
  const slots = slotTable(ix);
  const scorer = scorerFor(ix);
  for (const ps of page) {
    if (ps.ids.length === 0) continue;
    const from = out.length;
    const direct: Pair[] = [];
    scorer.load(ps, ps.mass);
    for (const g of ix.candidates(ps, CANDIDATES)) {
      const cs = ix.sentence(g);
      const score = scorer.score(cs, cs.mass);
      if (score >= PAIR_MIN) direct.push({ page: ps.index, gid: g, doc: cs.doc, score, linked: false });
    }
    for (const d of direct) {
      put(out, slots, d);
      if (d.score < EXPAND_MIN) continue;
      const links = ix.links(d.gid);
      for (let k = 0; k < links.length; k++) {
        const [g2, strength] = links[k]!;
        const score = LINK_DISCOUNT * Math.min(d.score, strength);
        if (score >= PAIR_MIN) put(out, slots, { page: ps.index, gid: g2, doc: ix.docOf(g2), score, linked: true });
      }
    }
    for (let k = from; k < out.length; k++) slots[out[k]!.gid] = -1;
  }
  return out;
}
