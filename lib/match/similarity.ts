/**
 * Sentence similarity: IDF-weighted overlap of content terms, normalised like a cosine of binary vectors,
 * where WordNet synonyms count for part of an exact match and anchors (names, numbers, dates) for more.
 */

/** What the similarity needs to know about terms. */
export interface TermModel {
  weight(id: number): number;
  synonyms(id: number): readonly number[];
  variants(id: number): readonly number[];
}

/** A sentence as the matcher sees it: sorted distinct term ids plus the mass of words the corpus lacks. */
export interface SentenceTerms {
  ids: readonly number[];
  /** Summed weight of terms unknown to the corpus (they dilute, they cannot match). */
  extraMass: number;
  /** Corpus terms WordNet ties to the unknown words. */
  extraSyn?: readonly number[];
}

/** Share of an exact match a synonym earns. */
export const SYNONYM_CREDIT = 0.6;
/** Share of an exact match a stem variant earns ("verify"/"verification"). */
export const VARIANT_CREDIT = 0.9;

/** Total weight of a sentence's terms. */
export function mass(s: SentenceTerms, m: TermModel): number {
  let w = s.extraMass;
  for (const id of s.ids) w += m.weight(id);
  return w;
}

function has(sorted: readonly number[], x: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === x) return true;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Weighted overlap of a and b: exact shared terms, then synonyms of the unmatched ones. */
export function overlap(a: SentenceTerms, b: SentenceTerms, m: TermModel): number {
  let shared = 0;
  const unA: number[] = [];
  for (const id of a.ids) {
    if (has(b.ids, id)) shared += m.weight(id);
    else unA.push(id);
  }
  if (unA.length === 0 && !a.extraSyn?.length) return shared;
  const used = new Set<number>();
  const unB = (s: number) => !used.has(s) && has(b.ids, s) && !has(a.ids, s);
  const rest: number[] = [];
  for (const id of unA) {
    const v = m.variants(id).find(unB);
    if (v === undefined) rest.push(id);
    else {
      shared += VARIANT_CREDIT * Math.min(m.weight(id), m.weight(v));
      used.add(v);
    }
  }
  for (const id of rest) {
    for (const s of m.synonyms(id)) {
      if (!used.has(s) && has(b.ids, s) && !has(a.ids, s)) {
        shared += SYNONYM_CREDIT * Math.min(m.weight(id), m.weight(s));
        used.add(s);
        break;
      }
    }
  }
  for (const s of a.extraSyn ?? []) {
    if (!used.has(s) && has(b.ids, s) && !has(a.ids, s)) {
      shared += SYNONYM_CREDIT * m.weight(s);
      used.add(s);
    }
  }
  return shared;
}

/** Similarity 0..1 of two sentences (symmetric up to synonym tie-breaking). */
export function similarity(a: SentenceTerms, b: SentenceTerms, m: TermModel, massA?: number, massB?: number): number {
  const ma = massA ?? mass(a, m);
  const mb = massB ?? mass(b, m);
  if (ma <= 0 || mb <= 0) return 0;
  return Math.min(1, overlap(a, b, m) / Math.sqrt(ma * mb));
}
