/** Time expressions: weekdays, months, years and relative phrases ("this week", "earlier in the week", "just before"). */

import type { Piece } from '../text/segment';

/** A time expression with a comparable value. */
export interface TimeExpr extends Piece {
  /** Canonical value: "thursday", "2023", "rel:this-week", "rel:before"… */
  value: string;
  /** For a calendar date written with its year ("14 May 2026"), the weekday it fell on. */
  weekday?: string;
}

/** Months' names, in order. */
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The weekday of a calendar date value ("may 14") whose match carries a year ("14 May 2026", "May 14, 2026"). */
function calendarWeekday(value: string, text: string): string | undefined {
  const year = /\b((?:19|20)\d{2})\b/.exec(text);
  return year ? weekdayIn(value, Number(year[1])) : undefined;
}

/** The weekday a calendar date value ("may 14") falls on in `year`; undefined for any other value. */
export function weekdayIn(value: string, year: number): string | undefined {
  const date = /^([a-z]+) (\d{1,2})$/.exec(value);
  const month = date ? MONTHS.indexOf(date[1]!) : -1;
  if (!date || month < 0) return undefined;
  return WEEKDAYS[new Date(Date.UTC(year, month, Number(date[2]))).getUTCDay()];
}

const WEEKDAY = `(${WEEKDAYS.join('|')})`;
/** Whether a time's value is a whole month or season ("may", "rel:last-autumn"): a span, which no single day of the other side's fills. */
export const isSpan = (value: string): boolean => MONTHS.includes(value) || /^rel:(?:this|last|next)-(?:spring|summer|autumn|winter)$/.test(value);

/** A weekday anywhere in lower-case text. */
export const WEEKDAY_WORD = new RegExp(`\\b${WEEKDAY}\\b`);
const MONTH = `(${MONTHS.join('|')})`;

/** Weekdays by their first three letters. */
const ABBREVIATED: Record<string, string> = { Mon: 'monday', Tue: 'tuesday', Wed: 'wednesday', Thu: 'thursday', Fri: 'friday', Sat: 'saturday', Sun: 'sunday' };

/** A month's first letters, to pass over sentences no month pattern can match. */
const MONTH_START = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/;

/** Cheap pre-test: most sentences hold no time expression at all. */
const MAYBE_TIME = /\d|day|week|month|year|before|after|\btue|weds|\bthu|fri|\bwk\b|\byr\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter|thousand|twenty|\b(?:mon|wed|sat|sun)\./i;
/** A season's name, to pass over sentences no season pattern can match. */
const SEASON = /spring|summer|autumn|fall|winter/;

// What every match of a pattern contains, tested on the lower-cased text: a pattern runs only when its text has it.
const digit = (lower: string) => /\d/.test(lower);
const day = (lower: string) => lower.includes('day');
const period = (lower: string) => lower.includes('week') || lower.includes('month') || lower.includes('year') || /\b(?:wk|yr)\b/.test(lower);
/** A period's name, and its shortened forms ("this wk", "earlier this yr"). */
const PERIOD: Record<string, string> = { week: 'week', wk: 'week', month: 'month', year: 'year', yr: 'year' };

const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** A number from one to ninety-nine in words ("seven", "twelve", "twenty-three"). */
const UNDER_100 = `(?:(?:${TENS.join('|')})(?:[\\s-](?:${ONES.join('|')}))?|${TEENS.join('|')}|${ONES.join('|')})`;
/** "two thousand (and) twenty-two" (group 1) or "twenty twenty-two" / "twenty ten" (group 2): a year of this century in words ("two thousand" alone is a count). */
const SPOKEN_YEAR = new RegExp(`\\btwo\\s+thousand(?:\\s+and)?\\s+(${UNDER_100})\\b|\\btwenty[\\s-]((?:${TENS.join('|')})(?:[\\s-](?:${ONES.join('|')}))?|${TEENS.join('|')})\\b`, 'gi');

