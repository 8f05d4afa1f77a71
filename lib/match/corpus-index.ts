/**
 * The runtime view of a CompiledCorpus: lazy decoding of postings and per-doc tables and term weights.
 * Loading does no per-sentence work; synonyms live in lexicon.ts, retrieval in candidates.ts.
 */

import type { CompiledCorpus } from '../corpus/format';
import { decGapLists, decGaps, decInts, Packed } from '../corpus/codec';
import { lazyDoc } from '../corpus/format';
import type { CorpusDoc } from '../types';
import type { SentenceTerms, TermModel } from './similarity';
import { Lexicon } from './lexicon';
import { candidateSentences } from './candidates';
import { tokenize } from '../text/tokens';

/** Extra weight of anchor terms (names, numbers, dates): sharing one says more than sharing a common word. */
export const ANCHOR_BOOST = 1.6;

/** One corpus sentence. */
export interface CorpusSentence extends SentenceTerms {
  gid: number;
  doc: number;
  paragraph: number;
  start: number;
  end: number;
  mass: number;
}

/** Decoded, cached access to a compiled corpus. */
export class CorpusIndex implements TermModel {
  readonly nSents: number;
  readonly nDocs: number;
  private readonly vocab: string[];
  private termMap: Map<string, number> | null = null;
  private readonly idf: Float64Array;
  /** Decoded postings by term id (an array: this is read for every term of every page sentence). */
  private postingCache: Array<number[] | undefined> | null = null;
  private readonly docCache: Array<CorpusSentence[] | undefined>;
  private readonly flagCache = new Map<number, number[]>();
  /** Per-doc tables, decoded on demand. */
  private readonly t: Record<'sents' | 'sentTerms' | 'flags' | 'substance' | 'dated' | 'links' | 'mates', Packed>;
  private postingTable: Packed | null = null;
  /** The corpus articles (paragraphs split on first access). */
  readonly docs: CorpusDoc[];
  private acc: Float64Array | null = null;
  private readonly outletCache = new Map<number, Set<number>>();
  private readonly substanceCache = new Map<number, number[]>();
  private readonly linkCache = new Map<number, string[]>();
  /** Decoded sentences and link rows by global id (flat: read for every pair). */
  private sentRows: Array<CorpusSentence | undefined> | null = null;
  private linkRows: Array<Array<[number, number]> | undefined> | null = null;
  private readonly datedCache = new Map<number, Array<{ gid: number; ids: number[] }>>();
  private readonly lexicon: Lexicon;
  /** variantOf's answers: a binary search over the vocabulary per unknown stem is worth keeping. */
  private readonly variantCache = new Map<string, number>();

