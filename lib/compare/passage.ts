/** A sentence prepared for comparison: its words (stop words kept) with offsets, and where its quotes are. */

import { normalizeChars } from '../text/normalize';
import { words, type Piece } from '../text/segment';
import { wordForms, type WordForms } from '../text/tokens';
import type { Related } from './context';

/** One word of a passage. */
export interface Word extends Piece {
  lower: string;
  stem: string;
  /** Inside a quotation. */
  quoted: boolean;
}

/** A passage (sentence) ready for the divergence extractors; offsets are into `text`. */
export interface Passage {
  text: string;
  norm: string;
  words: Word[];
  quotes: Piece[];
  /** Set in a block quotation ("> …"): quoted throughout, as newsletters excerpt and mail forwards a text. */
  blockQuoted?: boolean;
  /** Extractor results by slot (see slot()), computed once per passage (corpus passages serve many pages). */
  memo: unknown[];
  /** Synonym test for context words, when the engine provides one. */
  related?: Related;
  /** Stems opposite in meaning to a stem, when the engine provides them. */
  opposites?: (stem: string) => readonly string[];
  /** The sentence before this one in its paragraph, when the engine provides it ("this milestone" points back to it). */
  before?: () => Passage | undefined;
  /** Where the sentence before starts, counted from this one's start (so negative), when the engine provides `before`. */
  beforeOffset?: number;
  /** The sentence before this one in its article, across a paragraph break too, when the engine provides it ("the researcher" may name the person the paragraph before ends on). */
  previous?: () => Passage | undefined;
  /** The sentence after this one in its paragraph and how far into this one's text it starts, when the engine provides it (a quotation may run on into it). */
  after?: () => { passage: Passage; offset: number } | undefined;
  /** The sentence a bulleted line hangs on ("OpenAI takes a different stance, arguing that:"), when the engine provides it. */
  leadIn?: () => Passage | undefined;
  /** The weekday its article gives the thing a head noun names ("post" → "thursday" for "a blog post on Thursday"), when the engine provides it. */
  articleDay?: (head: string) => string | undefined;
  /** The weekday the page is dated (its dateline's), when the engine provides it: "yesterday" on it is the day before. */
  pageDay?: () => string | undefined;
  /** The year its article writes as the current one (its dateline's, or "later in 2026"), when the engine provides it. */
  storyYear?: () => number | undefined;
  /** How its article writes a one-word name (lower case): a person's last name, a proper name, or neither; when the engine provides it. */
  nameUse?: (lower: string) => 'person' | 'proper' | null;
  /** The organisation its article is about, which a bare "the company" stands for, when the engine provides it. */
  mainOrganisation?: () => string | undefined;
  /**
   * Whom a credited "the company" stands for when no sentence before it names an organisation: set for corpus articles
   * (their "the company" is the organisation they are about), not for pages, where it often means another one.
   */
  companyFallback?: () => string | undefined;
}

/** The stretch of a passage's text a piece covers, as a piece of its own. */
export const textPiece = (p: Passage, x: Piece): Piece => ({ text: p.text.slice(x.start, x.end), start: x.start, end: x.end });

/** An extractor's place in every passage's memo: a fixed index, so a question costs no key look-up. */
export type Slot = number & { readonly slot: true };
let nSlots = 0;

/** A new memo slot (made once per extractor, at module load). */
export function slot(): Slot {
  return nSlots++ as Slot;
}

/** Runs an extractor on a passage once and keeps the result (extractors are pure: an undefined result is just made again). */
export function memo<T>(p: Passage, s: Slot, f: (p: Passage) => T): T {
  let v = p.memo[s] as T | undefined;
  if (v === undefined) p.memo[s] = v = f(p);
  return v as T;
}

/**
 * memo for a result per position (or pair of positions packed into one number) of a passage: a number
 * keys a map of its own, so no key string is built per question.
 */
export function memoAt<T>(p: Passage, s: Slot, at: number, f: () => T): T {
  let m = p.memo[s] as Map<number, T> | undefined;
  if (m === undefined) p.memo[s] = m = new Map();
  let v = m.get(at);
  if (v === undefined && !m.has(at)) m.set(at, (v = f()));
  return v as T;
}

/**
 * Every quoted stretch of a normalised text, without its marks ("..." after normalisation; apostrophes are not
 * quote marks). A sentence of a quotation that runs over several sentences has an odd number of marks: the
 * stretch before a lone closing mark, or after a lone opening one, is quoted too.
 */
