/**
 * The naive matcher the design keeps as the benchmark's yardstick: every page paragraph is a
 * fuse.js (bitap) search over every corpus paragraph. It is what one would write first with the
 * fuzzy library at hand; its cost grows with page length × corpus size, which is the point.
 * Set up in its favour: the fuse.js index is built once per corpus, not per page, and location is
 * ignored so a match anywhere in a paragraph counts.
 */
import Fuse from 'fuse.js';
import type { CorpusDoc, Match } from '../types';

/** Options for the baseline; the defaults are fuse.js's own except `ignoreLocation`. */
export interface BaselineOptions {
  /** fuse.js threshold (0 exact … 1 anything); fuse.js's default is 0.6. */
  threshold?: number;
  /** Matches kept per page paragraph. */
  limit?: number;
}

interface Entry {
  doc: string;
  paragraph: number;
  text: string;
}

/** A fuse.js search of each page paragraph over all corpus paragraphs. */
export class NaiveBaseline {
  private readonly fuse: Fuse<Entry>;
  private readonly limit: number;
  /** How many corpus paragraphs each query scans. */
  readonly size: number;

  /** Indexes every paragraph of every corpus doc (once, outside any per-page timing). */
  constructor(docs: CorpusDoc[], opts: BaselineOptions = {}) {
    const entries: Entry[] = [];
    for (const d of docs) d.paragraphs.forEach((text, paragraph) => entries.push({ doc: d.id, paragraph, text }));
    this.size = entries.length;
    this.limit = opts.limit ?? 3;
    this.fuse = new Fuse(entries, {
      keys: ['text'],
      includeScore: true,
      ignoreLocation: true,
      threshold: opts.threshold ?? 0.6,
    });
  }

  /** Best corpus paragraphs for one page paragraph, closest first (score 1 = identical). */
  matchParagraph(text: string): Match[] {
    return this.fuse
      .search(text, { limit: this.limit })
      .map((r) => ({ doc: r.item.doc, paragraph: r.item.paragraph, score: 1 - (r.score ?? 1) }));
  }

  /** Matches for every paragraph of a page, in page order. */
  matchPage(paragraphs: string[]): Match[][] {
    return paragraphs.map((p) => this.matchParagraph(p));
  }
}
