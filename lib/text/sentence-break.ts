/**
 * Sentence boundaries by the Unicode sentence-break rules (UAX #29, SB3–SB11) that Intl.Segmenter
 * applies, for texts made only of the characters classified below (ASCII and Latin-1 letters, which
 * is what normalised news text is). Same boundaries as the segmenter without its per-call cost;
 * any other character makes it decline, and the caller uses the segmenter.
 */

const OTHER = 1;
const UPPER = 2;
const LOWER = 3;
const NUMERIC = 4;
const ATERM = 5;
const STERM = 6;
const CLOSE = 7;
const SP = 8;
const SCONTINUE = 9;
const CR = 10;
const LF = 11;
const SB = buildSentenceBreakTable();

function buildSentenceBreakTable(): Uint8Array {
  const t = new Uint8Array(0x100);
  for (let c = 0x20; c < 0x7f; c++) t[c] = OTHER;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = UPPER;
  for (let c = 0x61; c <= 0x7a; c++) t[c] = LOWER;
  for (let c = 0x30; c <= 0x39; c++) t[c] = NUMERIC;
  for (const c of '"\'()[]{}') t[c.charCodeAt(0)] = CLOSE;
  for (const c of ',-:;') t[c.charCodeAt(0)] = SCONTINUE;
  t[0x2e] = ATERM;
  t[0x21] = t[0x3f] = STERM;
  t[0x20] = t[0x09] = t[0x0b] = t[0x0c] = t[0xa0] = SP;
  t[0x0d] = CR;
  t[0x0a] = LF;
  for (let c = 0xc0; c <= 0xde; c++) t[c] = UPPER;
  for (let c = 0xdf; c <= 0xff; c++) t[c] = LOWER;
  t[0xd7] = t[0xf7] = OTHER; // × ÷
  return t;
}

/** End offsets of the segmenter's sentence segments of `text` (the last is text.length), or null when the text has a character the table lacks. */
export function sentenceEnds(text: string): number[] | null {
  const n = text.length;
  const cls = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const c = code < 0x100 ? SB[code]! : 0;
    if (c === 0) return null;
    cls[i] = c;
  }
  const ends: number[] = [];
  let i = 0;
  while (i < n) {
    const c = cls[i]!;
    if (c === CR || c === LF) {
      // SB3, SB4: a paragraph separator (CR LF as one) ends the sentence.
      i += c === CR && cls[i + 1] === LF ? 2 : 1;
      ends.push(i);
      continue;
    }
    if (c !== ATERM && c !== STERM) {
      i++;
      continue;
    }
    const term = i;
    let j = i + 1;
    if (c === ATERM && j < n) {
      // SB6 ("3.5"), SB7 ("U.S"): no break after a full stop here.
      if (cls[j] === NUMERIC) {
        i = j;
        continue;
      }
      const before = term > 0 ? cls[term - 1] : 0;
      if (cls[j] === UPPER && (before === UPPER || before === LOWER)) {
        i = j;
        continue;
      }
    }
    while (j < n && cls[j] === CLOSE) j++; // SB9
    while (j < n && cls[j] === SP) j++; // SB10
    if (j >= n) break;
    const next = cls[j]!;
    if (next === SCONTINUE || next === ATERM || next === STERM) {
      // SB8a: no break before a continuation or another terminator.
      i = j;
      continue;
    }
    if (c === ATERM && lowerFollows(cls, j)) {
      // SB8: a full stop followed (past anything but letters and terminators) by a lower-case letter.
      i = j;
      continue;
    }
    if (next === CR || next === LF) {
      j += next === CR && cls[j + 1] === LF ? 2 : 1; // SB11 keeps the separator with the sentence
    }
    ends.push(j);
    i = j;
  }
  if (ends[ends.length - 1] !== n && n > 0) ends.push(n);
  return ends;
}

/** SB8's look-ahead: skipping anything but letters, separators and terminators, is the next a lower-case letter? */
function lowerFollows(cls: Uint8Array, from: number): boolean {
  for (let k = from; k < cls.length; k++) {
    const c = cls[k]!;
    if (c === LOWER) return true;
    if (c === UPPER || c === CR || c === LF || c === ATERM || c === STERM) return false;
  }
  return false;
}
