/** A passage with its differing words wrapped in <mark>, built from text slices (never HTML). */
import type { Span } from '../../lib/types';
import { segmentText } from './segments';

/** Props of {@link HighlightedText}. */
export interface HighlightedTextProps {
  text: string;
  highlights: readonly Span[];
}

/** Renders `text` with each highlighted span as a <mark>; page text stays text whatever it contains. */
export function HighlightedText({ text, highlights }: HighlightedTextProps) {
  return (
    <>
      {segmentText(text, highlights).map((seg, i) =>
        seg.marked ? (
          <mark key={i} class="cc-diff">
            {seg.text}
          </mark>
        ) : (
          seg.text
        ),
      )}
    </>
  );
}
