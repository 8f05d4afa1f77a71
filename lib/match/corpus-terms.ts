/**
 * The term side of a CompiledCorpus: vocabulary, IDF weights (anchors boosted), postings decoded on first
 * read, and the lexical relations of lexicon.ts. CorpusIndex adds the sentences and per-doc tables.
 */

import type { CompiledCorpus } from '../corpus/format';
import { decGaps, decInts, Packed } from '../corpus/codec';
import type { TermModel } from './similarity';
import { Lexicon } from './lexicon';

/** Extra weight of anchor terms (names, numbers, dates): sharing one says more than sharing a common word. */
export const ANCHOR_BOOST = 1.6;

/** Decoded, cached access to a compiled corpus's terms. */
export class CorpusTerms implements TermModel {
  readonly nSents: number;
  readonly nDocs: number;
  protected readonly vocab: string[];
  private termMap: Map<string, number> | null = null;
  private readonly idf: Float64Array;
  /** Decoded postings by term id (an array: this is read for every term of every page sentence). */
  private postingCache: Array<number[] | undefined> | null = null;
  private postingTable: Packed | null = null;
  private readonly lexicon: Lexicon;
  /** variantOf's answers: a binary search over the vocabulary per unknown stem is worth keeping. */
  private readonly variantCache = new Map<string, number>();

  constructor(readonly c: CompiledCorpus) {
    this.nDocs = c.docs.length;
    this.lexicon = new Lexicon(c);
    this.nSents = c.sentStart[this.nDocs] ?? 0;
    this.vocab = c.vocab ? c.vocab.split(' ') : [];
    const df = decInts(c.df);
    this.idf = new Float64Array(df.length);
    for (let i = 0; i < df.length; i++) {
      const base = Math.log(1 + this.nSents / Math.max(1, df[i]!));
      this.idf[i] = c.anchors.charCodeAt(i) === 49 ? base * ANCHOR_BOOST : base;
    }
  }

  /** Number of distinct terms. */
  get vocabSize(): number {
    return this.vocab.length;
  }

  /** Weight of an unseen word: as rare as a word can be. */
  get unknownWeight(): number {
    return Math.log(1 + this.nSents);
  }

  /** Term id of a stem, if the corpus has it. */
  termId(term: string): number | undefined {
    this.termMap ??= new Map(this.vocab.map((t, i) => [t, i]));
    return this.termMap.get(term);
  }

  /** The stem of a term id. */
  term(id: number): string {
    return this.vocab[id] ?? '';
  }

  /** IDF weight of a term (anchors boosted). */
  weight(id: number): number {
    return this.idf[id] ?? 0;
  }

  /** True for names, numbers and date words. */
  isAnchor(id: number): boolean {
    return this.c.anchors.charCodeAt(id) === 49;
  }

  /** WordNet synonyms of a term among corpus terms. */
  synonyms(id: number): readonly number[] {
    return this.lexicon.synonyms(id);
  }

  /** Stem variants of a term among corpus terms. */
  variants(id: number): readonly number[] {
    return this.lexicon.variants(id);
  }

  /** The corpus term an unknown page stem is a variant of ("temporarili" → "temporari"); answers are kept (-1: none). */
  variantOf(stem: string): number | undefined {
    let id = this.variantCache.get(stem);
    if (id === undefined) {
      const v = this.lexicon.variantOf(stem, this.vocab);
      id = v === undefined ? -1 : (this.termId(v) ?? -1);
      if (this.variantCache.size > 200000) this.variantCache.clear();
      this.variantCache.set(stem, id);
    }
    return id < 0 ? undefined : id;
  }

  /** Stems opposite in meaning to a stem ("domestic" / "foreign"). */
  opposites(stem: string): readonly string[] {
    return this.lexicon.opposites(stem);
  }

  /** Corpus terms WordNet relates to a stem the corpus does not contain. */
  extraSynonyms(stem: string): readonly number[] {
    return this.lexicon.extraSynonyms(stem);
  }

  /** Global ids of the sentences holding a term, decoded once. */
  postings(id: number): number[] {
    // Filled, so the array stays a flat one however large the vocabulary.
    const cache = (this.postingCache ??= new Array<number[] | undefined>(this.vocab.length).fill(undefined));
    let p = cache[id];
    if (!p) {
      this.postingTable ??= new Packed(() => this.c.postings, ';', this.vocab.length);
      p = decGaps(this.postingTable.get(id));
      cache[id] = p;
    }
    return p;
  }
}