/** Where a sentence writes a year in words ("two thousand twenty-two"): no count of anything, however its words read. */
export function spokenYears(norm: string): Array<{ start: number; end: number }> {
  if (!/thousand|twenty/i.test(norm)) return [];
  SPOKEN_YEAR.lastIndex = 0;
  return [...norm.matchAll(SPOKEN_YEAR)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The value of a number in words below a hundred. */
function wordsValue(words: string): number {
  const [first, second] = words.toLowerCase().split(/[\s-]+/);
  const tens = TENS.indexOf(first!);
  if (tens >= 0) return (tens + 2) * 10 + (second ? ONES.indexOf(second) + 1 : 0);
  const teen = TEENS.indexOf(first!);
  return teen >= 0 ? teen + 10 : ONES.indexOf(first!) + 1;
}

/** A spoken year's digits ("2022"). */
const spokenYear = (m: RegExpExecArray): string => String(2000 + wordsValue((m[1] ?? m[2])!));

/** The value a post's timestamp takes: its span is read, and dropped (see timeExprs). */
const STAMP = 'stamp';

/** Time zones a signed post's timestamp names in brackets ("(UTC)"). */
const ZONE = '\\((?:UTC|GMT|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|JST|KST|AEST|AEDT)\\)';
const ZONED = new RegExp(ZONE, 'i');
/** Whether a timestamp's text carries its time zone. */
const zoned = (text: string) => ZONED.test(text);

/** "hh:mm, 16 May 2026 (UTC)", "hh:mm (UTC), May 16, 2026": a clock time, then a date, with a time zone after either. */
const TIMESTAMP = new RegExp(
  `\\b\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?\\s*(?:${ZONE})?,?\\s*(?:\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?|${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?)(?:\\s*${ZONE})?`,
  'gi',
);

/** Each pattern with its value (null: not a time after all) and what its text must contain. */
const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => string | null, (lower: string) => boolean]> = [
  // A clock time and a date with a time zone, as comment pages and talk pages sign each post ("14:40, 16 May 2026 (UTC)"):
  // when the words were written, not when anything they tell happened. Its words are taken, so no time is read in them.
  [TIMESTAMP, () => STAMP, (l) => l.includes(':') && zoned(l)],
  [new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:,\\s*(\\d{4}))?\\b`, 'gi'), (m) => `${m[1]!.toLowerCase()} ${m[0].match(/\d{1,2}/)![0]}`, digit],
  // Day before month, as timelines and British papers write it ("14 May 2026"): the same date as "May 14".
  [new RegExp(`\\b(\\d{1,2})\\s+${MONTH}(?:\\s+\\d{4})?\\b`, 'gi'), (m) => (/^\p{Lu}/u.test(m[2]!) ? `${m[2]!.toLowerCase()} ${+m[1]!}` : null), digit],
  // "on a Tuesday" as "on Tuesday" (the article is no determiner of a thing the day names, as in "a Tuesday post").
  [new RegExp(`\\b(?:on\\s+an?\\s+|(?:last|next|this|on)?\\s*)${WEEKDAY}\\b`, 'gi'), (m) => m[1]!.toLowerCase(), day],
  // A weekday abbreviated in brackets, as a timeline dates an entry ("14 May 2026 (Thu)"); capitalised, as "sun" and "wed" are words.
  [/\((Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?\)/g, (m) => ABBREVIATED[m[1]!.slice(0, 3)]!, (l) => l.includes('(')],
  // A weekday shortened as posts, notes and slides write it ("a blog post Thurs", "out Weds", "Report, Tue:"): capitalised, and only the forms
  // no common word takes ("Wed", "Sun", "Sat" and "Mon" are words or names too).
  [/\b(?:(?:[Ll]ast|[Nn]ext|[Tt]his|[Oo]n)\s+)?(Tues?|Weds|Thu|Thur|Thurs|Fri)\b\.?/g, (m) => ABBREVIATED[m[1]!.slice(0, 3)]!, (l) => /\b(?:tues?|weds|thu|thurs?|fri)\b/.test(l)],
  // The short forms that are words too ("Mon", "Wed", "Sat", "Sun") only with their full stop and a sentence going on ("a Mon. report"),
  // or before a date in figures, as notes write it ("Wed 13/5").
  [/\b(?:(?:[Ll]ast|[Nn]ext|[Tt]his|[Oo]n)\s+)?(Mon|Wed|Sat|Sun)(?:\.(?=\s+[a-z0-9]|,)|(?=\s+\d{1,2}\/\d{1,2}\b))/g, (m) => ABBREVIATED[m[1]!]!, (l) => /\b(?:mon|wed|sat|sun)(?:\.|\s+\d{1,2}\/)/.test(l)],
  // A month named alone ("In April its model…", "since March", "at the end of April"): led by words that date with it, and capitalised, as
  // "may" and "march" are also a modal and a verb. A year after it is a time of its own.
  [new RegExp(`\\b(?:(?:in|since|by|until|through|from|during|last|next|this|early|late)\\s+|mid-|(?:the\\s+)?(?:end|start|beginning|middle)\\s+of\\s+)${MONTH}\\b`, 'gi'), (m) => (/^\p{Lu}/u.test(m[1]!) ? m[1]!.toLowerCase() : null), (l) => MONTH_START.test(l)],
  // "earlier that week", as a filing or a history tells it, is the story's week too; "later that year" may be any year's.
  [/\b(?:earlier|later)\s+(?:in\s+)?(?:this\s+|the\s+|that\s+(?=(?:same\s+)?week))(?:same\s+(?=week))?(week|wk|month|year|yr)\b/gi, (m) => `rel:${m[0].toLowerCase().startsWith('earlier') ? 'earlier' : 'later'}-${PERIOD[m[1]!.toLowerCase()]}`, period],
  [/\b(this|last|next)\s+(week|wk|month|year|yr)\b/gi, (m) => `rel:${m[1]!.toLowerCase()}-${PERIOD[m[2]!.toLowerCase()]}`, period],
  // "in the previous week", as translations and formal reports write "last week".
  [/\bthe\s+previous\s+(week|month|year)\b/gi, (m) => `rel:last-${PERIOD[m[1]!.toLowerCase()]}`, period],
  // "in three years' time", "in two years": a year counted on from the story's own.
  [/\bin\s+(two|three|four|five|\d)\s+years['’]?(?:\s+time)?\b/gi, (m) => `rel:${COUNTS[m[1]!.toLowerCase()] ?? m[1]}-years-ahead`, (l) => l.includes('years')],
  // "the year after next", "the year before last": two years on, or back.
  [/\bthe\s+year\s+(after\s+next|before\s+last)\b/gi, (m) => (m[1]!.toLowerCase().startsWith('after') ? 'rel:year-after-next' : 'rel:year-before-last'), period],
  // The weekend as a day of its own ("over the weekend", "this weekend"): a time another outlet's weekday can differ from.
  [/\b(?:(?:over|at|during|on)\s+the|this|last|next)\s+weekend\b/gi, () => 'weekend', (l) => l.includes('weekend')],
  // A season named relative to now ("last autumn", "this spring"; "fall" is autumn).
  [/\b(this|last|next)\s+(spring|summer|autumn|fall|winter)\b/gi, (m) => `rel:${m[1]!.toLowerCase()}-${m[2]!.toLowerCase().replace('fall', 'autumn')}`, (l) => SEASON.test(l)],
  // "today's pace", "today's models": present-day, not a day's date; nor "Musk, today the owner of xAI", set off as what he is now.
  // Nor "the most contentious questions in technology policy today.", the present of a field, ending its sentence.
  [/\b(yesterday|tomorrow|today(?!['’]s\b))\b/gi, (m) => (NOWADAYS.test(m.input.slice(Math.max(0, m.index - 3), m.index + 12)) || inFieldToday(m) ? null : `rel:${m[1]!.toLowerCase()}`), (l) => day(l) || l.includes('tomorrow')],
  [/\b(?:just|shortly|days?|hours?|weeks?)\s+(before|after)\b/gi, (m) => `rel:${m[1]!.toLowerCase()}`, (l) => l.includes('before') || l.includes('after')],
  // "a day later", "hours later": after the event the sentence before told.
  [/\b(?:(?:a|an|one|two|three|a\s+few|several|\d{1,2})\s+)?(?:days?|hours?|weeks?)\s+later\b/gi, () => 'rel:after', (l) => l.includes('later')],
  // "two years ago", "a few weeks ago": a time counted back from the story's own ("a year ago" is last year).
  [/\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|(?:a\s+)?few|several|many)\s+(day|week|month|year)s?\s+ago\b/gi, (m) => agoValue(m[1]!, m[2]!), (l) => l.includes(' ago')],
  // "several months earlier", "two weeks earlier", "months ago": a vague time back, no date, but weeks or months before the
  // story's own week, not in it.
  [/\b(?:(?:(?:a\s+few|several|many|some|a\s+couple\s+of)\s+)?(weeks|months)\s+ago|(?:(?:a\s+few|several|many|some|a\s+couple\s+of|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+)?(weeks|months)\s+(?:earlier|previously))\b/gi, (m) => `rel:${(m[1] ?? m[2])!.toLowerCase()}-back`, (l) => l.includes('weeks') || l.includes('months')],
  // "the next day", "the following morning", "the morning after": a day placed after another, as "a day after" is.
  [/\bthe\s+(?:(?:next|following)\s+(?:day|morning|evening)|(?:day|morning|evening)\s+after)\b/gi, () => 'rel:after', (l) => l.includes('next') || l.includes('following') || l.includes('after')],
  // A year, with the part of it a phrase names ("the start of 2027" is 2027; its words are no context of the date).
  [/\b(?:(?:the\s+)?(?:end|start|beginning|middle|close)\s+of\s+)?((?:19|20)\d{2})\b/gi, (m) => m[1]!, digit],
  // A year in words, as scripts for reading aloud write it ("two thousand twenty-two", "twenty twenty-three").
  [SPOKEN_YEAR, (m) => spokenYear(m), (l) => l.includes('thousand') || l.includes('twenty')],
  // A year shortened to its last two digits after an apostrophe ("Back in '22", "later in '26"): this century's. Not
  // before a word, where the mark more likely opens a quotation ("'22 people were hurt'").
  [/(?<![\w'’])['’](\d{2})(?![\w'’]|\s+\p{L})/gu, (m) => `20${m[1]!}`, (l) => l.includes("'") || l.includes('’')],
];

/** "today" set off by a comma or a bracket before a noun phrase: what someone is now ("Musk, today the owner of xAI", "Musk (today the owner of xAI)"), no date. */
const NOWADAYS = /[,(]\s*today\s+(?:the|a|an|its|his|her|their)\s/i;

/** "in <a field> today" ending its sentence ("in technology policy today.", "in the world today."): no publication's day. */
const FIELD_TODAY = /\bin\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}([a-z-]+)\s+$/i;
const PUBLISHED_IN = /^(?:post|blog|report|statement|paper|interview|letter|memo|filing|speech|briefing|update)s?$/i;

/** Whether a "today" match is the present of a field ("questions in technology policy today."), not a day. */
function inFieldToday(m: RegExpExecArray): boolean {
  if (m[1]!.toLowerCase() !== 'today' || !/^\s*(?:[.!?]|$)/.test(m.input.slice(m.index + m[0].length))) return false;
  const field = FIELD_TODAY.exec(m.input.slice(Math.max(0, m.index - 60), m.index));
  return !!field && !PUBLISHED_IN.test(field[1]!);
}

/** Counts "two" and "2" alike; "a", "an" and "one" make the period before this one ("a year ago" is "last year"). */
const COUNTS: Record<string, string> = { two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10' };

/** The value of "N periods ago": one period back is "last <period>"; a vague count ("a few", "several") dates nothing exactly, so it is no time. */
function agoValue(count: string, period: string): string | null {
  const n = count.toLowerCase().replace(/\s+/g, ' ');
  const unit = period.toLowerCase();
  if (n === 'a' || n === 'an' || n === 'one' || n === '1') return unit === 'day' ? 'rel:yesterday' : `rel:last-${unit}`;
  const k = COUNTS[n] ?? (/^\d+$/.test(n) ? n : null);
  return k ? `rel:${k}-${unit}s-ago` : null;
}

/** All time expressions in a (normalised) sentence, longest first where they overlap. */
export function timeExprs(norm: string): TimeExpr[] {
  const out: TimeExpr[] = [];
  if (!MAYBE_TIME.test(norm)) return out;
  // Lower-casing keeps every ASCII word whole, so a word a pattern needs is found here whenever the pattern could match.
  const lower = norm.toLowerCase();
  const stamps: Array<{ start: number; end: number }> = [];
  for (const [re, value, needs] of PATTERNS) {
    if (!needs(lower)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(norm))) {
      const lead = m[0].length - m[0].trimStart().length;
      const start = m.index + lead;
      const end = m.index + m[0].length;
      if (out.some((o) => start < o.end && end > o.start)) continue;
      const v = value(m);
      if (v === null) continue;
      // A timestamp holds its span (no date or year is read inside it) and is no time of the text's.
      if (v === STAMP) {
        if (zoned(m[0])) stamps.push({ start, end });
        continue;
      }
      if (stamps.some((o) => start < o.end && end > o.start)) continue;
      const weekday = calendarWeekday(v, m[0]);
      out.push(weekday ? { text: norm.slice(start, end), start, end, value: v, weekday } : { text: norm.slice(start, end), start, end, value: v });
    }
  }
  out.sort((a, b) => a.start - b.start);
  // Only a sentence that names a weekday and says "that" can have "that morning" stand for it.
  return lower.includes('that') && out.some((o) => WEEKDAYS.includes(o.value)) ? withThatDay(norm, out) : out;
}

/** "that morning", "that same day": the day a weekday named earlier in the sentence gave. */
const THAT_DAY = /\bthat\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)\b/gi;

/**
 * "It was a grey Friday morning …: Anthropic had published a blog post that morning": the publication is dated by the
 * weekday the sentence named before, which "that morning" points back to.
 */
function withThatDay(norm: string, out: TimeExpr[]): TimeExpr[] {
  THAT_DAY.lastIndex = 0;
  let m: RegExpExecArray | null;
  const added: TimeExpr[] = [];
  while ((m = THAT_DAY.exec(norm))) {
    const at = m.index;
    const day = out.filter((o) => o.end <= at && WEEKDAYS.includes(o.value)).at(-1);
    if (day && !out.some((o) => o.start < at + m![0].length && o.end > at)) added.push({ text: m[0], start: at, end: at + m[0].length, value: day.value });
  }
  return added.length ? [...out, ...added].sort((a, b) => a.start - b.start) : out;
}

const sentenceCache = new WeakMap<object, TimeExpr[]>();

/** A sentence's time expressions, found once per sentence object (a page's sentences are read by several stages). */
export function sentenceTimes(s: { norm: string }): TimeExpr[] {
  let t = sentenceCache.get(s);
  if (!t) sentenceCache.set(s, (t = timeExprs(s.norm)));
  return t;
}
