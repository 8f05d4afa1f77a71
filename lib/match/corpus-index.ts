/**
 * The runtime view of a CompiledCorpus: lazy decoding of postings and per-doc tables, term weights,
 * and candidate retrieval through the inverted index. Loading does no per-sentence work.
 */

import type { CompiledCorpus } from '../corpus/format';
import { decGaps, decInts, decLists, Packed } from '../corpus/codec';
import type { PackedDoc } from '../corpus/format';
import type { CorpusDoc } from '../types';
import type { SentenceTerms, TermModel } from './similarity';
import { findVariant } from '../corpus/variants';
import { tokenize } from '../text/tokens';

/** Extra weight of anchor terms (names, numbers, dates): sharing one says more than sharing a common word. */
export const ANCHOR_BOOST = 1.6;

/** Postings longer than this are not walked for candidates (the exact score still counts the term). */
const MAX_CANDIDATE_DF = 1500;
/** Synonyms and variants widen the search only through their rarer terms. */
const MAX_EXPANSION_DF = 300;
/** Share of the query's term weight a candidate must hold among the walked terms. */
const MIN_SHARE = 0.08;

/** One corpus sentence. */
export interface CorpusSentence extends SentenceTerms {
  gid: number;
  doc: number;
  paragraph: number;
  start: number;
  end: number;
  mass: number;
}

/** A CorpusDoc over a packed one: its paragraphs are split from the text on first access. */
function lazyDoc(p: PackedDoc): CorpusDoc {
  let paragraphs: string[] | null = null;
  return {
    id: p.id,
    outlet: p.outlet,
    headline: p.headline,
    get paragraphs() {
      return (paragraphs ??= p.text ? p.text.split('\n') : []);
    },
  };
}

/** Decoded, cached access to a compiled corpus. */
export class CorpusIndex implements TermModel {
  readonly nSents: number;
  readonly nDocs: number;
  private readonly vocab: string[];
  private termMap: Map<string, number> | null = null;
  private readonly idf: Float64Array;
  private readonly postingCache = new Map<number, number[]>();
  private readonly docCache = new Map<number, CorpusSentence[]>();
  private readonly flagCache = new Map<number, number[]>();
  private synMap: Map<number, number[]> | null = null;
  /** Per-doc tables, decoded on demand. */
  private readonly t: Record<'sents' | 'sentTerms' | 'flags' | 'substance' | 'dated' | 'links' | 'mates', Packed>;
  private postingTable: Packed | null = null;
  /** The corpus articles (paragraphs split on first access). */
  readonly docs: CorpusDoc[];
  private acc: Float64Array | null = null;
  private readonly outletCache = new Map<number, Set<number>>();
  private readonly substanceCache = new Map<number, number[]>();
  private readonly linkCache = new Map<number, string[]>();
  private varMap: Map<number, number[]> | null = null;
  private sortedVocab: string[] | null = null;
  private extraMap: Map<string, number[]> | null = null;

  constructor(readonly c: CompiledCorpus) {
    this.nDocs = c.docs.length;
    const packed = (field: string) => new Packed(field, '|', this.nDocs);
    this.t = {
      sents: packed(c.sents),
      sentTerms: packed(c.sentTerms),
      flags: packed(c.flags),
      substance: packed(c.substance),
      dated: packed(c.dated),
      links: packed(c.links),
      mates: packed(c.mates),
    };
    this.docs = c.docs.map(lazyDoc);
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
    if (!this.termMap) {
      this.termMap = new Map();
      this.vocab.forEach((t, i) => this.termMap!.set(t, i));
    }
    return this.termMap.get(term);
  }

  term(id: number): string {
    return this.vocab[id] ?? '';
  }

  weight(id: number): number {
    return this.idf[id] ?? 0;
  }

  /** Document frequency (in sentences) of a term. */
  df(id: number): number {
    return Math.round(this.nSents / (Math.exp(this.idf[id]! / (this.c.anchors.charCodeAt(id) === 49 ? ANCHOR_BOOST : 1)) - 1));
  }

  isAnchor(id: number): boolean {
    return this.c.anchors.charCodeAt(id) === 49;
  }

  synonyms(id: number): readonly number[] {
    if (!this.synMap) {
      this.synMap = new Map();
      for (const group of decLists(this.c.synonyms)) {
        for (const t of group) {
          const list = this.synMap.get(t) ?? [];
          for (const u of group) if (u !== t && !list.includes(u)) list.push(u);
          this.synMap.set(t, list);
        }
      }
    }
    return this.synMap.get(id) ?? [];
  }

  variants(id: number): readonly number[] {
    if (!this.varMap) {
      this.varMap = new Map();
      for (const [a, b] of decLists(this.c.variants ?? '')) {
        this.varMap.set(a!, [...(this.varMap.get(a!) ?? []), b!]);
        this.varMap.set(b!, [...(this.varMap.get(b!) ?? []), a!]);
      }
    }
    return this.varMap.get(id) ?? [];
  }

