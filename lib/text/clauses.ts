/**
 * Clause segmentation: news sentences pack several points into one ("X proposes a pause, warning that
 * Y, even as Z argues W"), so a point stated as a whole sentence elsewhere may only match one clause.
 * Splits at the general markers of English clause structure, never at words of any one story.
 */

import type { Piece } from './segment';
import { tokenize } from './tokens';
import { REPORTING_VERBS } from './reporting';

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

/** A dash between words, as BOUNDARY cuts at it. */
const DASH = /\s+[\u2014\u2013]\s+|(?<=\w)[\u2014](?=\w)|\s+--?\s+/g;
/** An aside between dashes with at most this many content words stays inside its clause. */
const ASIDE_MAX = 4;

/** A sentence that opens with a subordinate clause ("While X, Y") turns to its main clause at the first comma. */
const LEADING = /^(?:while|although|though|because|since|as|if|when|after|before|unless|whereas|even as|even though)\b[^,;:]*,\s+/i;

/** A relative clause set off by commas ends at the next comma ("N, who did A, said B"). */
const RELATIVE = /,\s+(?:who|whom|whose|which)\b[^,;:]*,\s+/g;

/** A reporting frame after a comma ("..., the company argued that ...") opens a clause of its own. */
const FRAME = new RegExp(`,\\s+(?=(?:[\\p{L}'\\u2019-]+\\s+){1,4}(?:${[...REPORTING_VERBS].join('|')})\\b)`, 'gu');

/** The clauses of a sentence, with offsets into it; a sentence with no usable split is one clause. */
export function clauses(text: string): Piece[] {
  const cuts: Array<[number, number]> = [];
  for (const m of text.matchAll(BOUNDARY)) cuts.push([m.index!, m.index! + m[0].length]);
  for (const m of text.matchAll(FRAME)) cuts.push([m.index!, m.index! + m[0].length]);
  const lead = LEADING.exec(text);
  if (lead) cuts.push([lead[0].trimEnd().length - 1, lead[0].length]);
  for (const m of text.matchAll(RELATIVE)) {
    const end = m.index! + m[0].length;
    const comma = m[0].trimEnd().length - 1 + m.index!;
    cuts.push([comma, end]);
  }
  // A short aside between two dashes ("the incentive to accelerate — rather than slow down — is strong")
  // sits inside its clause: cutting at both dashes would leave the clause in two halves.
  const dashes = [...text.matchAll(DASH)].map((m) => [m.index!, m.index! + m[0].length] as [number, number]);
  for (let i = 0; i + 1 < dashes.length; i++) {
    const [, open] = dashes[i]!;
    const [close] = dashes[i + 1]!;
    if (tokenize(text.slice(open, close)).length <= ASIDE_MAX) {
      for (let k = cuts.length - 1; k >= 0; k--) if (cuts[k]![0] === dashes[i]![0] || cuts[k]![0] === close) cuts.splice(k, 1);
      i++;
    }
  }
  // A quotation is one speaker's words: never cut inside it.
  const quoted: Array<[number, number]> = [];
  for (const m of text.matchAll(/["\u201C][^"\u201C\u201D]*["\u201D]/g)) quoted.push([m.index!, m.index! + m[0].length]);
  const inQuote = (at: number) => quoted.some(([a, b]) => at > a && at < b - 1);
  for (let i = cuts.length - 1; i >= 0; i--) if (inQuote(cuts[i]![0])) cuts.splice(i, 1);
  if (cuts.length === 0) return [{ text, start: 0, end: text.length }];
  cuts.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const c of cuts) {
    const last = merged[merged.length - 1];
    if (last && c[0] < last[1]) last[1] = Math.max(last[1], c[1]);
    else merged.push([c[0], c[1]]);
  }
  const raw: Piece[] = [];
  let from = 0;
  for (const [a, b] of merged) {
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
