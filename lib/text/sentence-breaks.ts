/**
 * Sentence boundaries by the UAX #29 rules Intl.Segmenter applies (SB6–SB11), for texts made only of the
 * characters classed below (ASCII and Latin-1 letters and signs, as normalizeChars leaves news text). The
 * segmenter costs a call and an object per segment; most page paragraphs are plain text, so this path gives
 * the same ends without it and anything else is left to the segmenter.
 */

// Sentence-break classes of the characters the fast path knows; 0 = unknown (use the segmenter).
const OTHER = 1;
const UPPER = 2;
const LOWER = 3;
const NUMERIC = 4;
const ATERM = 5;
const STERM = 6;
const CLOSE = 7;
const SP = 8;
const SCONTINUE = 9;
const SB = buildTable();

function buildTable(): Uint8Array {
  const t = new Uint8Array(0x100);
  for (let c = 0x20; c < 0x7f; c++) t[c] = OTHER;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = UPPER;
  for (let c = 0x61; c <= 0x7a; c++) t[c] = LOWER;
  for (let c = 0x30; c <= 0x39; c++) t[c] = NUMERIC;
  t[0x2e] = ATERM; // .
  t[0x21] = t[0x3f] = STERM; // ! ?
  for (const c of '"\'()[]{}') t[c.charCodeAt(0)] = CLOSE;
  t[0x20] = SP;
  for (const c of ',-:;') t[c.charCodeAt(0)] = SCONTINUE;
  for (let c = 0xc0; c <= 0xde; c++) t[c] = UPPER; // À–Þ
  for (let c = 0xdf; c <= 0xff; c++) t[c] = LOWER; // ß–ÿ
  t[0xd7] = t[0xf7] = OTHER; // × ÷
  for (const c of [0xa3, 0xa5, 0xa7, 0xa9, 0xae, 0xb0, 0xb1]) t[c] = OTHER; // £ ¥ § © ® ° ±
  return t;
}

const cls = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c < 0x100 ? SB[c]! : 0;
};

/**
 * End offsets of the sentence segments Intl.Segmenter would give `norm`, or null when a character is
 * outside the table. Every character is classed on the way (the main scan or a look-ahead), so one pass does.
 */
export function fastSentenceEnds(norm: string): number[] | null {
  const n = norm.length;
  const ends: number[] = [];
  let i = 0;
  while (i < n) {
    const c = cls(norm, i);
    if (c === 0) return null;
    if (c !== ATERM && c !== STERM) {
      i++;
      continue;
    }
    if (c === ATERM && i + 1 < n) {
      const next = SB[norm.charCodeAt(i + 1)]!;
      // SB6 (a decimal point) and SB7 ("U.S"): no break right after the full stop.
      if (next === NUMERIC) {
        i++;
        continue;
      }
      const prev = i > 0 ? SB[norm.charCodeAt(i - 1)]! : 0;
      if (next === UPPER && (prev === UPPER || prev === LOWER)) {
        i++;
        continue;
      }
    }
    let k = i + 1;
    while (k < n && cls(norm, k) === CLOSE) k++;
    while (k < n && cls(norm, k) === SP) k++;
    if (k >= n) break;
    if (c === ATERM) {
      // SB8: a lower-case letter ahead, past anything but letters and terminators, continues the sentence.
      let m = k;
      for (; m < n; m++) {
        const x = cls(norm, m);
        if (x === 0) return null;
        if (x === UPPER || x === LOWER || x === ATERM || x === STERM) break;
      }
      if (m < n && SB[norm.charCodeAt(m)] === LOWER) {
        i = m;
        continue;
      }
    }
    const after = SB[norm.charCodeAt(k)]!;
    // SB8a: a comma-like sign or another terminator continues it too; otherwise SB11 breaks here.
    if (after !== SCONTINUE && after !== ATERM && after !== STERM) ends.push(k);
    i = k;
  }
  if (n > 0) ends.push(n);
  return ends;
}