export function quotedSpans(norm: string): Piece[] {
  const out: Piece[] = [];
  const marks: number[] = [];
  for (let i = norm.indexOf('"'); i >= 0; i = norm.indexOf('"', i + 1)) marks.push(i);
  const span = (start: number, end: number) => {
    if (end > start) out.push({ text: norm.slice(start, end), start, end });
  };
  if (marks.length % 2 === 0) {
    for (let k = 0; k < marks.length; k += 2) span(marks[k]! + 1, marks[k + 1]!);
    return out;
  }
  // A mark after a space (or at the start) that a word follows opens a quotation; any other closes one.
  let open = -1;
  const first = marks[0]!;
  if (!opens(norm, first)) span(0, first);
  else open = first + 1;
  for (const at of marks.slice(1)) {
    if (open < 0 && opens(norm, at)) open = at + 1;
    else if (open >= 0) {
      span(open, at);
      open = -1;
    }
  }
  if (open >= 0) span(open, norm.length);
  return out;
}

function opens(norm: string, at: number): boolean {
  return (at === 0 || /[\s(\[—-]/.test(norm[at - 1]!)) && /\S/.test(norm[at + 1] ?? '');
}

/** A quotation read aloud: "quote, … end quote" or "… unquote" (group 1, without the markers), "quote" opening its sentence or after a comma or colon. */
const SPOKEN_QUOTE = /(?:^|(?<=[,:;.]\s*))quote\b[,:]?\s+(\S[^]*?)[,.;]?\s+(?:end\s+quote|unquote)\b/dgi;

/** A single mark that may open a quotation: at the start or after a space, bracket or dash, before a letter or digit. */
const SINGLE_OPENS = (norm: string, i: number) => (i === 0 || /[\s(\[—-]/.test(norm[i - 1]!)) && /[\p{L}\d]/u.test(norm[i + 1] ?? '');
/** A single mark that may close one: after a letter, digit or stop, before a space, a stop or the end (an apostrophe inside a word is neither). */
const SINGLE_CLOSES = (norm: string, i: number) => /[\p{L}\d.,!?;:]/u.test(norm[i - 1] ?? '') && (i + 1 === norm.length || /[\s.,;:!?)\]—-]/.test(norm[i + 1]!));

/**
 * Quotations in single marks, as British style sets them ("'Anything connected to the internet is now at risk,' he said"),
 * each opening mark with the first closing one after it. Read only in text with no double marks, where they are the quotations.
 */
function singleQuoted(norm: string): Piece[] {
  const out: Piece[] = [];
  for (let i = norm.indexOf("'"); i >= 0; i = norm.indexOf("'", i + 1)) {
    if (!SINGLE_OPENS(norm, i)) continue;
    let j = norm.indexOf("'", i + 1);
    while (j >= 0 && !SINGLE_CLOSES(norm, j)) j = norm.indexOf("'", j + 1);
    if (j < 0) break;
    out.push({ text: norm.slice(i + 1, j), start: i + 1, end: j });
    i = j;
  }
  return out;
}

/** Quotations of at least three words, marked (in double marks, or in single ones where a text has no double) or read aloud. */
export function findQuotes(norm: string): Piece[] {
  const marked = norm.includes('"') ? quotedSpans(norm) : singleQuoted(norm);
  if (/quote/i.test(norm)) {
    for (const m of norm.matchAll(SPOKEN_QUOTE)) {
      const [start, end] = m.indices![1]!;
      if (!marked.some((q) => q.start < end && start < q.end)) marked.push({ text: norm.slice(start, end), start, end });
    }
    marked.sort((a, b) => a.start - b.start);
  }
  return marked.filter((q) => q.text.trim().split(/\s+/).length >= 3);
}

/** A block quotation's line mark, as newsletters and plain-text mail set one off ("> Democratic governments…"). */
const BLOCK_QUOTE = /^\s*>\s*/;

/** Whether a paragraph is a block quotation (opens with "> "). */
export const isBlockQuote = (text: string): boolean => BLOCK_QUOTE.test(text);

/**
 * Builds a Passage from sentence text (and its words, normal form and the words' forms, when already at hand);
 * `blockQuoted`: the sentence stands in a block quotation (its paragraph opens with "> "), so all of it is quoted.
 */
export function passage(text: string, segmented: Piece[] = words(text), norm = normalizeChars(text), forms?: readonly WordForms[], blockQuoted = BLOCK_QUOTE.test(norm)): Passage {
  const mark = blockQuoted ? (BLOCK_QUOTE.exec(norm)?.[0].length ?? 0) : 0;
  const quotes = blockQuoted && norm.length > mark ? [{ text: norm.slice(mark), start: mark, end: norm.length }] : findQuotes(norm);
  const ws: Word[] = new Array(segmented.length);
  for (let i = 0; i < segmented.length; i++) {
    const w = segmented[i]!;
    // The word's text is norm's stretch before normalising (normalising keeps offsets), so its forms serve.
    const { lower, stem } = forms?.[i] ?? wordForms(w.text);
    let quoted = false;
    for (const q of quotes) if (w.start >= q.start && w.end <= q.end) quoted = true;
    ws[i] = { text: w.text, start: w.start, end: w.end, lower, stem, quoted };
  }
  const p: Passage = { text, norm, words: ws, quotes, memo: new Array<unknown>(nSlots).fill(undefined) };
  if (blockQuoted) p.blockQuoted = true;
  return p;
}
