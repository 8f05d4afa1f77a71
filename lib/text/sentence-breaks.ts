/**
 * Sentence boundaries by the UAX #29 rules Intl.Segmenter applies (SB3–SB11), for ASCII text: the same
 * segments as the segmenter, without its per-call cost. Other text (any character above U+007F) gets null.
 */

// Sentence-break classes of the ASCII characters; every other character is left to the segmenter.
const OTHER = 0;
const SP = 1;
const LOWER = 2;
const UPPER = 3;
const NUMERIC = 4;
const ATERM = 5;
const STERM = 6;
const CLOSE = 7;
const SCONTINUE = 8;
const CR = 9;
const LF = 10;
const SB = buildTable();

function buildTable(): Uint8Array {
  const t = new Uint8Array(0x80);
  for (const c of [0x09, 0x0b, 0x0c, 0x20]) t[c] = SP;
  t[0x0a] = LF;
  t[0x0d] = CR;
  for (let c = 0x61; c <= 0x7a; c++) t[c] = LOWER;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = UPPER;
  for (let c = 0x30; c <= 0x39; c++) t[c] = NUMERIC;
  t[0x2e] = ATERM; // .
  t[0x21] = t[0x3f] = STERM; // ! ?
  for (const c of '"\'()[]{}') t[c.charCodeAt(0)] = CLOSE;
  for (const c of ',-:;') t[c.charCodeAt(0)] = SCONTINUE;
  return t;
}

let scratch = new Uint8Array(256);

/** The class of each character of an ASCII text, in a buffer reused across calls (read before the next call). */
function classes(text: string): Uint8Array {
  if (scratch.length < text.length) scratch = new Uint8Array(Math.max(text.length, 2 * scratch.length));
  for (let i = 0; i < text.length; i++) scratch[i] = SB[text.charCodeAt(i)]!;
  return scratch;
}

const isTerm = (c: number) => c === ATERM || c === STERM;
const isParaSep = (c: number) => c === CR || c === LF;

/** End offsets of the sentence segments of an ASCII text (the last is its length); null for other text. */
export function asciiSentenceEnds(text: string): number[] | null {
  const n = text.length;
  for (let i = 0; i < n; i++) if (text.charCodeAt(i) >= 0x80) return null;
  const cls = classes(text);
  const ends: number[] = [];
  let i = 0;
  while (i < n) {
    const c = cls[i]!;
    if (isParaSep(c)) {
      // SB3, SB4: a break after every line break, CR LF counting as one.
      i += c === CR && i + 1 < n && cls[i + 1] === LF ? 2 : 1;
      ends.push(i);
      continue;
    }
    if (!isTerm(c)) {
      i++;
      continue;
    }
    // SB9, SB10: a terminator keeps its closing punctuation and the spaces after it (and one line break, SB11).
    const k = i;
    let j = k + 1;
    while (j < n && cls[j] === CLOSE) j++;
    while (j < n && cls[j] === SP) j++;
    if (j < n && isParaSep(cls[j]!)) {
      j += cls[j] === CR && j + 1 < n && cls[j + 1] === LF ? 2 : 1;
      ends.push(j);
      i = j;
      continue;
    }
    if (j < n && !continues(cls, n, k, j)) ends.push(j);
    i = j;
  }
  if (n > 0 && ends[ends.length - 1] !== n) ends.push(n);
  return ends;
}

/** Whether the sentence goes on at j, after the terminator at k and its closers and spaces (SB6–SB8a). */
function continues(cls: Uint8Array, n: number, k: number, j: number): boolean {
  const x = cls[j]!;
  if (cls[k] === ATERM) {
    // SB6 "3.5", SB7 "U.S": only right after the full stop.
    if (j === k + 1 && x === NUMERIC) return true;
    if (j === k + 1 && x === UPPER && k > 0 && (cls[k - 1] === UPPER || cls[k - 1] === LOWER)) return true;
    // SB8: a full stop followed (past anything but letters, terminators and line breaks) by a lower-case letter.
    let m = j;
    while (m < n && !stopsLowerScan(cls[m]!)) m++;
    if (m < n && cls[m] === LOWER) return true;
  }
  // SB8a: a comma, dash, colon or another terminator continues the sentence.
  return x === SCONTINUE || isTerm(x);
}

function stopsLowerScan(c: number): boolean {
  return c === UPPER || c === LOWER || isParaSep(c) || isTerm(c);
}
