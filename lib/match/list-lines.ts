/** The lines of a bulleted list in an article: its lead-in (ending with a colon), the bulleted lines under it, and the sentence closing it. */

const BULLET = /^\s*(?:[-*•·▪►]|\d{1,2}[.)])\s+/;
const LEAD_IN = /:\s*$/;
/** A line that ends a sentence (not a heading). */
const CLOSED = /[.!?"”]\s*$/;

/** The other lines of the list paragraph `i` belongs to (as its lead-in or a bulleted line), or none when it is in no list. */
export function listLines(paragraphs: readonly string[], i: number): number[] {
  const bullet = (k: number) => k >= 0 && k < paragraphs.length && BULLET.test(paragraphs[k]!);
  let first = i;
  if (LEAD_IN.test(paragraphs[i] ?? '')) first = i + 1;
  else if (bullet(i)) while (bullet(first - 1)) first--;
  if (!bullet(first)) return [];
  let last = first;
  while (bullet(last + 1)) last++;
  const out: number[] = [];
  if (first > 0 && LEAD_IN.test(paragraphs[first - 1]!)) out.push(first - 1);
  for (let k = first; k <= last; k++) out.push(k);
  // The sentence that closes a list often sums it up ("The goal is to avoid…", "The implication: …"): it is read with it.
  const after = paragraphs[last + 1];
  if (after !== undefined && !LEAD_IN.test(after) && CLOSED.test(after)) out.push(last + 1);
  return out.filter((k) => k !== i);
}
