/**
 * Date checks. Both passages give a time in the same local context and the values differ; or one gives a day for
 * a mention ("blog post Thursday") the other makes without one. Numbers are check-numbers.ts's.
 */

import type { Finding } from './finding';
import { summarise } from './finding';
import { textPiece, type Passage, type Word } from './passage';
import { WEEKDAY_WORD, weekdayIn, type TimeExpr } from '../text/temporal';
import { CALENDAR, doneBeforeLater, isYear, passageTimes as times, relational, yearApart, yearOf } from './passage-times';
import { omittedDate } from './omitted-date';
import { contextStems, sharedCount } from './context';
import { PLURAL, PUBLICATION_STEM, alike, datedNoun, datedThing, topicBefore, twoPublications } from './dated-things';
import { namePhrases, sameName, sameNames } from './names';
import { content } from './modality';
import { organisationBefore } from './antecedents';
import { relativeWeekday } from './page-day';


/** "Thursday" vs "this week", "2023" vs "2022", "just before" vs "Wednesday"; minContext: shared context words required. */
export function checkDates(a: Passage, b: Passage, minContext: number): Finding | null {
  const ta = inYear(a, onDay(a, stated(a, times(a))));
  const tb = inYear(b, onDay(b, stated(b, times(b))));
  for (const x of ta) {
    if (tb.some((y) => y.value === x.value)) continue;
    // A time that labels its line ("Early 2027: the blacklist takes effect", as timelines write) dates all the line says.
    const cx = labels(a, x) ? content(a.words, 0, a.words.length - 1) : (cleftContext(a, x) ?? contextStems(a, x));
    for (const y of tb) {
      let done = false;
      // A day the page gives besides its own "the day before" says more than the other's bare "just before" ("on Wednesday,
      // the day before Anthropic's post" / "published just before Anthropic's announcement"): the day is still one side's only.
      if (ta.some((z) => z.value === y.value) && !(relational(y) && WEEKDAY_VALUE.test(x.value))) continue;
      // And the page's "the day before" beside a date it gives ("on 13 May, the day before Anthropic's post") dates against
      // another event: the date is the page's day for the thing, compared in its own turn with the other's day.
      if (relational(x) && !relational(y) && ta.some((z) => !relational(z) && (WEEKDAY_VALUE.test(z.value) || CALENDAR.test(z.value)))) continue;
      // "several months earlier" dates nothing exactly: it differs only from a time in the story's own week ("this week", "on Wednesday").
      if ((BACK.test(x.value) && !inStoryWeek(y.value)) || (BACK.test(y.value) && !inStoryWeek(x.value))) continue;
      // A year and a calendar date compare through the date's own year ("22 March 2019" / "In 2023"), when it gives one.
      if (isYear(x.value) !== isYear(y.value)) {
        const [yx, yy] = [yearOf(x), yearOf(y)];
        // A month an event already passed in ("took effect in March") is not the "later in 2026" it is still to come in.
        done = doneBeforeLater(x, y, a, b) || doneBeforeLater(y, x, b, a);
        if ((!yx || !yy || yx === yy) && !yearApart(x, y, a, b) && !yearApart(y, x, a, b) && !done) continue;
      }
      // Two publications dated, each its own ("a report it released on Wednesday" / "a blog post Thursday"), are two things.
      if (twoPublications(a, x, b, y)) continue;
      // Many things of a kind dated ("press reports published in May") are not the one the other side dates ("a report released on Wednesday").
      if (manyAgainstOne(a, x, b, y) || manyAgainstOne(b, y, a, x)) continue;
      // A page's "this week" holds the other's Wednesday, and whatever came just before or after something else that week;
      // a page that names the day ("on Monday") where the other says only "this week" says more, and may be wrong.
      if (inThisWeek(x.value, y.value)) continue;
      // A calendar date and a weekday compare only through the date's year ("14 May 2026" fell on a Thursday).
      const weekdayOf = (t: TimeExpr, u: TimeExpr) => (WEEKDAY_WORD.test(u.value) && CALENDAR.test(t.value) ? t.weekday ?? null : undefined);
      const wx = weekdayOf(x, y);
      const wy = weekdayOf(y, x);
      if (wx === null || wy === null || wx === y.value || wy === x.value) continue;
      // On the same point, a synonym around both values ("refused" / "declined") ties them as well as a shared word,
      // and a time that opens a sentence ("Earlier this year, the model…", "In 2023, a coalition…") dates all it says,
      // so the other sentence's only time dates the same thing ("…the model… late last year").
      // On the same point, one time each in sentences that share a name and many words date one thing wherever they stand
      // ("noted that last year its Mythos model caused a stir across banking and software" / "… software earlier this year").
      // One time each, however often written ("the 2024 letter (Future of Life Institute, 2024)").
      // Between sentences only loosely alike, the two must share twice the context words over their whole length, one of
      // them a name ("Earlier this year, Anthropic's Mythos model…" / "Its Mythos model… last year").
      const opening = oneValue(ta) && oneValue(tb) && (((opens(a, x) || opens(b, y)) && (minContext <= 1 || alike(a, ta, b, tb, 2 * minContext))) || (minContext <= 1 && alike(a, ta, b, tb, ONE_THING_WORDS)));
      // Such a tense told apart stands a few words further from its thing ("a blacklist set to take effect later in 2026").
      const [ca, cb] = done ? [contextStems(a, x, DONE_RADIUS), contextStems(b, y, DONE_RADIUS)] : [cx, cleftContext(b, y) ?? contextStems(b, y)];
      if (!opening && sharedCount(withThing(a, x, ca), withThing(b, y, cb), a.related, minContext <= 1) < minContext && !sameOwnedThing(a, x, b, y)) continue;
      if (relativeTo(a, x, b, y) || relativeTo(b, y, a, x)) continue;
      const pa = [textPiece(a, x)];
      const pb = [textPiece(b, y)];
      return { kind: 'date', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.9 };
    }
  }
  // A vague time back ("weeks ago") gives no day for the other side to leave out.
  const [da, db] = [ta.filter((t) => !BACK.test(t.value)), tb.filter((t) => !BACK.test(t.value))];
  return omittedDate(a, b, da, db) ?? omittedDate(b, a, db, da, true);
}


