/**
 * Clause segmentation: news sentences pack several points into one ("X proposes a pause, warning that
 * Y, even as Z argues W"), so a point stated as a whole sentence elsewhere may only match one clause.
 * Splits at the general markers of English clause structure, never at words of any one story.
 */

import type { Piece } from './segment';
import { tokenize } from './tokens';

/** A clause needs this many content words to stand alone; shorter pieces join a neighbour. */
const MIN_CONTENT = 3;

/** Subordinators, relatives and reporting frames that open a new clause after a comma. */
const OPENERS =
  'who|whom|whose|which|while|whereas|although|though|even as|as|because|since|after|before|until|unless|' +
  'where|when|according to|including|such as|but|yet|so that';

/** Boundaries: semicolons, colons, dashes between words, and a comma before an opener or an -ing participle. */
const BOUNDARY = new RegExp(
  `;\\s+|:\\s+|\\s+[\\u2014\\u2013]\\s+|(?<=\\w)[\\u2014](?=\\w)|\\s+--?\\s+|,\\s+(?=(?:${OPENERS})\\b)|,\\s+(?=[a-z]+ing\\b)`,
  'g',
);

/** The clauses of a sentence, with offsets into it; a sentence with no usable split is one clause. */
export function clauses(text: string): Piece[] {
  const cuts: Array<[number, number]> = [];
  for (const m of text.matchAll(BOUNDARY)) cuts.push([m.index!, m.index! + m[0].length]);
  if (cuts.length === 0) return [{ text, start: 0, end: text.length }];
  const raw: Piece[] = [];
  let from = 0;
  for (const [a, b] of cuts) {
    raw.push({ text: text.slice(from, a), start: from, end: a });
    from = b;
  }
  raw.push({ text: text.slice(from), start: from, end: text.length });
  const out: Piece[] = [];
  let pending: Piece | null = null;
  for (const piece of raw) {
    const cur: Piece = pending ? { text: text.slice(pending.start, piece.end), start: pending.start, end: piece.end } : piece;
    if (tokenize(cur.text).length < MIN_CONTENT) {
      pending = cur;
      continue;
    }
    pending = null;
    out.push(cur);
  }
  if (pending) {
    const last = out.pop();
    out.push(last ? { text: text.slice(last.start, pending.end), start: last.start, end: pending.end } : pending);
  }
  return out;
}
