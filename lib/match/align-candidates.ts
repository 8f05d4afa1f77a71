/**
 * The corpus paragraphs each page paragraph might align with, and what the alignment model reads about each pair:
 * how alike the two are (best sentence pair, whole-paragraph overlap), how they stand among the other candidates
 * (the best of the outlet for this paragraph, the best paragraph of the page for that one), whether the corpus ties
 * them to paragraphs already aligned (story links, list lines), whether the paragraphs beside them align too (two
 * outlets tell a story in much the same order), and where each stands in its article.
 */

import type { CorpusIndex } from './corpus-index';
import { scorerFor, type Pair } from './pairs';
import type { PageSentence } from './page';
import { HEADING, PROMO, CAPTION, FRAGMENT, paragraphFlags } from '../corpus/boilerplate';
import { corpusBag, pageBags, paragraphEvidence, paragraphKey } from './paragraph-evidence';
import { listLines } from './list-lines';

const NOT_REPORTING = PROMO | CAPTION | FRAGMENT | HEADING;

/** Paragraph score (best sentence pair with whole-paragraph overlap, see paragraph-evidence.ts) that aligns two paragraphs on its own. */
export const PARAGRAPH_MIN = 0.28;

/** The model's inputs for one pair of paragraphs, in the order of the weights in align-model.ts. */
export const FEATURES = [
  'sentence', 'cosine', 'contained', 'score', 'sentencePairs', 'linked', 'linkedScore', 'listLine',
  'pageBest', 'belowPageBest', 'belowOutletBest', 'reverseBest', 'belowReverseBest', 'pageMass', 'pageAligned', 'position',
  'neighbours', 'tiedDegree', 'pagePosition', 'outletRank',
] as const;

/** One corpus paragraph a page paragraph might align with. */
export interface Candidate {
  doc: number;
  paragraph: number;
  /** Paragraph score: best sentence pair, cosine and containment of the two bags, averaged. */
  score: number;
  /** FEATURES, in order. */
  features: number[];
}

interface Scored {
  doc: number;
  paragraph: number;
  best: number;
  /** Sentence pairs between the two paragraphs. */
  pairs: number;
  cos: number;
  contained: number;
  score: number;
}

/** Counts read up to a cap: more says no more. */
const LINKS_CAP = 4;
const PAIRS_CAP = 5;
const ALIGNED_CAP = 20;
/** Higher-scoring candidates of the same outlet counted, at most, for outletRank. */
const RANK_CAP = 3;

