/**
 * The year an article writes as its current one: its dateline's ("Friday, May 15, 2026") or the year it says an event
 * comes "later in" or came "earlier in", so that its "last year" and "the year after next" can be read as years.
 */

import { timeExprs } from '../text/temporal';
import { normalizeChars } from '../text/normalize';
import { CALENDAR } from './passage-times';

/** Paragraphs from the top a dateline may stand in. */
const DATELINE_PARAGRAPHS = 5;
/** "later in 2026", "earlier in 2026": a year written as the current one. */
const CURRENT_BEFORE = /\b(?:later|earlier)\s+in\s+$/i;

/** The article's current year, or undefined where it gives none or two different ones. */
export function storyYear(paragraphs: readonly string[]): number | undefined {
  for (const text of paragraphs.slice(0, DATELINE_PARAGRAPHS)) {
    const dated = timeExprs(normalizeChars(text)).find((t) => CALENDAR.test(t.value) && /\b(?:19|20)\d{2}\b/.test(t.text));
    if (dated) return Number(/\b((?:19|20)\d{2})\b/.exec(dated.text)![1]);
  }
  const years = new Set<number>();
  for (const text of paragraphs) {
    if (!/\b(?:later|earlier)\s+in\s+(?:19|20)\d{2}\b/i.test(text)) continue;
    const norm = normalizeChars(text);
    for (const t of timeExprs(norm)) if (/^\d{4}$/.test(t.value) && CURRENT_BEFORE.test(norm.slice(Math.max(0, t.start - 12), t.start))) years.add(Number(t.value));
  }
  return years.size === 1 ? [...years][0] : undefined;
}
