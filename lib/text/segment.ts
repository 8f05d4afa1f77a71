/** Sentence and word segmentation with Intl.Segmenter, returning offsets into the input. */

import { normalizeChars } from './normalize';

/** A piece of a text with its [start, end) character range. */
export interface Piece {
  text: string;
  start: number;
  end: number;
}

const sentenceSeg = new Intl.Segmenter('en', { granularity: 'sentence' });
const wordSeg = new Intl.Segmenter('en', { granularity: 'word' });

/** A dash that opens a list line (“- item”) is not a word; a dash inside a sentence often ends a clause. */
const ABBREV = /\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|St|Jr|Sr|Inc|Corp|Co|Ltd|vs|U\.S|U\.K|e\.g|i\.e)\.$/;

/** Splits text into trimmed sentences, merging splits the segmenter makes after common abbreviations. */
export function sentences(text: string): Piece[] {
  const norm = normalizeChars(text);
  const out: Piece[] = [];
  for (const seg of sentenceSeg.segment(norm)) {
    const raw = seg.segment;
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const start = seg.index + lead;
    const piece = { text: text.slice(start, start + body.length), start, end: start + body.length };
    const prev = out[out.length - 1];
    if (prev && (ABBREV.test(prev.text) || /^[a-z]/.test(body))) {
      prev.end = piece.end;
      prev.text = text.slice(prev.start, prev.end);
    } else {
      out.push(piece);
    }
  }
  return out;
}

/** Word-like segments (letters or digits) of a text, with offsets. */
export function words(text: string): Piece[] {
  // The segmenter already keeps curly apostrophes inside words ("Anthropic’s"): no normalising pass needed.
  const out: Piece[] = [];
  for (const seg of wordSeg.segment(text)) {
    if (!seg.isWordLike) continue;
    out.push({ text: seg.segment, start: seg.index, end: seg.index + seg.segment.length });
  }
  return out;
}
