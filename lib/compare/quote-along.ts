/**
 * Words changed inside a quotation ("least scrupulous" / "least cautious"), read again in an outlet's version of the
 * point that gives the words without quoting them ("the least cautious players could pull ahead, the company said").
 */

import type { Finding } from './finding';
import { summarise } from './finding';
import { passage, type Passage } from './passage';
import { STOPWORDS } from '../text/stopwords';

/** Content words changed on either side, at most, for a quotation still to be the same quotation. */
const MAX_CHANGED = 3;
/** Words apart, at most, that two of the outlet's changed words may stand and still be read together. */
const TOGETHER_WITHIN = 6;
/** A letter (a constant: the bundler writes a \p{…} literal as a new RegExp, made again on every call). */
const LETTER = /\p{L}/u;

/** Content stems of a finding's spans that the other side's spans lack. */
function changed(mine: Finding['a'], theirs: Finding['a']): Set<string> {
  const stems = (ps: Finding['a']) => ps.flatMap((p) => passage(p.text).words.filter((w) => !STOPWORDS.has(w.lower) && LETTER.test(w.text)).map((w) => w.stem));
  const other = new Set(stems(theirs));
  return new Set(stems(mine).filter((s) => !other.has(s)));
}

/** Each finding's changed words, worked out once: a finding is carried to many versions of its point. */
const changedWords = new WeakMap<Finding, { theirs: Set<string>; mine: Set<string> }>();

/** Stems of the words either side of each word of `p` with one of these stems. */
function neighbours(p: Passage, stems: Set<string>, within?: Finding['b']): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  p.words.forEach((w, i) => {
    if (!stems.has(w.stem) || (within && !within.some((x) => w.start >= x.start && w.end <= x.end))) return;
    const near = out.get(w.stem) ?? out.set(w.stem, new Set()).get(w.stem)!;
    for (const j of [i - 1, i + 1]) if (p.words[j]) near.add(p.words[j]!.stem);
  });
  return out;
}

/**
 * A quote finding against `other`, a version of the point linked to `first`, the outlet's passage it was found against
 * (or a close partner of the page's sentence): a divergence when `other` holds the outlet's changed words, and none of
 * the page's, in the quotation's own setting: two of them together ("an unused laptop in a basement"), or one beside a
 * word beside it in the quotation ("the least cautious players" / "least cautious"), not elsewhere ("less powerful AI
 * models" / "the biggest, most powerful language models").
 */
export function quoteWordsAlong(f: Finding, other: Passage, first: Passage): Finding | null {
  let words = changedWords.get(f);
  if (!words) changedWords.set(f, (words = { theirs: changed(f.b, f.a), mine: changed(f.a, f.b) }));
  const { theirs, mine } = words;
  // A few words changed, not a quotation worded afresh, whose words could stand anywhere in a paraphrase.
  if (!theirs.size || !mine.size || theirs.size > MAX_CHANGED || mine.size > MAX_CHANGED) return null;
  if (other.words.some((w) => mine.has(w.stem))) return null;
  const hits = other.words.map((w, i) => [w, i] as const).filter(([w]) => theirs.has(w.stem));
  const quoted = neighbours(first, theirs, f.b);
  const here = neighbours(other, theirs);
  const together = new Set(hits.map(([w]) => w.stem)).size >= 2 && hits[hits.length - 1]![1] - hits[0]![1] <= TOGETHER_WITHIN;
  const framed = [...here].some(([st, near]) => [...near].some((n) => quoted.get(st)?.has(n)));
  if (!together && !framed) return null;
  const pb = hits.map(([w]) => ({ text: w.text, start: w.start, end: w.end }));
  return { kind: 'quote', a: f.a, b: pb, summary: summarise(f.a, pb), confidence: f.confidence };
}
