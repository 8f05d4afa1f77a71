/**
 * Quote wording: the same quotation rendered with different words, including a negation flipped inside
 * it ("could use the auspices" vs "could not use the auspices"). A shorter excerpt of the same quote is
 * not a difference; only words inside the stretch both sides quote count.
 */

import type { Piece } from '../text/segment';
import type { Finding } from './finding';
import { summarise } from './finding';
import { memoAt, slot, type Passage, type Word } from './passage';
import { wordDiff, wordDiffFromEnd } from './diff';
import { stem } from '../text/tokens';
import { STOPWORDS } from '../text/stopwords';

const IGNORABLE = new Set(['a', 'an', 'the']);
/** At most this many words past the shared stretch on each side for a changed end rather than a cut ("to attack everything else in your home" / "to attack these higher-value targets"). */
const END_SWAP = 5;
const MODALS = new Set(['might', 'may', 'could', 'will', 'would', 'must', 'shall', 'can', 'should', 'certainly', 'possibly', 'definitely']);

const QUOTE_WORDS_SLOT = slot();

/** A quotation's words and their lower-case forms, found once per quote (by its start: quotes do not overlap). */
function quoteWords(p: Passage, q: Piece): { words: Word[]; lower: string[]; joined: boolean[] } {
  return memoAt(p, QUOTE_WORDS_SLOT, q.start, () => {
    const words = alterationsJoined(p, p.words.filter((w) => w.start >= q.start && w.end <= q.end));
    // A word a hyphen joins to the one before ("higher-value") is one word with it when an end's length is counted.
    const joined = words.map((w, i) => i > 0 && p.norm.slice(words[i - 1]!.end, w.start) === '-');
    return { words, lower: words.map((w) => w.lower), joined };
  });
}

/**
 * A quotation's words with an editor's bracketed letter read back into its word ("[a]nything" is "anything", as court
 * filings and academic quotations change a capital): the letter and the rest are one word, not "a" and "nything".
 */
function alterationsJoined(p: Passage, words: Word[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (next && w.lower.length === 1 && p.norm[w.start - 1] === '[' && p.norm[w.end] === ']' && next.start === w.end + 1) {
      const lower = w.lower + next.lower;
      out.push({ ...next, text: p.text.slice(w.start - 1, next.end), start: w.start - 1, lower, stem: stem(lower) });
      i++;
    } else out.push(w);
  }
  return out;
}

