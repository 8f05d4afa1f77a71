/**
 * Cuts a long passage down to the sentences holding its highlighted words, so a divergence shows the
 * difference without a reader scrolling through a 100-word paragraph to find it.
 */
import type { Span } from '../../lib/types';

/** A window of a passage, with highlights shifted into it. */
export interface Excerpt {
  /** The window [start, end) in the original text. */
  start: number;
  end: number;
  text: string;
  highlights: Span[];
  /** Text was left out before / after the window. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

const SENTENCE_END = /[.!?]["”’')\]]*\s+/g;

/**
 * The sentences from the first to the last highlight, when `text` is longer than `maxLength`; if those
 * sentences are themselves too long, a word-bounded window of `context` characters either side.
 * `anchors` stand in for the highlights when a side has none (the window moves, nothing is marked);
 * passages with neither come back whole: nothing says which part matters.
 */
export function excerptAround(
  text: string,
  highlights: readonly Span[],
  opts: { anchors?: readonly Span[]; maxLength?: number; context?: number } = {},
): Excerpt {
  const { maxLength = 320, context = 120 } = opts;
  const usable = (spans: readonly Span[]) =>
    spans.filter((h) => Number.isFinite(h.start) && Number.isFinite(h.end) && h.end > h.start && h.start < text.length);
  const valid = usable(highlights);
  const anchors = valid.length > 0 ? valid : usable(opts.anchors ?? []);
  if (text.length <= maxLength || anchors.length === 0) {
    return { start: 0, end: text.length, text, highlights: [...highlights], clippedStart: false, clippedEnd: false };
  }
  const lo = Math.max(0, Math.min(...anchors.map((h) => h.start)));
  const hi = Math.min(text.length, Math.max(...anchors.map((h) => h.end)));
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    const boundary = m.index + m[0].length;
    if (boundary <= lo) start = boundary;
    else if (m.index >= hi - 1) {
      end = m.index + m[0].trimEnd().length;
      break;
    }
  }
  if (end - start > maxLength * 1.5) {
    start = Math.max(start, wordStart(text, lo - context));
    end = Math.min(end, wordEnd(text, hi + context));
  }
  return {
    start,
    end,
    text: text.slice(start, end),
    highlights: valid
      .filter((h) => h.end > start && h.start < end)
      .map((h) => ({ start: Math.max(h.start, start) - start, end: Math.min(h.end, end) - start })),
    clippedStart: start > 0,
    clippedEnd: end < text.length,
  };
}

function wordStart(text: string, at: number): number {
  if (at <= 0) return 0;
  const space = text.indexOf(' ', at);
  return space < 0 ? at : space + 1;
}

function wordEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const space = text.lastIndexOf(' ', at);
  return space < 0 ? at : space;
}

/**
 * Where the words a divergence summary quotes (e.g. `"could use" vs "could not use"`) occur in `text`:
 * a fallback anchor for a side the engine left without highlights.
 */
export function summaryAnchors(text: string, summary: string): Span[] {
  const lower = text.toLowerCase();
  const spans: Span[] = [];
  for (const m of summary.matchAll(/["“]([^"”]{2,80})["”]/g)) {
    const needle = m[1]!.toLowerCase();
    const at = lower.indexOf(needle);
    if (at >= 0) spans.push({ start: at, end: at + needle.length });
  }
  return spans;
}
