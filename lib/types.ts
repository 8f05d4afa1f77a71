/**
 * The data that flows between Crosscheck's layers: extraction → engine → sidebar, CLI and tests.
 * Plain, JSON-serialisable shapes only, so they cross extension messaging and stdout unchanged.
 */

/** A corpus article's id: its seed file name without the extension, e.g. "003_fd44271081f84fdb". */
export type DocId = string;

/** An article as the extractor yields it: text only, never HTML. */
export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** Page URL when known (browser), or the file path (CLI). */
  url: string | null;
  /** Paragraphs in reading order; indexes here are the `paragraph` numbers everywhere else. */
  paragraphs: string[];
}

/** One corpus article with the labels from seeds/outlets.json. */
export interface CorpusDoc {
  id: DocId;
  outlet: string;
  headline: string;
  /** The non-empty lines of the seed file, trimmed. */
  paragraphs: string[];
}

/** A page paragraph's link to one corpus paragraph reporting the same point. */
export interface Match {
  doc: DocId;
  paragraph: number;
  /** 0..1, higher is closer. */
  score: number;
}

/** A page paragraph with the corpus paragraphs it aligns with, best first. */
export interface ParagraphResult {
  index: number;
  text: string;
  matches: Match[];
}

/** A point other outlets carry that the page lacks, shown once however many outlets carry it. */
export interface Addition {
  /** The representative passage shown. */
  doc: DocId;
  paragraph: number;
  text: string;
  /** Outlet labels of every corpus article carrying this point. */
  outlets: string[];
  /** Every corpus passage carrying this point (the representative first). */
  sources: Array<{ doc: DocId; paragraph: number }>;
  /** Substance rank: facts, names, dates and numbers before commentary. Higher first. */
  score: number;
}

/** What kind of difference two passages on the same point show. */
export type DivergenceKind =
  | 'date'
  | 'number'
  | 'name'
  | 'quote'
  | 'negation'
  | 'attribution'
  | 'sequence'
  | 'certainty'
  | 'other';

/** Character range [start, end) into a passage's text. */
export interface Span {
  start: number;
  end: number;
}

/** One side of a divergence: the passage and the words that differ. */
export interface DivergenceSide {
  paragraph: number;
  text: string;
  highlights: Span[];
}

/** The page and another outlet saying the same point differently. */
export interface Divergence {
  kind: DivergenceKind;
  page: DivergenceSide;
  other: DivergenceSide & { doc: DocId; outlet: string };
  /** A short human summary, e.g. `"Thursday" vs "this week"`. */
  summary: string;
  score: number;
}

/** The topic decision for a page. */
export interface Detection {
  detected: boolean;
  /** 0..1 */
  topicScore: number;
  /** Human-readable reasons, e.g. `mentions "Future of Life Institute"`. */
  reasons: string[];
}

/** Everything the sidebar, the CLI and the tests need about one page. */
export interface Analysis extends Detection {
  /** The corpus article this page is (or is an edited copy of), left out of the comparison. */
  self: DocId | null;
  selfOutlet: string | null;
  /** How many corpus outlets the page was compared with (self excluded). */
  outletsCompared: number;
  /** Outlet label per corpus doc, so views can name a match's outlet (filled by the extension's background). */
  outlets?: Record<DocId, string>;
  /** Text of every matched corpus passage, keyed `doc#paragraph` (filled by the extension's background). */
  passages?: Record<string, string>;
  paragraphs: ParagraphResult[];
  additions: Addition[];
  divergences: Divergence[];
}
