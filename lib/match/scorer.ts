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
  private readonly touched: number[] = [];
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
    const touched = this.touched;
    for (let i = 0; i < touched.length; i++) {
      this.exact[touched[i]!] = 0;
      this.credit[touched[i]!] = 0;
    }
    touched.length = 0;
    this.mass = mass;
    const ix = this.ix;
    const ids = q.ids;
    for (let i = 0; i < ids.length; i++) {
      this.exact[ids[i]!] = ix.weight(ids[i]!);
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
    if (this.exact[target]! > 0 || value <= this.credit[target]!) return;
    if (this.credit[target] === 0) this.touched.push(target);
    this.credit[target] = value;
    this.source[target] = src;
  }

  /** Similarity 0..1 of the loaded page sentence with a corpus sentence of the given mass. */
  score(b: SentenceTerms, massB: number): number {
    if (this.mass <= 0 || massB <= 0) return 0;
    const stamp = ++this.stamp;
    let shared = 0;
    const ids = b.ids;
    for (let i = 0; i < ids.length; i++) {
      const t = ids[i]!;
      const e = this.exact[t]!;
      if (e > 0) {
        shared += e;
        this.used[t] = stamp;
      }
    }
    for (let i = 0; i < ids.length; i++) {
      const t = ids[i]!;
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
