/**
 * The runtime view of a CompiledCorpus: its sentences and per-doc tables, decoded lazily, on top of the
 * term side (corpus-terms.ts). Loading does no per-sentence work; retrieval lives in candidates.ts.
 */

import type { CompiledCorpus } from '../corpus/format';
import { decGapLists, decInts, Packed } from '../corpus/codec';
import { lazyDoc } from '../corpus/format';
import type { CorpusDoc } from '../types';
import type { SentenceTerms } from './similarity';
import { CorpusTerms } from './corpus-terms';
import { candidateSentences } from './candidates';
import { tokenize } from '../text/tokens';

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
export class CorpusIndex extends CorpusTerms {
  private readonly docCache: Array<CorpusSentence[] | undefined>;
  private readonly flagCache = new Map<number, number[]>();
  /** Per-doc tables, decoded on demand. */
  private readonly t: Record<'sents' | 'sentTerms' | 'flags' | 'substance' | 'dated' | 'links' | 'mates', Packed>;
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

  constructor(c: CompiledCorpus) {
    super(c);
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

  /** Global ids of one doc's sentences holding a term, in order: the doc's stretch of the term's postings. */
  docPostings(id: number, doc: number): number[] {
    const sents = this.docSentences(doc);
    if (sents.length === 0) return [];
    const p = this.postings(id);
    const from = lowerBound(p, sents[0]!.gid);
    return p.slice(from, lowerBound(p, sents[sents.length - 1]!.gid + 1, from));
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

/** First position in ascending `xs` (from `lo`) whose value is at least `v`. */
function lowerBound(xs: number[], v: number, lo = 0): number {
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
