/**
 * A quoted word the edit replaced in an edited sentence of a recognised article ('self-improving “recursive”
 * capability' edited to '“runaway” capability'): a quotation is the speaker's own words, so an outlet on the point that
 * quotes the word taken out, and not the new one, quotes the speaker otherwise than the page now does. The quote check
 * reads quotations that share words; a quotation of one or two words shares none once a word is swapped.
 */

import type { Edit } from './edited-sentences';
import { summarise, type Finding } from './finding';
import { memo, quotedSpans, slot, type Passage, type Word } from './passage';
import { STOPWORDS } from '../text/stopwords';

/** Words a swap inside a quotation may change at most to be read as a misquotation rather than a quotation rewritten. */
const MAX_SWAPPED = 2;

/** A passage's quotations of any length (its own `quotes` are of three words or more), read once per passage. */
const MARKS_SLOT = slot();
const marks = (p: Passage) => memo(p, MARKS_SLOT, (q) => quotedSpans(q.norm));

/** Whether a word stands in quotation marks, a quotation of any length. */
const inMarks = (p: Passage, w: Word) => w.quoted || marks(p).some((q) => w.start >= q.start && w.end <= q.end);

/** The page quoting a word the outlet quotes otherwise. */
export function checkEditedQuote(a: Passage, b: Passage, edit: Edit): Finding | null {
  if (edit.rewritten) return null;
  for (const swap of edit.swaps) {
    if (!swap.added.length || !swap.removed.length || swap.added.length > MAX_SWAPPED || swap.removed.length > MAX_SWAPPED) continue;
    // Both sides of the swap within quotation marks: a word of the quotation itself.
    if (!swap.added.every((w) => inMarks(a, w)) || !swap.removed.every((w) => inMarks(edit.original, w))) continue;
    const was = swap.removed.filter((w) => !STOPWORDS.has(w.lower) && w.lower.length > 2);
    const now = swap.added.filter((w) => !STOPWORDS.has(w.lower) && w.lower.length > 2);
    if (!was.length || !now.length) continue;
    // The outlet quotes the word taken out, and nowhere has the page's new one.
    const quoted = b.words.find((w) => was.some((x) => x.stem === w.stem) && inMarks(b, w));
    if (!quoted || b.words.some((w) => now.some((x) => x.stem === w.stem))) continue;
    const first = swap.added[0]!;
    const last = swap.added.at(-1)!;
    const pa = [{ start: first.start, end: last.end, text: a.text.slice(first.start, last.end) }];
    const pb = [{ start: quoted.start, end: quoted.end, text: quoted.text }];
    return { kind: 'quote', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.65 };
  }
  return null;
}
