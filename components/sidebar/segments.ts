/**
 * Splits a passage into plain and highlighted runs from engine Spans, so the view can build <mark>
 * elements out of text slices and never needs HTML.
 */
import type { Span } from '../../lib/types';

/** One run of a passage: its text and whether it is one of the differing words. */
export interface TextSegment {
  text: string;
  marked: boolean;
}

/**
 * Cuts `text` at the spans. Spans may arrive unsorted, overlapping, empty or past the end of the
 * text (an engine bug must not break the view), so they are clamped and merged first.
 */
export function segmentText(text: string, spans: readonly Span[]): TextSegment[] {
  const ranges = spans
    .map((s) => ({ start: clamp(Math.min(s.start, s.end), text.length), end: clamp(Math.max(s.start, s.end), text.length) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const out: TextSegment[] = [];
  let at = 0;
  for (const r of merged) {
    if (r.start > at) out.push({ text: text.slice(at, r.start), marked: false });
    out.push({ text: text.slice(r.start, r.end), marked: true });
    at = r.end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), marked: false });
  return out;
}

function clamp(n: number, max: number): number {
  if (!Number.isFinite(n)) return 0;
  return Math.max(0, Math.min(max, Math.floor(n)));
}