/**
 * A time's context words with the words of the publication it dates, wherever that stands ("On Friday, Anthropic, the company
 * behind Claude, published a blog post"): the publication's nouns only, not the verb that put it out.
 */
function withThing(p: Passage, t: TimeExpr, context: Set<string>): Set<string> {
  const thing = datedThing(p, t);
  if (!thing || !PUBLICATION_STEM.test(thing.head ?? '')) return context;
  const nouns = [...thing.stems].filter((s) => PUBLICATION_STEM.test(s) && !context.has(s));
  return nouns.length ? new Set([...context, ...nouns]) : context;
}

/** A page's "yesterday", "today" and "tomorrow" read as the weekdays they are on the day its dateline gives. */
function onDay(p: Passage, ts: TimeExpr[]): TimeExpr[] {
  const day = p.pageDay?.();
  if (!day || !ts.some((t) => t.value.startsWith('rel:'))) return ts;
  return ts.map((t) => {
    const weekday = relativeWeekday(t.value, day);
    return weekday ? { ...t, value: weekday } : t;
  });
}

/** A calendar date written without its year ("published on 15 May") falls on a weekday of the year its article writes as current. */
function inYear(p: Passage, ts: TimeExpr[]): TimeExpr[] {
  if (!ts.some((t) => !t.weekday && CALENDAR.test(t.value))) return ts;
  const year = p.storyYear?.();
  if (!year) return ts;
  return ts.map((t) => (t.weekday || !CALENDAR.test(t.value) ? t : { ...t, weekday: weekdayIn(t.value, year) }));
}

/** A vague time back from the story's week ("several months earlier", "weeks ago"). */
const BACK = /^rel:(?:weeks|months)-back$/;
/** Times within the story's own week: its weekdays, "this week", "earlier in the week", "yesterday". */
const inStoryWeek = (v: string): boolean => WEEKDAY_VALUE.test(v) || /^rel:(?:this-week|earlier-week|later-week|yesterday|today|tomorrow)$/.test(v);

/** Whether `week` is "this week" and `day` a weekday or a time told only against another event: one within the other. */
const inThisWeek = (week: string, day: string): boolean => week === 'rel:this-week' && (WEEKDAY_VALUE.test(day) || day === 'rel:before' || day === 'rel:after');
const WEEKDAY_VALUE = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** A time counted back from now ("six years ago"): beside a year or a date, the same time told again ("Six years ago, in 2020"). */
const AGO = /^rel:\d+-[a-z]+s-ago$/;

/** Words around a month and a "later in" year read for their context (the verb of a thing's coming stands between). */
const DONE_RADIUS = 7;

/** Content words two same-point sentences with one time each must share, a name among them, for the times to date one thing. */
const ONE_THING_WORDS = 6;

/** Words before a time its plural noun may stand back ("reports published in May"). */
const MANY_REACH = 4;