/** Words from index `from` to `to` (exclusive), a hyphenated compound counted once. */
function wordCount(joined: boolean[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (!joined[i]) n++;
  return n;
}

/** Groups adjacent differing words into one highlight each. */
function spans(p: Passage, ws: Word[]): Piece[] {
  const out: Piece[] = [];
  for (const w of ws) {
    const last = out[out.length - 1];
    if (last && /^[\s,-]*$/.test(p.norm.slice(last.end, w.start))) {
      last.end = w.end;
      last.text = p.text.slice(last.start, last.end);
    } else out.push({ text: w.text, start: w.start, end: w.end });
  }
  return out;
}

/**
 * The words that differ inside the stretch two quotations share (ends one side adds are an excerpt's cut),
 * or null when they are not one quotation. Of the two ways to settle ties, the one with fewer differences
 * wins: an excerpt starting at a repeated word must not be read as the words before it removed.
 */
function interiorDiff(la: string[], lb: string[], ja: boolean[], jb: boolean[]): { da: number[]; db: number[]; pairs: Array<[number, number]> } | null {
  // The words both share bound any common run from above: too few, and no diff can find one quotation.
  const shared = sharedWords(la, lb);
  if (shared < 3 || shared / Math.min(la.length, lb.length) < 0.55) return null;
  let best: { da: number[]; db: number[]; pairs: Array<[number, number]> } | null = null;
  for (const diff of [wordDiff, wordDiffFromEnd]) {
    const { onlyA, onlyB, pairs } = diff(la, lb);
    const common = pairs.length;
    if (common < 3 || common / Math.min(la.length, lb.length) < 0.55) return null;
    // Two quotations sharing one word of substance ("…in your basement") are two remarks, not one reworded.
    if (pairs.filter(([i]) => !STOPWORDS.has(la[i]!)).length < 2) return null;
    const [firstA, firstB] = pairs[0]!;
    const [lastA, lastB] = pairs[pairs.length - 1]!;
    // An end both sides carry on past the shared words, each briefly, is a word changed there, not an excerpt's cut
    // ("any one lab, company, or country" / "…, or special interest group").
    const [tailA, tailB] = [wordCount(ja, lastA + 1, la.length), wordCount(jb, lastB + 1, lb.length)];
    const endChanged = tailA > 0 && tailB > 0 && tailA <= END_SWAP && tailB <= END_SWAP;
    const startChanged = firstA > 0 && firstB > 0 && wordCount(ja, 0, firstA) <= END_SWAP && wordCount(jb, 0, firstB) <= END_SWAP;
    const compared = (i: number, first: number, last: number) => (i > first && i < last) || (endChanged && i > last) || (startChanged && i < first);
    const da = onlyA.filter((i) => compared(i, firstA, lastA) && !IGNORABLE.has(la[i]!));
    const db = onlyB.filter((i) => compared(i, firstB, lastB) && !IGNORABLE.has(lb[i]!));
    if (!best || da.length + db.length < best.da.length + best.db.length) best = { da, db, pairs };
    if (best.da.length + best.db.length === 0) break;
  }
  return best;
}

/** How many words two lists share, counting a repeated word as often as both have it. */
function sharedWords(la: string[], lb: string[]): number {
  const counts = new Map<string, number>();
  for (const w of la) counts.set(w, (counts.get(w) ?? 0) + 1);
  let n = 0;
  for (const w of lb) {
    const c = counts.get(w);
    if (c) {
      counts.set(w, c - 1);
      n++;
    }
  }
  return n;
}

/** Finds one quotation both passages carry and reports the words that differ inside it. */
/** A gap left in a quotation: underscores, dots or dashes only. */
const BLANK = /^[_.…\-–—]{2,}$/;

export function checkQuotes(a: Passage, b: Passage): Finding | null {
  for (const qa of a.quotes) {
    const { words: wa, lower: la, joined: ja } = quoteWords(a, qa);
    for (const qb of b.quotes) {
      const { words: wb, lower: lb, joined: jb } = quoteWords(b, qb);
      const d = interiorDiff(la, lb, ja, jb);
      if (!d) continue;
      const { pairs } = d;
      const da = d.da.map((i) => wa[i]!);
      const db = d.db.map((i) => wb[i]!);
      if (!da.length && !db.length) continue;
      // A blank left for the reader to fill ("That old ______ you have…", a quiz's gap) quotes no other word.
      if ((da.length && da.every((w) => BLANK.test(w.text))) || (db.length && db.every((w) => BLANK.test(w.text)))) continue;
      // A word inserted on one side only ("not"): the other side's matching stretch is highlighted instead.
      const ctx = !da.length || !db.length ? contextSpans(a, wa, da, b, wb, db, pairs) : null;
      const pa = da.length ? spans(a, da) : ctx ? [ctx.a] : [];
      const pb = db.length ? spans(b, db) : ctx ? [ctx.b] : [];
      const flip = [...da, ...db].some((w) => /^(not|no|never)$|n't$/.test(w.lower));
      // Only the modal changed inside the quote ("might" → "will"): a change of certainty.
      if ([...da, ...db].every((w) => MODALS.has(w.lower))) {
        return { kind: 'certainty', a: pa, b: pb, summary: contextSummary(a, wa, da, b, wb, db, pairs) ?? summarise(pa, pb), confidence: 0.85 };
      }
      const summary = contextSummary(a, wa, da, b, wb, db, pairs) ?? summarise(pa, pb);
      return { kind: 'quote', a: pa, b: pb, summary, confidence: flip ? 0.95 : 0.8 };
    }
  }
  return null;
}

/** `"could use" vs "could not use"`: the differing words with the shared word on either side, as spans. */
function contextSpans(
  a: Passage, wa: Word[], da: Word[], b: Passage, wb: Word[], db: Word[], pairs: Array<[number, number]>,
): { a: Piece; b: Piece } | null {
  const ia = da.map((w) => wa.indexOf(w));
  const ib = db.map((w) => wb.indexOf(w));
  // The matched pair just before and just after the differing stretch bound the context on both sides.
  const lo = Math.min(...ia.map((i) => pairs.findIndex(([x]) => x > i)).filter((k) => k >= 0), ...ib.map((i) => pairs.findIndex(([, y]) => y > i)).filter((k) => k >= 0));
  if (!Number.isFinite(lo)) return null;
  const hiA = Math.max(-1, ...ia);
  const hiB = Math.max(-1, ...ib);
  const after = pairs.find(([x, y]) => x > hiA && y > hiB);
  if (!after) return null;
  // A difference that opens the quotation ("National governments" / "democratic governments") has no pair before it: the
  // context starts at the differing words themselves.
  const before = lo > 0 ? pairs[lo - 1]! : [ia.length ? Math.min(...ia) : after[0], ib.length ? Math.min(...ib) : after[1]];
  const cut = (p: Passage, ws: Word[], s: number, e: number): Piece => ({ text: p.text.slice(ws[s]!.start, ws[e]!.end), start: ws[s]!.start, end: ws[e]!.end });
  return { a: cut(a, wa, before[0]!, after[0]), b: cut(b, wb, before[1]!, after[1]) };
}

/** The summary from context spans, or from the bare differences. */
function contextSummary(
  a: Passage, wa: Word[], da: Word[], b: Passage, wb: Word[], db: Word[], pairs: Array<[number, number]>,
): string | null {
  const c = contextSpans(a, wa, da, b, wb, db, pairs);
  return c ? `"${c.a.text}" vs "${c.b.text}"` : null;
}
