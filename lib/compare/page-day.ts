/**
 * The day a page is dated, from its dateline ("Friday, May 15, 2026", "Department Press Briefing – May 15, 2026",
 * "Notification history · Thursday"), so that its "yesterday" and "today" can be read as the weekdays they are.
 */

import { timeExprs } from '../text/temporal';
import { normalizeChars } from '../text/normalize';

/** Paragraphs from the top a dateline may stand in. */
const DATELINE_PARAGRAPHS = 5;
/** Words a line may have for a bare weekday in it to date the page (a dateline, not a sentence about a day). */
const DATELINE_WORDS = 15;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Days from the page's own day each relative word stands for. */
const RELATIVE_DAY: Record<string, number> = { 'rel:yesterday': -1, 'rel:today': 0, 'rel:tomorrow': 1 };

/** The weekday of a page's dateline among its first paragraphs: a calendar date with its year, or a weekday on a short line; undefined when none. */
export function pageDay(paragraphs: readonly string[]): string | undefined {
  for (const text of paragraphs.slice(0, DATELINE_PARAGRAPHS)) {
    const short = text.split(/\s+/).length <= DATELINE_WORDS;
    for (const t of timeExprs(normalizeChars(text))) {
      if (t.weekday) return t.weekday;
      if (short && WEEKDAYS.includes(t.value)) return t.value;
    }
  }
  return undefined;
}

/** The weekday a relative day word stands for on a page dated `day` ("rel:yesterday" on a Friday: "thursday"), or undefined. */
export function relativeWeekday(value: string, day: string | undefined): string | undefined {
  const shift = RELATIVE_DAY[value];
  const at = day ? WEEKDAYS.indexOf(day) : -1;
  return shift === undefined || at < 0 ? undefined : WEEKDAYS[(at + shift + 7) % 7];
}