/** x dates a plural of the noun y dates one of ("press reports published in May" / "a report released on Wednesday"). */
function manyAgainstOne(a: Passage, x: TimeExpr, b: Passage, y: TimeExpr): boolean {
  const head = datedThing(b, y)?.head;
  if (!head) return false;
  const one = datedNoun(b, y.start);
  if (one && PLURAL.test(one.lower)) return false;
  const at = a.words.findIndex((w) => w.start >= x.start);
  const before = a.words.slice(Math.max(0, (at < 0 ? a.words.length : at) - MANY_REACH), at < 0 ? a.words.length : at);
  return before.some((w) => w.stem === head && PLURAL.test(w.lower));
}

/** Whether a sentence gives one time, however often written, besides times that only place it ("Monday, three days before the post"). */
function oneValue(ts: TimeExpr[]): boolean {
  const dated = ts.some((t) => isYear(t.value) || CALENDAR.test(t.value));
  const placed = ts.filter((t) => !relational(t) && !(dated && AGO.test(t.value)));
  const own = placed.length > 0 ? placed : ts;
  return own.length > 0 && own.every((t) => t.value === own[0]!.value);
}

/** A time the sentence denies ("published Monday, not Wednesday", "rather than in 2023") is none it gives. */
const DENIED_BEFORE = /\b(?:not|rather\s+than|instead\s+of)\s+(?:on\s+|in\s+)?$/i;
const stated = (p: Passage, ts: TimeExpr[]) => {
  const own = ts.filter((t) => !cites(p, t));
  return own.length < 2 ? own : own.filter((t) => !DENIED_BEFORE.test(p.norm.slice(Math.max(0, t.start - 20), t.start)));
};

/** A date that closes a citation ("… — Capital Tech Report, May 14, 2026"): the cited piece's date, no event's. */
const CITED_BEFORE = /(?:[\u2014\u2013]|\s-)\s*\p{Lu}[^\u2014\u2013"\u201C\u201D]{0,60},\s*$/u;
const cites = (p: Passage, t: TimeExpr) => /^[\s.]*$/.test(p.norm.slice(t.end)) && CITED_BEFORE.test(p.norm.slice(Math.max(0, t.start - 70), t.start));

/** Words after "after" or "before" that name the event a time is relative to ("hours after the blog post appeared"). */
const REFERENCE_WORDS = 5;

/**
 * A relative time in p whose reference is the thing the other side's plain day dates: "Only hours after the blog post
 * appeared, OpenAI released…" or "OpenAI answered Anthropic's post the following day" against "Anthropic … in a blog post
 * on Thursday". The time dates another act than the post, so the two days are not one thing's.
 */
function relativeTo(p: Passage, x: TimeExpr, q: Passage, y: TimeExpr): boolean {
  if (!relational(x) || relational(y)) return false;
  const noun = datedNoun(q, y.start)?.stem ?? datedThing(q, y)?.head;
  if (!noun) return false;
  const ws = p.words;
  const after = ws.findIndex((w) => w.start >= x.end);
  if (after >= 0 && ws.slice(after, after + REFERENCE_WORDS).some((w) => w.stem === noun)) return true;
  // Another party's thing ("Anthropic's post") in a sentence whose own party acts ("OpenAI answered …").
  const subject = subjectName(p);
  return ws.some((w, i) => w.stem === noun && i > 0 && /['’]s$/.test(ws[i - 1]!.text) && !!subject && !sameName(ws[i - 1]!.text.replace(/['’]s$/, ''), subject));
}

/** What may stand before a line's label: a bullet or dash, and a word ("Early 2027"); a constant: the bundler writes a \p{…} literal as a new RegExp, made again on every call. */
const LABEL_LEAD = /^[\s\-–—•*]*(?:\p{L}+\s+)?$/u;

/** A time that opens its line and a colon closes ("- Thursday: the post goes up", "Early 2027: …"). */
function labels(p: Passage, x: TimeExpr): boolean {
  return LABEL_LEAD.test(p.norm.slice(0, x.start)) && /^[\s)]*:/.test(p.norm.slice(x.end));
}

/** Words of the clause a cleft sets a time apart for, read as the time's context. */
const CLEFT_CLAUSE = 10;

/**
 * The context of a time a cleft sets apart ("it was on Tuesday that the company published its position in a blog post",
 * "It was only in March that…"): the clause after "that", which the time dates; null for any other time.
 */