  /** The corpus term an unknown page stem is a variant of ("temporarili" → "temporari"). */
  variantOf(stem: string): number | undefined {
    this.sortedVocab ??= [...this.vocab].sort();
    const v = findVariant(stem, this.sortedVocab);
    return v === undefined ? undefined : this.termId(v);
  }

  /** Corpus terms WordNet relates to a stem the corpus does not contain. */
  extraSynonyms(stem: string): readonly number[] {
    if (!this.extraMap) {
      this.extraMap = new Map();
      for (const entry of this.c.synonymsExtra ? this.c.synonymsExtra.split(',') : []) {
        const [w, ...ids] = entry.split(' ');
        this.extraMap.set(w!, ids.map((x) => parseInt(x, 36)));
      }
    }
    return this.extraMap.get(stem) ?? [];
  }

  postings(id: number): number[] {
    let p = this.postingCache.get(id);
    if (!p) {
      this.postingTable ??= new Packed(this.c.postings, ';', this.vocab.length);
      p = decGaps(this.postingTable.get(id));
      this.postingCache.set(id, p);
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
    let list = this.docCache.get(doc);
    if (list) return list;
    const base = this.c.sentStart[doc]!;
    const spans = this.t.sents.get(doc).split(',').filter(Boolean);
    const terms = decLists(this.t.sentTerms.get(doc));
    list = spans.map((sp, i) => {
      const [p, s, e] = decInts(sp, ' ');
      const ids = terms[i] ?? [];
      let m = 0;
      for (const id of ids) m += this.weight(id);
      return { gid: base + i, doc, paragraph: p!, start: s!, end: e!, ids, extraMass: 0, mass: m };
    });
    this.docCache.set(doc, list);
    return list;
  }

  sentence(gid: number): CorpusSentence {
    const d = this.docOf(gid);
    return this.docSentences(d)[gid - this.c.sentStart[d]!]!;
  }

  sentenceText(s: CorpusSentence): string {
    return (this.docs[s.doc]!.paragraphs[s.paragraph] ?? '').slice(s.start, s.end);
  }

  paragraphFlags(doc: number): number[] {
    let f = this.flagCache.get(doc);
    if (!f) {
      f = decInts(this.t.flags.get(doc));
      this.flagCache.set(doc, f);
    }
    return f;
  }

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
    const row = this.t.dated.get(doc);
    return (row ? row.split(',') : []).map((entry) => {
      const [local, ...ids] = decInts(entry, ' ');
      return { gid: this.c.sentStart[doc]! + local!, ids };
    });
  }

  /** Docs on the same story as a doc (found at build time). */
  mates(doc: number): number[] {
    return decInts(this.t.mates.get(doc));
  }

  /** Story-point links of a sentence: same point in other outlets, with link strength 0..1. */
  links(gid: number): Array<[number, number]> {
    const d = this.docOf(gid);
    let rows = this.linkCache.get(d);
    if (!rows) this.linkCache.set(d, (rows = this.t.links.get(d).split(',')));
    const row = rows[gid - this.c.sentStart[d]!] ?? '';
    const xs = decInts(row, ' ');
    const out: Array<[number, number]> = [];
    for (let i = 0; i + 1 < xs.length; i += 2) out.push([xs[i]!, xs[i + 1]! / 100]);
    return out;
  }

  /**
   * Candidate sentences sharing rare-enough terms (or their synonyms) with a query, best partial overlap first.
   * Very common terms are skipped here (they still count in the exact similarity later).
   */
  candidates(q: SentenceTerms, limit: number, dfCap = MAX_CANDIDATE_DF, expand = true): number[] {
    const acc = (this.acc ??= new Float64Array(this.nSents));
    const touched: number[] = [];
    // Terms in more sentences than this say little about which sentence is meant, and cost the most.
    const maxDf = Math.min(dfCap, Math.max(50, this.nSents * 0.08));
    const add = (id: number, w: number, cap = maxDf) => {
      const p = this.postings(id);
      if (p.length > cap) return;
      for (const g of p) {
        if (acc[g] === 0) touched.push(g);
        acc[g] = acc[g]! + w;
      }
    };
    for (const id of q.ids) {
      add(id, this.weight(id));
      if (!expand) continue;
      for (const v of this.variants(id)) add(v, 0.9 * this.weight(v), MAX_EXPANSION_DF);
      for (const s of this.synonyms(id)) add(s, 0.5 * this.weight(s), MAX_EXPANSION_DF);
    }
    for (const s of q.extraSyn ?? []) add(s, 0.5 * this.weight(s), MAX_EXPANSION_DF);
    // Only sentences sharing a fair part of the query's weight are worth an exact score.
    let total = 0;
    for (const id of q.ids) total += this.weight(id);
    const floor = MIN_SHARE * total;
    let out = touched.filter((g) => acc[g]! >= floor);
    if (out.length > limit) out = out.sort((a, b) => acc[b]! - acc[a]!).slice(0, limit);
    for (const g of touched) acc[g] = 0;
    return out;
  }
}
