/** Test helpers for putting seed articles into real pages; the embedding itself is the eval's (lib/eval/embed.ts). */
export { embedStructured as embedInPage } from '../../lib/eval/embed';

/** A lightly edited copy: one middle paragraph dropped, the last cut to its first sentence. */
export function editedCopy(paragraphs: string[]): string[] {
  const out = paragraphs.filter((_, i) => i !== Math.floor(paragraphs.length / 2));
  const last = out[out.length - 1];
  if (last) out[out.length - 1] = last.split(/(?<=[.!?])\s+/)[0] ?? last;
  return out;
}