  constructor(readonly c: CompiledCorpus) {
    this.nDocs = c.docs.length;
    // Read only when first used: a corpus file decodes each section on its first read.
    const packed = (field: keyof CorpusIndex['t']) => new Packed(() => c[field], '|', this.nDocs);
    this.t = {
      sents: packed('sents'),
      sentTerms: packed('sentTerms'),
      flags: packed('flags'),
      substance: packed('substance'),
      dated: packed('dated'),
      links: packed('links'),
      mates: packed('mates'),
    };
    this.docs = c.docs.map(lazyDoc);
    this.docCache = new Array<CorpusSentence[] | undefined>(this.nDocs);
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

  /** Doc index holding a global sentence id. */
  docOf(gid: number): number {
    const s = this.c.sentStart;
    let lo = 0;
    let hi = this.nDocs - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= gid) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** All sentences of a doc, decoded once. */
  docSentences(doc: number): CorpusSentence[] {
    let list = this.docCache[doc];
    if (list) return list;
    const base = this.c.sentStart[doc]!;
    const spans = this.t.sents.get(doc).split(',').filter(Boolean);
    const terms = decGapLists(this.t.sentTerms.get(doc));
    list = spans.map((sp, i) => {
      const [p, s, e] = decInts(sp, ' ');
      const ids = terms[i] ?? [];
      let m = 0;
      for (const id of ids) m += this.weight(id);
      return { gid: base + i, doc, paragraph: p!, start: s!, end: e!, ids, extraMass: 0, mass: m };
    });
    this.docCache[doc] = list;
    return list;
  }

  /** One corpus sentence by global id. */
  sentence(gid: number): CorpusSentence {
    const rows = (this.sentRows ??= new Array<CorpusSentence | undefined>(this.nSents).fill(undefined));
    const d = rows[gid] ? 0 : this.docOf(gid);
    return (rows[gid] ??= this.docSentences(d)[gid - this.c.sentStart[d]!]!);
  }

  /** The text of a corpus sentence. */
  sentenceText(s: CorpusSentence): string {
    return (this.docs[s.doc]!.paragraphs[s.paragraph] ?? '').slice(s.start, s.end);
  }

  /** Boilerplate flag bits of each paragraph of a doc. */
  paragraphFlags(doc: number): number[] {
    let f = this.flagCache.get(doc);
    if (!f) this.flagCache.set(doc, (f = decInts(this.t.flags.get(doc))));
    return f;
  }

  /** Substance 0..1 of a corpus sentence. */
  substance(gid: number): number {
    const d = this.docOf(gid);
    let row = this.substanceCache.get(d);
    if (!row) this.substanceCache.set(d, (row = decInts(this.t.substance.get(d))));
    return (row[gid - this.c.sentStart[d]!] ?? 0) / 100;
  }

  /** Term ids of a doc's own outlet label: an outlet naming itself is not news. */
  outletTerms(doc: number): Set<number> {
    let set = this.outletCache.get(doc);
    if (!set) {
      set = new Set();
      for (const t of tokenize(this.docs[doc]?.outlet ?? '')) {
        const id = this.termId(t.term);
        if (id !== undefined) set.add(id);
      }
      this.outletCache.set(doc, set);
    }
    return set;
  }

  /** A doc's dated mentions: the sentence and the term ids naming what it dates (see corpus/dated.ts). */
  docDatedMentions(doc: number): Array<{ gid: number; ids: number[] }> {
    let list = this.datedCache.get(doc);
    if (!list) {
      const row = this.t.dated.get(doc);
      list = (row ? row.split(',') : []).map((entry) => {
        const [local, ...ids] = decInts(entry, ' ');
        return { gid: this.c.sentStart[doc]! + local!, ids };
      });
      this.datedCache.set(doc, list);
    }
    return list;
  }

  /** Docs on the same story as a doc (found at build time). */
  mates(doc: number): number[] {
    return decInts(this.t.mates.get(doc));
  }

  /** Story-point links of a sentence: same point in other outlets, with link strength 0..1 (shared: do not modify). */
  links(gid: number): Array<[number, number]> {
    const cache = (this.linkRows ??= new Array<Array<[number, number]> | undefined>(this.nSents).fill(undefined));
    const cached = cache[gid];
    if (cached) return cached;
    const d = this.docOf(gid);
    let rows = this.linkCache.get(d);
    if (!rows) this.linkCache.set(d, (rows = this.t.links.get(d).split(',')));
    const row = rows[gid - this.c.sentStart[d]!] ?? '';
    const xs = decInts(row, ' ');
    const out: Array<[number, number]> = [];
    for (let i = 0; i + 1 < xs.length; i += 2) out.push([xs[i]!, xs[i + 1]! / 100]);
    cache[gid] = out;
    return out;
  }

  /** Candidate sentences for a query through the inverted index, best partial overlap first (see candidates.ts). */
  candidates(q: SentenceTerms, limit: number, dfCap?: number, expand = true): number[] {
    this.acc ??= new Float64Array(this.nSents);
    return candidateSentences(this, this.acc, q, limit, dfCap, expand);
  }
}
