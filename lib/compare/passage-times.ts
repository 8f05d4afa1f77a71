/** The time expressions of a passage, found once, and what the date checks read off them: years, calendar dates, relations. */

import { memo, slot, type Passage } from './passage';
import { timeExprs, type TimeExpr } from '../text/temporal';

const TIME_SLOT = slot();

/** A passage's time expressions, found once per passage. */
export function passageTimes(p: Passage): TimeExpr[] {
  return memo(p, TIME_SLOT, (q) => timeExprs(q.norm));
}

/** Gives a passage the time expressions of its text, already found (a page sentence's, shared with dated pairs). */
export function knownTimes(p: Passage, found: TimeExpr[]): void {
  p.memo[TIME_SLOT] = found;
}

/** Four ASCII digits (/^\d{4}$/ without a regex: this runs for every time value of every pair). */
export const isYear = (v: string) => v.length === 4 && isDigit(v, 0) && isDigit(v, 1) && isDigit(v, 2) && isDigit(v, 3);
/** The year a time gives: a year's own value, or the year written with a calendar date ("14 May 2026"). */
export const yearOf = (t: TimeExpr): string | undefined => (isYear(t.value) ? t.value : CALENDAR.test(t.value) ? /\b((?:19|20)\d{2})\b/.exec(t.text)?.[1] : undefined);
const isDigit = (v: string, i: number) => v.charCodeAt(i) >= 48 && v.charCodeAt(i) <= 57;
/** A calendar date's value ("may 14"). */
export const CALENDAR = /^[a-z]+ \d{1,2}$/;

/** A time that says only how it stands to another event: "just before", "hours after", "the following day". */
export const relational = (t: TimeExpr): boolean => t.value === 'rel:before' || t.value === 'rel:after';

/** "later in 2026", "earlier in 2026": a year its sentence writes as the current one. */
const CURRENT_YEAR_BEFORE = /\b(?:later|earlier)\s+in\s+$/i;

/** Years told against the current one ("earlier this year" is the current year, "last year" the one before it). */
const RELATIVE_YEAR: Record<string, number> = { 'rel:this-year': 0, 'rel:earlier-year': 0, 'rel:later-year': 0, 'rel:last-year': -1, 'rel:next-year': 1, 'rel:year-after-next': 2, 'rel:year-before-last': -2 };

/** Years from the current one a relative year stands for ("two years ago" is -2, "in three years' time" 3), or undefined for none. */
function yearsFromNow(value: string): number | undefined {
  const ago = /^rel:(\d+)-years-(ago|ahead)$/.exec(value);
  return ago ? (ago[2] === 'ago' ? -1 : 1) * Number(ago[1]) : RELATIVE_YEAR[value];
}

/** The year a passage writes as its current one ("set to take effect later in 2026"), if it does. */
function currentYear(p: Passage): number | undefined {
  const t = passageTimes(p).find((u) => isYear(u.value) && CURRENT_YEAR_BEFORE.test(p.norm.slice(Math.max(0, u.start - 12), u.start)));
  return t ? Number(t.value) : undefined;
}

/**
 * A year told against the current one on one side ("due to take effect next year", "Earlier this year, the company
 * refused…") against a year the other gives, where either side writes its current year ("later in 2026"), or else
 * the told side's article does (its dateline's year): the told year is then known, and differs from the given one or not.
 */
export function yearApart(x: TimeExpr, y: TimeExpr, a: Passage, b: Passage): boolean {
  const by = yearsFromNow(x.value);
  if (by === undefined || !isYear(y.value)) return false;
  const now = currentYear(a) ?? currentYear(b) ?? a.storyYear?.();
  return now !== undefined && now + by !== Number(y.value);
}

/** "later in 2026": the year its sentence writes as the current one, with the event still to come in it. */
const LATER_IN_BEFORE = /\blater\s+in\s+$/i;
const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** Words before a month that tell of the event as past ("which took effect in March", "has been in force since March"). */
const PAST_BEFORE = /\b(?:took|went|came|has\s+been|have\s+been|had\s+been|was|were)\b[^.;:!?]{0,30}$/i;

/**
 * A month on one side given to an event told as past ("took effect in March", "in force since March"), or to next
 * January, against "later in 2026" on the other, the event still to come that year: the two cannot both hold.
 */
export function doneBeforeLater(x: TimeExpr, y: TimeExpr, a: Passage, b: Passage): boolean {
  if (!MONTH.test(x.value) || !isYear(y.value) || !LATER_IN_BEFORE.test(b.norm.slice(Math.max(0, y.start - 12), y.start))) return false;
  // "next January" is always in the year after one still in progress, which "later in 2026" says it is.
  if (NEXT_JANUARY.test(x.text)) return true;
  return /^since\b/i.test(x.text) || PAST_BEFORE.test(a.norm.slice(Math.max(0, x.start - 40), x.start));
}

/** A January told as the next one ("next January"). */
const NEXT_JANUARY = /^next\s+january$/i;
