/** Sentence and word segmentation as Intl.Segmenter gives it (words with an exact fast path for plain text), returning offsets into the input. */

import { normalizeChars } from './normalize';
import { timeExprs } from './temporal';

/** A piece of a text with its [start, end) character range. */
export interface Piece {
  text: string;
  start: number;
  end: number;
}

const sentenceSeg = new Intl.Segmenter('en', { granularity: 'sentence' });
const wordSeg = new Intl.Segmenter('en', { granularity: 'word' });

/** Abbreviations whose full stop ends no sentence ("Dr.", "incl.", a month's "Jan. 2028"). */
const ABBREV = /\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|St|Jr|Sr|Inc|Corp|Co|Ltd|vs|incl|excl|approx|esp|U\.S|U\.K|e\.g|i\.e|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;

/**
 * A transcript's label before what is said: a timestamp ("[00:12:31]") and a speaker in capitals ("HOST:", "DR ABERNATHY:",
 * "SAMIR KHOURY, RIDGEWAY PARTNERS:"), either or both. It is no part of any sentence: "HOST" is not who a sentence is about, nor a name for "the company".
 */
const LABEL = /^\s*(?:[[(]\d{1,2}:\d{2}(?::\d{2})?[\])]\s*)?(?:\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,2}(?:, \p{Lu}[\p{Lu}'’.&-]*(?: \p{Lu}[\p{Lu}'’.&-]*){0,4})?:\s+)?/u;

/** Splits text into trimmed sentences, merging splits the segmenter makes after common abbreviations (pass normalizeChars(text) when at hand). */
export function sentences(text: string, norm = normalizeChars(text)): Piece[] {
  const out: Piece[] = [];
  let from = LABEL.exec(norm)![0].length;
  for (const to of sentenceEnds(norm)) {
    if (to <= from) continue;
    const raw = norm.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    const start = from + lead;
    from = to;
    if (!body) continue;
    const piece = { text: text.slice(start, start + body.length), start, end: start + body.length };
    const prev = out[out.length - 1];
    // "That was on Wednesday." dates what the sentence before it told: one sentence with it.
    if (prev && (ABBREV.test(prev.text) || /^[a-z]/.test(body) || timeOfBefore(body))) {
      prev.end = piece.end;
      prev.text = text.slice(prev.start, prev.end);
    } else {
      out.push(piece);
    }
  }
  return out;
}

/** A short sentence whose subject points back ("That was on Wednesday.", "It came a day later."), and its most words. */
const POINTS_BACK = /^(?:That|This|It)\s+(?:was|were|is|came|happened|followed)\s/;
const POINTS_BACK_WORDS = 7;

/** Whether a sentence only dates the one before it: it points back and gives a time. */
function timeOfBefore(body: string): boolean {
  return POINTS_BACK.test(body) && body.split(/\s+/).length <= POINTS_BACK_WORDS && timeExprs(body).length > 0;
}