function cleftContext(p: Passage, x: TimeExpr): Set<string> | null {
  const ws = p.words;
  let first = ws.findIndex((w) => w.end > x.start);
  if (first < 0) return null;
  let last = first;
  while (last + 1 < ws.length && ws[last + 1]!.start < x.end) last++;
  if (/^(?:on|in|at|during|by)$/.test(ws[first - 1]?.lower ?? '')) first--;
  if (ws[first - 1]?.lower === 'only') first--;
  const cleft = (/^(?:was|is)$/.test(ws[first - 1]?.lower ?? '') && ws[first - 2]?.lower === 'it') || /^it['’]s$/.test(ws[first - 1]?.lower ?? '');
  if (!cleft || ws[last + 1]?.lower !== 'that') return null;
  return content(ws, last + 2, last + 1 + CLEFT_CLAUSE);
}

/** A time among a sentence's first three words: it dates everything the sentence says. */
function opens(p: Passage, x: TimeExpr): boolean {
  return p.words.length > 3 && x.start < p.words[3]!.start;
}

/**
 * Both times date the same noun ("a report on Tuesday" / "OpenAI's report, published Wednesday") and both
 * sentences, or the sentence before each, name the same owner: "OpenAI sees it differently. In a report on
 * Tuesday, it said…" is OpenAI's report, however little else the two sentences share. One time may date an
 * action rather than a noun ("OpenAI answered on Friday with a report of its own" / "OpenAI … in a report released
 * Wednesday"): when it is its sentence's only day, the sentence names the noun the other side dates, and both
 * sentences have the same party as their subject, it dates the same thing.
 */
function sameOwnedThing(a: Passage, x: TimeExpr, b: Passage, y: TimeExpr): boolean {
  const na = datedNoun(a, x.start);
  const nb = datedNoun(b, y.start);
  // One thing, put out by the party both sentences open with ("The company said in a blog post Thursday" of its article's company).
  if (oneThing(a, x, na, b, y, nb) && sameSubject(a, b)) return true;
  if (!(na && nb && na.stem === nb.stem)) return false;
  // Names, not days or months: "Tuesday" is near enough to "Thursday" for the fuzzy name test.
  const own = (p: Passage) => namePhrases(p).filter((n) => !times(p).some((t) => t.start < n.end && n.start < t.end));
  const names = (p: Passage) => {
    const prev = p.before?.();
    return prev ? [...own(p), ...own(prev)] : own(p);
  };
  const ob = names(b);
  return names(a).some((n) => ob.some((m) => sameNames(n, m)));
}

/** Each side's only day or date (past relations such as "the day after"), and one side names the noun the other's dates. */
function oneThing(a: Passage, x: TimeExpr, na: Word | null, b: Passage, y: TimeExpr, nb: Word | null): boolean {
  const sole = (p: Passage, t: TimeExpr) => !t.value.startsWith('rel:') && times(p).filter((u) => !u.value.startsWith('rel:')).length === 1;
  // A thing is a common noun ("a memo"): a capitalised one is a name, the subject before a verb ("The Board replied Monday").
  const names = (p: Passage, noun: Word | null) => !!noun && noun.text === noun.lower && p.words.some((w) => w.stem === noun.stem);
  return sole(a, x) && sole(b, y) && !topicBefore(a, x) && !topicBefore(b, y) && (names(a, nb) || names(b, na));
}

/** Both sentences open with the same named party as their subject ("OpenAI answered…", "Rival company OpenAI took…", "The company said…"). */
function sameSubject(a: Passage, b: Passage): boolean {
  const sa = subjectName(a);
  const sb = sa && subjectName(b);
  return !!sb && sameName(sa, sb);
}

/** Organisation head nouns a bare "the company" has. */
const COMPANY = /^(?:company|firm|startup|lab)$/;
/** A source a sentence opens with ("According to the paper, …"): the subject comes after it. */
const SOURCE_OPENER = /^according to [^,]{1,60},\s*/i;

/**
 * The party a sentence opens with as its subject: a name among its first words, or "the company" read as the organisation
 * the sentence before opens with, else the one its article is about.
 */
function subjectName(p: Passage): string | undefined {
  if (p.words.length <= 4) return undefined;
  const from = SOURCE_OPENER.exec(p.norm)?.[0].length ?? 0;
  const ws = p.words.filter((w) => w.start >= from);
  if (ws.length <= 4) return undefined;
  // A day or month is no party ("On Friday, OpenAI…"), and the fuzzy name test would take "Tuesday" for "Thursday".
  const named = namePhrases(p).find((n) => n.start >= from && n.start <= ws[3]!.start && !times(p).some((t) => t.start < n.end && n.start < t.end));
  if (named) return named.text;
  const the = ws.findIndex((w, i) => i < 4 && w.lower === 'the' && COMPANY.test(ws[i + 1]?.lower ?? ''));
  return the < 0 ? undefined : (organisationBefore(p) ?? p.mainOrganisation?.());
}
