/**
 * The comparison engine: loads a compiled corpus once, then analyze() aligns a page with the corpus,
 * recognises the corpus article it is (if any), and lists additions and divergences. All heavy work was
 * done by compileCorpus at build time; a page costs a few index look-ups per sentence.
 */

import type { Analysis, Article, CorpusDoc, Detection, Divergence } from './types';
import { CORPUS_VERSION, type CompiledCorpus } from './corpus/format';
import { CorpusIndex } from './match/corpus-index';
import { pageSentences, type PageSentence } from './match/page';
import { findPairs, type Pair } from './match/pairs';
import { recogniseSelf } from './match/self';
import { alignParagraphs, ALIGN_MIN } from './match/align';
import { divergedSentences, findAdditions } from './compare/additions';
import { selfSentences } from './compare/edited-sentences';
import { findDivergences } from './compare/divergences';
import { relatedDocs } from './match/related';
import { caseForms, needsCasing, truecase } from './text/truecase';

/** A paragraph of an article on another story is shown as a match only when this close. */
const UNRELATED_MATCH = 0.5;

/** A loaded engine. */
export interface Engine {
  docs: CorpusDoc[];
  analyze(article: Article, detection: Detection): Analysis;
}

/** A divergence found on a paragraph read in ordinary cases, shown in the page's own text and words. */
function asWritten(d: Divergence, read: string[], original: string[]): Divergence {
  const i = d.page.paragraph;
  let summary = d.summary;
  for (const h of d.page.highlights) summary = summary.replace(read[i]!.slice(h.start, h.end), original[i]!.slice(h.start, h.end));
  return { ...d, summary, page: { ...d.page, text: original[i]! } };
}

/** A page read against the corpus: its sentences, their pairs, the corpus article it is (or -1), and the pairs with other outlets. */
export interface PageReading {
  page: PageSentence[];
  pairs: Pair[];
  self: number;
  /** The corpus articles on the page's story. */
  related: Set<number>;
  /** Pairs with other articles: those on the story, and close ones elsewhere. */
  others: Pair[];
  /** Pairs with the other articles on the story. */
  story: Pair[];
}

/** Reads a page's paragraphs against the corpus, as analyze() does before aligning and comparing. */
export function readPage(paragraphs: string[], ix: CorpusIndex): PageReading {
  const page = pageSentences(paragraphs, ix);
  const pairs = findPairs(page, ix);
  const self = recogniseSelf(pairs, ix).doc;
  // Only articles on the page's story are compared; elsewhere only a close match is worth showing.
  const related = relatedDocs(pairs, page, ix, ALIGN_MIN, self);
  const others = pairs.filter((p) => p.doc !== self && (related.has(p.doc) || p.score >= UNRELATED_MATCH));
  const story = others.filter((p) => related.has(p.doc));
  return { page, pairs, self, related, others, story };
}

const forms = new WeakMap<CorpusIndex, Map<string, string>>();

/** How the corpus writes its words mid-sentence (built on the first page that needs it, then kept with the corpus). */
function formsOf(ix: CorpusIndex): Map<string, string> {
  let f = forms.get(ix);
  if (!f) forms.set(ix, (f = caseForms(ix.docs.flatMap((d) => d.paragraphs))));
  return f;
}

/** Paragraphs set in capitals or in lower case throughout, read in ordinary cases (same offsets), and which those were. */
export function inOrdinaryCase(original: string[], ix: CorpusIndex): { paragraphs: string[]; recased: boolean[] } {
  const recased = original.map(needsCasing);
  return { paragraphs: recased.includes(true) ? original.map((p, i) => (recased[i] ? truecase(p, formsOf(ix)) : p)) : original, recased };
}

/** Wraps a compiled corpus in an engine; cheap (no per-sentence work until a page asks). */
export function loadEngine(compiled: CompiledCorpus): Engine {
  if (compiled.version !== CORPUS_VERSION) {
    throw new Error(`compiled corpus version ${compiled.version}, engine expects ${CORPUS_VERSION}: rebuild it`);
  }
  const ix = new CorpusIndex(compiled);
  return {
    docs: ix.docs,
    analyze(article, detection) {
      const original = article.paragraphs;
      const { paragraphs, recased } = inOrdinaryCase(original, ix);
      const { page, pairs, self, related, others, story } = readPage(paragraphs, ix);
      const selfDoc = self >= 0 ? ix.docs[self]! : null;
      const divergences = findDivergences(paragraphs, page, story, ix, self, related, selfSentences(pairs, self)).map((d) => (recased[d.page.paragraph] ? asWritten(d, paragraphs, original) : d));
      return {
        ...detection,
        self: selfDoc?.id ?? null,
        selfOutlet: selfDoc?.outlet ?? null,
        outletsCompared: ix.nDocs - (selfDoc ? 1 : 0),
        paragraphs: alignParagraphs(paragraphs, page, others, ix, self).map((r) => (recased[r.index] ? { ...r, text: original[r.index]! } : r)),
        additions: findAdditions(page, story, ix, self, ALIGN_MIN, divergedSentences(divergences, ix)),
        divergences,
      };
    },
  };
}
