/**
 * Fast scoring of many corpus sentences against one page sentence: the page sentence's terms, stem
 * variants and synonyms are laid into dense per-term tables once, so each candidate costs one pass over
 * its own terms. Same measure as similarity.ts, up to which synonym a page word is credited through.
 */

import type { CorpusIndex } from './corpus-index';
import { SYNONYM_CREDIT, VARIANT_CREDIT, type SentenceTerms } from './similarity';

/** Reusable scorer bound to one corpus index. */
export class SentenceScorer {
  /** Per term, its exact weight at 2t and its credit through a related page term at 2t + 1: one cache line for both. */
  private readonly value: Float64Array;
  private readonly source: Int32Array;
  private readonly used: Int32Array;
  private stamp = 0;
  private readonly touched: number[] = [];
  /** Scratch: the credited terms of the candidate being scored. */
  private readonly credited: number[] = [];
  private mass = 0;

  constructor(private readonly ix: CorpusIndex) {
    const n = ix.vocabSize;
    this.value = new Float64Array(2 * n);
    this.source = new Int32Array(n);
    this.used = new Int32Array(n);
  }

  /** Prepares the tables for one page sentence (with its total mass). */
  load(q: SentenceTerms, mass: number): void {
    const touched = this.touched;
    const value = this.value;
    for (let i = 0; i < touched.length; i++) {
      value[2 * touched[i]!] = 0;
      value[2 * touched[i]! + 1] = 0;
    }
    touched.length = 0;
    this.mass = mass;
    const ix = this.ix;
    const ids = q.ids;
    for (let i = 0; i < ids.length; i++) {
      value[2 * ids[i]!] = ix.weight(ids[i]!);
      touched.push(ids[i]!);
    }
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      const w = ix.weight(id);
      const vs = ix.variants(id);
      for (let k = 0; k < vs.length; k++) this.offer(vs[k]!, VARIANT_CREDIT * Math.min(w, ix.weight(vs[k]!)), id);
      const ss = ix.synonyms(id);
      for (let k = 0; k < ss.length; k++) this.offer(ss[k]!, SYNONYM_CREDIT * Math.min(w, ix.weight(ss[k]!)), id);
    }
    const extra = q.extraSyn;
    if (extra) for (let k = 0; k < extra.length; k++) this.offer(extra[k]!, SYNONYM_CREDIT * ix.weight(extra[k]!), extra[k]!);
  }

  /** Credits a related term with `value` through page term `src`, unless it already has as much. */
  private offer(target: number, value: number, src: number): void {
    const v = this.value;
    if (v[2 * target]! > 0 || value <= v[2 * target + 1]!) return;
    if (v[2 * target + 1] === 0) this.touched.push(target);
    v[2 * target + 1] = value;
    this.source[target] = src;
  }

  /** Similarity 0..1 of the loaded page sentence with a corpus sentence of the given mass. */
  score(b: SentenceTerms, massB: number): number {
    if (this.mass <= 0 || massB <= 0) return 0;
    const stamp = ++this.stamp;
    // The tables in locals: this runs for every candidate of every page sentence.
    const { value, source, used, credited } = this;
    let shared = 0;
    let nCredited = 0;
    const ids = b.ids;
    // A term has an exact weight or a credit, never both (offer skips exact terms): exact ones are
    // summed first, then the credited ones in the same order, as two passes over all terms would.
    for (let i = 0; i < ids.length; i++) {
      const t = ids[i]!;
      const e = value[2 * t]!;
      if (e > 0) {
        shared += e;
        used[t] = stamp;
      } else if (value[2 * t + 1] !== 0) credited[nCredited++] = t;
    }
    for (let k = 0; k < nCredited; k++) {
      const t = credited[k]!;
      const src = source[t]!;
      // A page word matched exactly, or already credited, earns nothing more.
      if (used[src] === stamp) continue;
      used[src] = stamp;
      shared += value[2 * t + 1]!;
    }
    return Math.min(1, shared / Math.sqrt(this.mass * massB));
  }
}
