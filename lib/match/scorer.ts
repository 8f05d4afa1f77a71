/**
 * Fast scoring of many corpus sentences against one page sentence: the page sentence's terms, stem
 * variants and synonyms are laid into dense per-term tables once, so each candidate costs one pass over
 * its own terms. Same measure as similarity.ts, up to which synonym a page word is credited through.
 */

import type { CorpusIndex } from './corpus-index';
import { SYNONYM_CREDIT, VARIANT_CREDIT, type SentenceTerms } from './similarity';

/** Reusable scorer bound to one corpus index. */
export class SentenceScorer {
  private readonly exact: Float64Array;
  private readonly credit: Float64Array;
  private readonly source: Int32Array;
  private readonly used: Int32Array;
  private stamp = 0;
  private touched: number[] = [];
  private mass = 0;

  constructor(private readonly ix: CorpusIndex) {
    const n = ix.vocabSize;
    this.exact = new Float64Array(n);
    this.credit = new Float64Array(n);
    this.source = new Int32Array(n);
    this.used = new Int32Array(n);
  }

  /** Prepares the tables for one page sentence (with its total mass). */
  load(q: SentenceTerms, mass: number): void {
    for (const t of this.touched) {
      this.exact[t] = 0;
      this.credit[t] = 0;
    }
    this.touched = [];
    this.mass = mass;
    const ix = this.ix;
    for (const id of q.ids) {
      this.exact[id] = ix.weight(id);
      this.touched.push(id);
    }
    const offer = (target: number, value: number, src: number) => {
      if (this.exact[target]! > 0 || value <= this.credit[target]!) return;
      if (this.credit[target] === 0) this.touched.push(target);
      this.credit[target] = value;
      this.source[target] = src;
    };
    for (const id of q.ids) {
      const w = ix.weight(id);
      for (const v of ix.variants(id)) offer(v, VARIANT_CREDIT * Math.min(w, ix.weight(v)), id);
      for (const s of ix.synonyms(id)) offer(s, SYNONYM_CREDIT * Math.min(w, ix.weight(s)), id);
    }
    for (const s of q.extraSyn ?? []) offer(s, SYNONYM_CREDIT * ix.weight(s), s);
  }

  /** Similarity 0..1 of the loaded page sentence with a corpus sentence of the given mass. */
  score(b: SentenceTerms, massB: number): number {
    if (this.mass <= 0 || massB <= 0) return 0;
    const stamp = ++this.stamp;
    let shared = 0;
    for (const t of b.ids) {
      const e = this.exact[t]!;
      if (e > 0) {
        shared += e;
        this.used[t] = stamp;
      }
    }
    for (const t of b.ids) {
      const c = this.credit[t]!;
      if (c === 0) continue;
      const src = this.source[t]!;
      // A page word matched exactly, or already credited, earns nothing more.
      if (this.used[src] === stamp) continue;
      this.used[src] = stamp;
      shared += c;
    }
    return Math.min(1, shared / Math.sqrt(this.mass * massB));
  }
}
