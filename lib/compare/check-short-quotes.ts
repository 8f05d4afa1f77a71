/**
 * Short quoted phrases ("least cautious", "bold step"): too short for check-quotes to compare inside, so
 * they are compared by their frame. The same words around a quotation on both sides, with other words
 * inside it, is one phrase quoted two ways: 'could allow the "least cautious" players to catch up' vs
 * 'could allow the "most reckless" players to catch up'.
 */

import type { Piece } from '../text/segment';
import type { Finding } from './finding';
import { summarise } from './finding';
import { memo, quotedSpans, type Passage, type Word, slot } from './passage';
import { STOPWORDS } from '../text/stopwords';

// Memo slot of this file's extractor.
const SHORTQUOTES_SLOT = slot();

/** Longest quotation read here; longer ones are check-quotes' to compare word by word. */
const MAX_WORDS = 4;
/** Words on each side of a quotation that make its frame. */
const FRAME = 3;

interface ShortQuote {
  piece: Piece;
  lower: string;
  before: Word[];
  after: Word[];
}

function shortQuotes(p: Passage): ShortQuote[] {
  return memo(p, SHORTQUOTES_SLOT, () => {
    const out: ShortQuote[] = [];
    for (const { start, end } of quotedSpans(p.norm)) {
      const inside = p.words.filter((w) => w.start >= start && w.end <= end);
      if (inside.length === 0 || inside.length > MAX_WORDS) continue;
      out.push({
        piece: { text: p.text.slice(start, end), start, end },
        lower: inside.map((w) => w.lower).join(' '),
        // The frame lies outside the quote marks (one character either side).
        before: p.words.filter((w) => w.end <= start - 1).slice(-FRAME).reverse(),
        after: p.words.filter((w) => w.start >= end + 1).slice(0, FRAME),
      });
    }
    return out;
  });
}

/** Frame words that agree position by position, counted outward from the quotation; content words among them. */
function agree(x: Word[], y: Word[]): { same: number; content: number } {
  let same = 0;
  let content = 0;
  for (let i = 0; i < Math.min(x.length, y.length) && x[i]!.lower === y[i]!.lower; i++) {
    same++;
    if (!STOPWORDS.has(x[i]!.lower)) content++;
  }
  return { same, content };
}

/** Quotations of two words or more, the same but for one word in the same place. */
function oneSwapped(x: string, y: string): boolean {
  const wx = x.split(' ');
  const wy = y.split(' ');
  return wx.length >= 2 && wx.length === wy.length && wx.filter((w, i) => w !== wy[i]).length === 1;
}

/** Whether the one word two quotations differ in is a content word on both sides, and they share another. */
function swappedContent(x: string, y: string): boolean {
  const wx = x.split(' ');
  const wy = y.split(' ');
  const i = wx.findIndex((w, k) => w !== wy[k]);
  return i >= 0 && !STOPWORDS.has(wx[i]!) && !STOPWORDS.has(wy[i]!) && wx.some((w, k) => k !== i && !STOPWORDS.has(w));
}

const QUOTE_WORDS_SLOT = slot();

/** Every quotation of a passage with its words in lower case. */
function quoteWords(p: Passage): Array<{ piece: Piece; words: string[] }> {
  return memo(p, QUOTE_WORDS_SLOT, () =>
    quotedSpans(p.norm).map(({ start, end }) => ({ piece: { text: p.text.slice(start, end), start, end }, words: p.words.filter((w) => w.start >= start && w.end <= end).map((w) => w.lower) })),
  );
}

/**
 * A short quotation that is a longer one's opening or closing words but for one ("interpretability research" /
 * "societal structures and alignment research"): an excerpt of the same quotation with a word changed. The words both
 * keep must hold a content word, and the changed word must be one on both sides.
 */
function excerptSwapped(short: string[], long: string[]): boolean {
  if (short.length < 2 || long.length <= short.length) return false;
  return [long.slice(0, short.length), long.slice(-short.length)].some((w) => {
    const diff = short.flatMap((x, i) => (x === w[i] ? [] : [i]));
    if (diff.length !== 1) return false;
    const i = diff[0]!;
    return !STOPWORDS.has(short[i]!) && !STOPWORDS.has(w[i]!) && short.some((x, k) => k !== i && !STOPWORDS.has(x));
  });
}

/** A short quotation one side quotes as an excerpt of a longer one the other side quotes, with a word changed. */
function checkExcerpts(a: Passage, b: Passage): Finding | null {
  for (const qa of quoteWords(a)) {
    if (qa.words.length > MAX_WORDS) continue;
    for (const qb of quoteWords(b)) {
      if (!excerptSwapped(qa.words, qb.words)) continue;
      const pa = [qa.piece];
      const pb = [qb.piece];
      return { kind: 'quote', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.7 };
    }
  }
  return null;
}

/** A short quotation whose frame matches on both sides while its words differ, or one quoted as another's excerpt with a word changed. */
export function checkShortQuotes(a: Passage, b: Passage): Finding | null {
  return framedQuotes(a, b) ?? checkExcerpts(a, b) ?? flip(checkExcerpts(b, a));
}

/** A finding read the other way round. */
const flip = (f: Finding | null): Finding | null => (f ? { ...f, a: f.b, b: f.a, summary: summarise(f.b, f.a) } : null);

function framedQuotes(a: Passage, b: Passage): Finding | null {
  const inB = shortQuotes(b);
  if (!inB.length) return null;
  for (const qa of shortQuotes(a)) {
    for (const qb of inB) {
      if (qa.lower === qb.lower) continue;
      const before = agree(qa.before, qb.before);
      const after = agree(qa.after, qb.after);
      // Two words each side, one of them a content word: "the" and "of" alone frame anything. A quotation with one
      // word swapped ("least cautious" / "least responsible") needs only the words right beside it, however the
      // sentence around them is worded.
      const near = oneSwapped(qa.lower, qb.lower) ? 1 : 2;
      // A term of three words or more with one content word swapped ("recursive self-replication" / "recursive
      // self-improvement") is the same term quoted two ways, however the sentences frame it.
      const term = near === 1 && qa.lower.split(' ').length >= 3 && swappedContent(qa.lower, qb.lower);
      // A single quoted word ("a new kind of AI 'virus'" / "a new type of AI 'worm'") is framed well enough by two words on
      // one side, one of them a content word: such a scare-quoted term is written into sentences worded differently after it.
      const single = !qa.lower.includes(' ') && !qb.lower.includes(' ') && [before, after].some((f) => f.same >= 2 && f.content >= 1);
      if (!term && !single && (before.same < near || after.same < near || before.content + after.content < 1)) continue;
      const pa = [qa.piece];
      const pb = [qb.piece];
      return { kind: 'quote', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.8 };
    }
  }
  return null;
}
