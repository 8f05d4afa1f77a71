/** The compiled corpus: built once at build time; shipped as one file (see corpus-file.ts) the background opens. */

import type { CorpusDoc } from '../types';

/** The corpus file's name in the built extension (fetched by the background). */
export const CORPUS_FILE = 'corpus.bin';

/** Format version; loadEngine refuses others. */
export const CORPUS_VERSION = 6;

/** One article, its paragraphs joined by '\n' (seed lines never contain one). */
export interface PackedDoc {
  id: string;
  outlet: string;
  headline: string;
  text: string;
}

/**
 * Everything analyze() needs, precomputed. Per-doc and per-term tables are each one long string
 * (items joined by '|' or ';', see codec.ts Packed) so that loading stays cheap (corpus-file.ts) and decoding
 * happens only for the docs and terms a page touches. Sentence ids are global: `sentStart[d] + local index`.
 */
export interface CompiledCorpus {
  version: number;
  docs: PackedDoc[];
  /** First global sentence id of each doc; one extra entry holds the total. */
  sentStart: number[];
  /** Per doc, per sentence: "paragraph start end" (base 36), sentences joined by ','. */
  sents: string;
  /** Per doc, per sentence: its distinct term ids, sorted, as separator-free gaps (encGapLists). */
  sentTerms: string;
  /** Per doc, per paragraph: boilerplate flag bits (see boilerplate.ts). */
  flags: string;
  /** Per doc, per sentence: substance 0..100 (see substance.ts). */
  substance: string;
  /** Per doc, per sentence: cross-outlet story-point links "gid score gid score" (score 0..100), joined by ','. */
  links: string;
  /** Per doc: dated mentions "sentence id id…" (local sentence index, then the term ids naming what is dated), joined by ','. */
  dated: string;
  /** Per doc: the other docs reporting the same story (encInts). */
  mates: string;
  /** Term strings joined by ' '; a term's id is its position. */
  vocab: string;
  /** Per term: number of sentences containing it (encInts). */
  df: string;
  /** Per term: 1 if it is an anchor (name, number, date word), else 0; one char each. */
  anchors: string;
  /** Per term: global sentence ids holding it, as separator-free gaps (encGaps). */
  postings: string;
  /** Synonym groups: term ids joined by ' ', groups by ','. A term may sit in several groups. */
  synonyms: string;
  /** Stem variants ("verifi"/"verif"): id pairs joined by ' ', pairs by ','. */
  variants: string;
  /** Page words absent from the vocabulary that WordNet ties to corpus terms: "stem id id" entries joined by ','. */
  synonymsExtra: string;
  /** Opposite words from WordNet ("domestic" / "foreign"): "stem stem…" entries (a stem, then its opposites) joined by ','. */
  antonyms: string;
}

/** A CorpusDoc over a packed one: its paragraphs are split from the text on first access. */
export function lazyDoc(p: PackedDoc): CorpusDoc {
  return new LazyDoc(p);
}

// A class rather than an object literal with a getter: a corpus of 10,000 docs builds one per doc at load.
class LazyDoc implements CorpusDoc {
  readonly id: string;
  readonly outlet: string;
  readonly headline: string;
  private split: string[] | null = null;

  constructor(private readonly p: PackedDoc) {
    this.id = p.id;
    this.outlet = p.outlet;
    this.headline = p.headline;
  }

  get paragraphs(): string[] {
    return (this.split ??= this.p.text ? this.p.text.split('\n') : []);
  }
}