/** Every page paragraph's candidates (by paragraph index; none for headings, captions and promos). */
export function alignCandidates(paragraphs: string[], page: PageSentence[], pairs: Pair[], ix: CorpusIndex, self: number): Candidate[][] {
  // Best sentence pair, and how many pairs, per (page paragraph, corpus paragraph).
  const best = paragraphs.map(() => new Map<number, { doc: number; paragraph: number; score: number; pairs: number }>());
  const pageFlags = paragraphFlags(paragraphs);
  for (const p of pairs) {
    if (p.doc === self) continue;
    if ((pageFlags[page[p.page]!.paragraph] ?? 0) & NOT_REPORTING) continue;
    const cs = ix.sentence(p.gid);
    if ((ix.paragraphFlags(cs.doc)[cs.paragraph] ?? 0) & NOT_REPORTING) continue;
    const map = best[page[p.page]!.paragraph]!;
    const key = paragraphKey(cs.doc, cs.paragraph);
    const old = map.get(key);
    if (!old) map.set(key, { doc: cs.doc, paragraph: cs.paragraph, score: p.score, pairs: 1 });
    else {
      old.pairs++;
      if (old.score < p.score) old.score = p.score;
    }
  }
  const bags = pageBags(page, ix);
  const scorer = scorerFor(ix);
  const scoredAll: Scored[][] = paragraphs.map((_, index) => {
    const bag = bags.get(index);
    if (!bag || best[index]!.size === 0) return [];
    scorer.load(bag.terms, bag.mass);
    const judge = (doc: number, paragraph: number, sentence: number, pairs: number): Scored => {
      const { cos, contained, score } = paragraphEvidence(sentence, scorer, bag.mass, corpusBag(ix, doc, paragraph));
      return { doc, paragraph, best: sentence, pairs, cos, contained, score };
    };
    const scored = [...best[index]!.values()].map((b) => judge(b.doc, b.paragraph, b.score, b.pairs));
    // A list tells its point over its lead-in and its lines: the lines of a list a paragraph aligns with are candidates too.
    const have = new Set(best[index]!.keys());
    for (const b of scored.filter((x) => x.score >= PARAGRAPH_MIN)) {
      for (const k of corpusListLines(ix, b.doc, b.paragraph)) {
        const key = paragraphKey(b.doc, k);
        if (have.has(key) || (ix.paragraphFlags(b.doc)[k] ?? 0) & NOT_REPORTING) continue;
        have.add(key);
        scored.push(judge(b.doc, k, 0, 0));
      }
    }
    return scored;
  });
  // The best page paragraph each corpus paragraph meets.
  const reverseBest = new Map<number, number>();
  for (const list of scoredAll) for (const b of list) {
    const key = paragraphKey(b.doc, b.paragraph);
    if (!((reverseBest.get(key) ?? -1) >= b.score)) reverseBest.set(key, b.score);
  }
  const scoreAt = scoredAll.map((list) => new Map(list.map((b) => [paragraphKey(b.doc, b.paragraph), b.score])));
  return scoredAll.map((scored, index) => {
    const aligned = scored.filter((b) => b.score >= PARAGRAPH_MIN);
    const linked = linkCounts(aligned, ix);
    const lines = new Set<number>();
    for (const b of aligned) for (const k of corpusListLines(ix, b.doc, b.paragraph)) lines.add(paragraphKey(b.doc, k));
    // Each outlet's RANK_CAP best scores, best first: the first is the outlet's best, and how many of them beat a candidate
    // is its capped rank, with no count over every candidate.
    const outletTop = new Map<number, number[]>();
    for (const b of scored) {
      const top = outletTop.get(b.doc) ?? outletTop.set(b.doc, []).get(b.doc)!;
      if (top.length === RANK_CAP && b.score <= top[RANK_CAP - 1]!) continue;
      top.push(b.score);
      top.sort((x, y) => y - x);
      if (top.length > RANK_CAP) top.pop();
    }
    // A loop, not a spread of every score into Math.max's arguments (a page paragraph may have hundreds of candidates).
    let pageBest = 0;
    for (const b of scored) pageBest = Math.max(pageBest, b.score);
    const mass = bags.get(index)?.mass ?? 0;
    return scored.map((b) => {
      const key = paragraphKey(b.doc, b.paragraph);
      // Read in place: most candidates have no ties, and an array per candidate for them is garbage.
      const tie = linked.get(key);
      const ties = tie?.[0] ?? 0;
      const tiedBest = tie?.[1] ?? 0;
      const reverse = reverseBest.get(key)!;
      const top = outletTop.get(b.doc)!;
      let above = 0;
      for (const x of top) if (x > b.score) above++;
      const features = [
        b.best,
        b.cos,
        b.contained,
        b.score,
        Math.min(b.pairs, PAIRS_CAP) / PAIRS_CAP,
        Math.min(ties, LINKS_CAP) / LINKS_CAP,
        tiedBest,
        lines.has(key) ? 1 : 0,
        pageBest,
        b.score - pageBest,
        b.score - top[0]!,
        reverse,
        b.score - reverse,
        Math.log1p(mass) / 5,
        Math.min(aligned.length, ALIGNED_CAP) / ALIGNED_CAP,
        Math.abs(index / paragraphs.length - b.paragraph / ix.docs[b.doc]!.paragraphs.length),
        Math.max(scoreAt[index - 1]?.get(paragraphKey(b.doc, b.paragraph - 1)) ?? 0, scoreAt[index + 1]?.get(paragraphKey(b.doc, b.paragraph + 1)) ?? 0),
        Math.min(tiedParagraphs(ix, b.doc, b.paragraph).length, 8) / 8,
        index / paragraphs.length,
        above / RANK_CAP,
      ];
      return { doc: b.doc, paragraph: b.paragraph, score: b.score, features };
    });
  });
}

/**
 * For each paragraph (paragraphKey) of another outlet, how many of these aligned paragraphs the corpus's story links
 * tie to it, and the best score among them.
 */
function linkCounts(aligned: Array<{ doc: number; paragraph: number; score: number }>, ix: CorpusIndex): Map<number, [number, number]> {
  const out = new Map<number, [number, number]>();
  for (const { doc, paragraph, score } of aligned) {
    for (const k of tiedParagraphs(ix, doc, paragraph)) {
      // Counted in place, with no new pair per tie.
      const seen = out.get(k);
      if (seen) {
        seen[0]++;
        seen[1] = Math.max(seen[1], score);
      } else out.set(k, [1, Math.max(0, score)]);
    }
  }
  return out;
}

/** A value per corpus paragraph, made once per loaded corpus. */
function perParagraph<T>(cache: WeakMap<CorpusIndex, Map<number, T>>, ix: CorpusIndex, doc: number, paragraph: number, make: () => T): T {
  let m = cache.get(ix);
  if (!m) cache.set(ix, (m = new Map()));
  const key = paragraphKey(doc, paragraph);
  let v = m.get(key);
  if (v === undefined) m.set(key, (v = make()));
  return v;
}

const tiedCache = new WeakMap<CorpusIndex, Map<number, number[]>>();

/** The other outlets' paragraphs (paragraphKey) the corpus's story links tie to a paragraph. */
function tiedParagraphs(ix: CorpusIndex, doc: number, paragraph: number): number[] {
  return perParagraph(tiedCache, ix, doc, paragraph, () => {
    const set = new Set<number>();
    for (const s of ix.docSentences(doc)) {
      if (s.paragraph !== paragraph) continue;
      for (const [g] of ix.links(s.gid)) {
        const o = ix.sentence(g);
        if (o.doc !== doc) set.add(paragraphKey(o.doc, o.paragraph));
      }
    }
    return [...set];
  });
}

const linesCache = new WeakMap<CorpusIndex, Map<number, number[]>>();

/** The other lines of the list a corpus paragraph belongs to (see list-lines.ts). */
function corpusListLines(ix: CorpusIndex, doc: number, paragraph: number): number[] {
  return perParagraph(linesCache, ix, doc, paragraph, () => listLines(ix.docs[doc]!.paragraphs, paragraph));
}