/** A run of terminators, closing quotes or brackets and spaces that ends a text: it cannot split the text (UAX #29 SB8a–SB11). */
const FINAL_RUN = /[.!?]+["'\u2019\u201D)\]]* *$/;
/** Anything that can end a sentence (STerm, ATerm) or a paragraph (Sep, CR, LF) under UAX #29. */
const BREAKER = /[\p{Sentence_Terminal}.\u2024\uFE52\uFF0E\r\n\u0085\u2028\u2029]/u;

/**
 * End offsets of Intl.Segmenter's sentence segments of a text. A text with no terminator before its
 * final run is one sentence whatever the segmenter would say (UAX #29 breaks only after those), so it
 * skips the segmenter: most news paragraphs are a single sentence.
 */
export function sentenceEnds(norm: string): number[] {
  const tail = FINAL_RUN.exec(norm);
  if (norm.length > 0 && !BREAKER.test(tail ? norm.slice(0, tail.index) : norm)) return [norm.length];
  const ends: number[] = [];
  for (const seg of sentenceSeg.segment(norm)) ends.push(seg.index + seg.segment.length);
  return ends;
}

/** Word-like segments (letters or digits) of a text, with offsets. */
export function words(text: string): Piece[] {
  return fastWords(text) ?? segmenterWords(text);
}

/** Words through Intl.Segmenter: any text, several times slower than the fast path. */
function segmenterWords(text: string): Piece[] {
  // The segmenter already keeps curly apostrophes inside words ("Anthropic’s"): no normalising pass needed.
  const out: Piece[] = [];
  for (const seg of wordSeg.segment(text)) {
    if (!seg.isWordLike) continue;
    out.push({ text: seg.segment, start: seg.index, end: seg.index + seg.segment.length });
  }
  return out;
}

// Unicode word-break (UAX #29) classes of the characters the fast path knows; 0 = unknown (use the segmenter).
const OTHER = 1;
const LETTER = 2;
const DIGIT = 3;
const MID_LETTER = 4;
const MID_NUM_LET = 5;
const MID_NUM = 6;
const WB = buildWordBreakTable();

function buildWordBreakTable(): Uint8Array {
  const t = new Uint8Array(0x2040);
  for (let c = 0; c < 0x80; c++) t[c] = OTHER;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = t[c + 32] = LETTER;
  for (let c = 0x30; c <= 0x39; c++) t[c] = DIGIT;
  t[0x3a] = MID_LETTER; // ':'
  t[0x2e] = t[0x27] = t[0x2018] = t[0x2019] = MID_NUM_LET; // . ' ‘ ’
  t[0x2c] = t[0x3b] = MID_NUM; // , ;
  t[0x5f] = t[0x7f] = 0; // '_' joins words (ExtendNumLet): left to the segmenter
  for (let c = 0xc0; c <= 0x17f; c++) t[c] = LETTER; // Latin-1 letters and Latin Extended-A
  t[0xd7] = t[0xf7] = OTHER; // × ÷
  for (const c of [0xa0, 0xa3, 0xa9, 0xab, 0xae, 0xb0, 0xbb, 0x2032, 0x2033, 0x20ac]) t[c] = OTHER;
  for (let c = 0x2000; c <= 0x200a; c++) t[c] = OTHER; // spaces
  for (let c = 0x2010; c <= 0x2015; c++) t[c] = OTHER; // dashes
  for (let c = 0x201a; c <= 0x2022; c++) t[c] = OTHER; // quotes, daggers, bullet
  t[0x2026] = OTHER; // …
  return t;
}

/**
 * Word segments by the UAX #29 rules Intl.Segmenter applies (WB5–WB12), for texts whose characters
 * are all in the table above; null otherwise. Same pieces as the segmenter, without its per-call cost.
 */
function fastWords(text: string): Piece[] | null {
  const n = text.length;
  const out: Piece[] = [];
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const c = code < 0x2040 ? WB[code]! : 0;
    if (c === 0) return null;
    if (c !== LETTER && c !== DIGIT) {
      i++;
      continue;
    }
    let last = c;
    let j = i + 1;
    while (j < n) {
      const cc = text.charCodeAt(j);
      const k = cc < 0x2040 ? WB[cc]! : 0;
      if (k === 0) return null;
      if (k === LETTER || k === DIGIT) {
        last = k;
        j++;
        continue;
      }
      if (k === OTHER || j + 1 >= n) break;
      // A middle character joins only between two letters (':' '.' '\'') or two digits ('.' '\'' ',' ';').
      const nc = text.charCodeAt(j + 1);
      const after = nc < 0x2040 ? WB[nc]! : 0;
      if (after === 0) return null;
      const joins =
        (after === LETTER && last === LETTER && k !== MID_NUM) || (after === DIGIT && last === DIGIT && k !== MID_LETTER);
      if (!joins) break;
      j += 2;
    }
    out.push({ text: text.slice(i, j), start: i, end: j });
    i = j;
  }
  return out;
}
