/**
 * Paragraph-level evidence for an alignment. The best sentence pair alone misses a point spread over
 * a paragraph ("slowed or paused" here, "temporary halt" there) and over-rates one shared phrase in
 * otherwise unrelated paragraphs; the whole paragraphs' overlap, both as a cosine and as the share of
 * the smaller one contained in the larger, steadies it.
 */

import type { CorpusIndex } from './corpus-index';
import type { PageSentence } from './page';
import type { SentenceTerms } from './similarity';
import type { SentenceScorer } from './scorer';

/** A paragraph as one bag of terms, with its mass. */
export interface ParagraphBag {
  terms: SentenceTerms;
  mass: number;
}

const corpusBags = new WeakMap<CorpusIndex, Map<number, ParagraphBag>>();

/** One number for a corpus paragraph (doc, paragraph index), for map keys. */
export function paragraphKey(doc: number, paragraph: number): number {
  return doc * 100_000 + paragraph;
}

function bagOf(sentences: Array<SentenceTerms>, ix: CorpusIndex): ParagraphBag {
  // The sentences' id lists are sorted already: merging keeps the bag sorted without a set and a sort.
  let sorted: readonly number[] = [];
  const syn = new Set<number>();
  let extraMass = 0;
  for (const s of sentences) {
    sorted = sorted.length === 0 ? s.ids : mergeSorted(sorted, s.ids);
    for (const x of s.extraSyn ?? []) syn.add(x);
    extraMass += s.extraMass;
  }
  let mass = extraMass;
  for (const id of sorted) mass += ix.weight(id);
  return { terms: { ids: sorted, extraMass, extraSyn: [...syn] }, mass };
}

/** The distinct union of two ascending lists of distinct numbers, ascending. */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x <= y) i++;
    if (y <= x) j++;
    out.push(x <= y ? x : y);
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** Bags of the page's paragraphs, by paragraph index. */
export function pageBags(page: PageSentence[], ix: CorpusIndex): Map<number, ParagraphBag> {
  const by = new Map<number, PageSentence[]>();
  for (const s of page) {
    const list = by.get(s.paragraph) ?? [];
    list.push(s);
    by.set(s.paragraph, list);
  }
  return new Map([...by].map(([p, list]) => [p, bagOf(list, ix)]));
}

/** The bag of one corpus paragraph (cached per loaded corpus). */
export function corpusBag(ix: CorpusIndex, doc: number, paragraph: number): ParagraphBag {
  let m = corpusBags.get(ix);
  if (!m) corpusBags.set(ix, (m = new Map()));
  const key = paragraphKey(doc, paragraph);
  let b = m.get(key);
  if (!b) m.set(key, (b = bagOf(ix.docSentences(doc).filter((s) => s.paragraph === paragraph), ix)));
  return b;
}

/**
 * Alignment score of two paragraphs: the mean of their best sentence pair, their cosine as bags, and
 * the share of the smaller bag found in the larger. `scorer` must be loaded with the page bag.
 */
export function paragraphEvidence(best: number, scorer: SentenceScorer, pageMass: number, other: ParagraphBag): { cos: number; contained: number; score: number } {
  const cos = scorer.score(other.terms, other.mass);
  const contained = Math.min(1, (cos * Math.sqrt(pageMass * other.mass)) / Math.max(1e-9, Math.min(pageMass, other.mass)));
  return { cos, contained, score: (best + cos + contained) / 3 };
}
