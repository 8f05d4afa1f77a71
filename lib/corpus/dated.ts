/**
 * Dated mentions: corpus sentences that put a day on something ("in a blog post on Thursday", "a report
 * released Wednesday"), keyed by the words that name the thing. A page that names the same thing with a
 * different day, or with none, is then found without any sentence-level similarity.
 */

import { normalizeChars } from '../text/normalize';
import { timeExprs, type TimeExpr } from '../text/temporal';
import { tokenize, type Token } from '../text/tokens';
import { STOPWORDS } from '../text/stopwords';

/** Words before a time expression that name what it dates. */
const CONTEXT = 2;
/** A past participle between a thing and its date ("published", "released", "issued", "written"). */
export const PARTICIPLE = /^[a-z]{3,}ed$|^(written|made|held|set|sent|put|given|taken|shown|done|seen|known|went|came|gone|come|ran)$/i;

/** A publication the thing was done in, named right after its day ("on Thursday, in a blog post"). */
const IN_RIGHT_AFTER = /^\s*,?\s+in\s+(?:a|an|its|their|his|her)\s/i;

/** Words that place a time within its day or period ("early Thursday", "late last year"). */
export const TIME_MODIFIER = /^(early|late|earlier|later|mid)$/i;

/**
 * Where a bracketed aside that ends right before `at` opens ("a blog post (writing on a website) on Tuesday"), or `at`
 * itself: what a time dates is named before the aside, as plain-language and annotated texts gloss a word in brackets.
 */
export function asideStart(norm: string, at: number): number {
  const tail = norm.slice(Math.max(0, at - 80), at);
  const m = /\([^()]{1,70}\)\s*$/.exec(tail);
  return m ? at - (tail.length - m.index) : at;
}

/** Where the clause a time stands in starts: after the last stop or comma before it, or before a participle set off by commas. */
function clauseBefore(norm: string, tokens: Token[], at: number, until: number): number {
  const start = (to: number) => Math.max(...[',', ';', ':', '.', '!', '?', '"'].map((c) => norm.lastIndexOf(c, to - 1))) + 1;
  const clause = start(at);
  // "Anthropic's blog post, published Thursday, argued…": the participle dates the noun before its comma.
  const own = tokens.filter((k) => k.start >= clause && k.end <= until);
  const appositive = own.length > 0 && PARTICIPLE.test(own[0]!.raw) && own.slice(1).every((k) => /^on$/i.test(k.raw)) && norm[clause - 1] === ',';
  return appositive ? start(clause - 1) : clause;
}

/** Stems naming what each (non-year) time expression in a sentence dates; only mentions named by 2+ words (pass normalizeChars(sentence) and its timeExprs when at hand). */
export function datedMentions(sentence: string, tokens: Token[] = tokenize(sentence), norm = normalizeChars(sentence), times: TimeExpr[] = timeExprs(norm)): string[][] {
  const out: string[][] = [];
  for (const t of times) {
    if (/^\d{4}$/.test(t.value)) continue;
    const until = asideStart(norm, t.start);
    const clauseStart = clauseBefore(norm, tokens, t.start, until);
    const before = tokens.filter((k) => k.start >= clauseStart && k.end <= until);
    // "a report released Wednesday": the thing dated is the noun before the participle (which varies by
    // outlet), so the noun is made the last word, the one mentions are found again by.
    // "a blog post early Thursday": a word placing the day in time is no part of the thing dated.
    while (before.length > 0 && TIME_MODIFIER.test(before[before.length - 1]!.raw)) before.pop();
    const trail: Token[] = [];
    while (before.length > 1 && PARTICIPLE.test(before[before.length - 1]!.raw)) trail.unshift(before.pop()!);
    // "a blog post Anthropic published on Thursday": the party's name between the thing and the participle is no part of it.
    const party = before[before.length - 1];
    if (trail.length && before.length > 2 && party && /^\p{Lu}/u.test(party.raw) && /^\p{Ll}/u.test(before[before.length - 2]!.raw)) before.pop();
    let terms = [...trail, ...before].slice(-CONTEXT).map((k) => k.term);
    // "made the case on Thursday in a post on its company blog": the publication right after the day is what it dates,
    // found again by its own noun, the site it is on the word before it.
    const right = IN_RIGHT_AFTER.test(norm.slice(t.end)) ? publicationAfter(norm, t) : null;
    const noun = right ? tokens.find((k) => k.start >= right.start && k.end <= right.end && k.raw.toLowerCase() === right.head) : undefined;
    if (right && noun) terms = [...tokens.filter((k) => k.start >= right.start && k.end <= right.end && k !== noun).map((k) => k.term).slice(-1), noun.term];
    // "a post on its corporate blog published on a Tuesday": the post is the thing, not the site it is on.
    const onSite = right ? null : siteBefore(norm, clauseStart, until);
    if (onSite) {
      const [thing, site] = [tokens.find((k) => k.start === onSite.thing), tokens.find((k) => k.start === onSite.site)];
      if (thing && site) terms = [site.term, thing.term];
    }
    // "the blog post in which Anthropic laid out this proposal on Thursday": the publication the clause is about.
    const which = IN_WHICH_BEFORE.exec(norm.slice(Math.max(0, t.start - 120), t.start));
    if (which?.indices && PUBLICATION.test(which[2]!.toLowerCase())) {
      const from = Math.max(0, t.start - 120);
      const named = [which.indices[1], which.indices[2]].filter((x): x is [number, number] => !!x).map(([at]) => tokens.find((k) => k.start === from + at)).filter((k): k is Token => !!k);
      if (named.length) terms = named.length > 1 ? named.map((k) => k.term) : [...terms.slice(-1), named[0]!.term];
    }
    if (terms.length < 2) {
      // The words the thing is named by, as the sentence's own tokens (the terms the corpus index knows).
      const after = dayOf(norm, t) ?? thingAfter(norm, t);
      terms = after ? tokens.filter((k) => k.start >= after.start && k.end <= after.end).map((k) => k.term).slice(-CONTEXT) : [];
    }
    if (terms.length >= 2) out.push(terms);
  }
  return out;
}

/**
 * A past-tense verb putting out a thing a determiner introduces, within a sentence's next hundred characters, a bracketed
 * aside counting as one ("…, Anthropic, the company behind the Claude chatbot (which …), published a blog post urging…").
 */
const PUT_OUT = /^(?:[^.;:!?(]|\([^()]{0,120}\)){0,100}?(?<![\w-])([a-z]{2,}ed|wrote|written|made|sent|put|set|laid|gave|given)(?:\s+(?:up|out|forward))?\s+(?:a|an|the|its|their|his|her)\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?/di;

/**
 * A time that labels a timeline's line ("Thursday - Anthropic publishes a blog post …", "Thursday · …", "Thursday: Anthropic's
 * pause blog post goes up"): the first publication the line names, within its next sixty characters. Group 1 is empty (no verb).
 */
const LABELLED = /^(?:\s*\([^)]{1,12}\))?\s*(?::|\s[-–—·•|])\s[^.;:!?]{0,60}?()(?<![\w-])(?:([a-z][a-z-]*)\s+)?(post|report|statement|paper|letter|memo|essay|announcement|filing|release)\b/di;

/** What a time dates, named after it: its words (lower case: the verb first, then the thing's nouns, then the site it is on if named), its head noun, and their stretch of the text. */
export interface ThingAfter {
  words: string[];
  /** The thing's own noun, before the site it is on ("post" of "a post on its company blog"). */
  head: string;
  start: number;
  end: number;
}

/**
 * What a time dates when nothing before it in its clause names a thing ("On Thursday, Anthropic … published a
 * blog post", "Anthropic on Thursday used a blog post"): the object of the first past-tense verb after it.
 */
export function thingAfter(norm: string, t: { end: number }): ThingAfter | null {
  // A publication the sentence says it was done in ("On Thursday, in a post on its blog, …", "… set out its position
  // in a blog post") is what the day dates, before whatever else a verb puts out.
  const rest = norm.slice(t.end);
  const labelled = LABELLED.exec(rest);
  if (labelled) return stretchOf(norm, t, labelled, false);
  // Named with the site it is on ("in a post on its company blog"), so a "blog post" is found by it.
  const published = publishedIn(rest);
  if (published) return stretchOf(norm, t, published, true);
  // A publication the sentence opens on after the day ("Last Thursday a blog post from Anthropic made…").
  const subject = SUBJECT_AFTER.exec(rest);
  if (subject) return stretchOf(norm, t, subject, true);
  const put = PUT_OUT.exec(rest) ?? TOOK_TO.exec(rest) ?? ON_SITE_AFTER.exec(rest);
  return put ? stretchOf(norm, t, put, false) : null;
}

/** A publication named right after a time, as the subject of what follows ("Last Thursday a blog post from…"). Group 1 is empty (no verb). */
const SUBJECT_AFTER = /^,?\s+()(?:a|an|the|its|their|his|her)\s+(?:([a-z][a-z-]*)\s+)?(post|report|statement|paper|letter|memo|essay|announcement|filing|release)\b/di;

/** "spelled this out on Thursday on its company blog": the site right after the day is where the party published. */
const ON_SITE_AFTER = /^()\s+on\s+(?:its|their|his|her|the)\s+(?:own\s+)?(?:[a-z-]+\s+)?(blog|website)\b/di;

/** A party that "took to its blog" or "turned to its website" published there: the blog is what the day dates. */
const TOOK_TO = /^[^.;:!?]{0,100}?(?<![\w-])(took|turned|went)\s+to\s+(?:its|their|his|her|the)\s+(?:own\s+)?(blog|website)\b/di;

/**
 * The thing a match names after time t: its lead word (group 1) and its nouns (groups 2 and 3) past function words.
 * The stretch ends at the last of the two words that is not a function word ("the other report"); with `where`, a
 * blog or website the thing is on ("a post on its company blog") is named with it, so the other side's "blog post" is found.
 */
function stretchOf(norm: string, t: { end: number }, m: RegExpExecArray, where: boolean): ThingAfter | null {
  if (!m.indices) return null;
  const nouns = [m[2]!, m[3]].filter((w): w is string => !!w && !STOPWORDS.has(w.toLowerCase()));
  if (nouns.length === 0) return null;
  const last = m[3] && nouns[nouns.length - 1] === m[3] ? m.indices[3]! : m.indices[2]!;
  const on = where ? ON_SITE.exec(norm.slice(t.end + last[1])) : null;
  const words = [m[1]!, ...nouns, ...(on ? [on[1]!] : [])].filter((w) => w !== '').map((w) => w.toLowerCase());
  return { words, head: nouns[nouns.length - 1]!.toLowerCase(), start: t.end + m.indices[1]![0], end: t.end + last[1] + (on ? on[0].length : 0) };
}

/**
 * A publication with a clause of what was done in it ending at a time ("the blog post in which Anthropic laid out this
 * proposal on", "the blog post in which the position was presented, published on"): groups 1 and 2 its nouns.
 */
export const IN_WHICH_BEFORE = /\b(?:a|an|the|its|their|his|her)\s+(?:([a-z-]+)\s+)?([a-z]+),?\s+in\s+which\s+[^,;:."]{1,60}?(?:,\s+[a-z]+ed)?\s+(?:on\s+|last\s+|this\s+)?$/di;

/** A publication's noun and the site it is on, ending the words before a time (a participle may follow): "a post on its corporate blog (published)", "a post on Anthropic's blog". */
const SITE_BEFORE = /\b([a-z]+)\s+on\s+(?:(?:its|their|the|his|her)\s+(?:[\p{L}-]+['’]s\s+)?|[\p{L}-]+['’]s\s+)(?:[a-z-]+\s+)?(blog|website|site)(?:,?\s+[a-z]{3,}ed)?\s*$/diu;

/** Where the publication's noun and its site start, when the words norm[from..to) end on one ("a post on its blog published"). */
export function siteBefore(norm: string, from: number, to: number): { thing: number; site: number } | null {
  const m = SITE_BEFORE.exec(norm.slice(from, to));
  if (!m?.indices || !PUBLICATION.test(m[1]!.toLowerCase())) return null;
  return { thing: from + m.indices[1]![0], site: from + m.indices[2]![0] };
}

/** "on its (company) blog", "on the website", right after a publication's noun. */
const ON_SITE = /^\s+on\s+(?:its|their|the|his|her)\s+(?:[a-z-]+\s+)?(blog|website|site)\b/i;

/** The publication a sentence says was put out at a time, right after it ("made the case on Thursday in a blog post"), or null. */
export function publicationAfter(norm: string, t: { end: number }): ThingAfter | null {
  const m = publishedIn(norm.slice(t.end));
  return m ? stretchOf(norm, t, m, true) : null;
}

/** "in a/an/its <noun> (<noun>)" within the sentence's next hundred characters: group 1 "in", then the nouns. */
const IN_THING = /^[^.;:!?]{0,100}?(?<![\w-])(in)\s+(?:a|an|its|their|his|her)\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?/di;
/** Nouns for what a party publishes. */
const PUBLICATION = /^(?:post|blog|report|statement|paper|letter|memo|essay|announcement|filing|interview|op-ed|release)$/;

/** The publication a stretch says something was done in, when its last noun names one ("in a blog post"), or null. */
function publishedIn(rest: string): RegExpExecArray | null {
  const m = IN_THING.exec(rest);
  if (!m) return null;
  const nouns = [m[2]!, m[3]].filter((w): w is string => !!w && !STOPWORDS.has(w.toLowerCase()));
  return nouns.length && PUBLICATION.test(nouns[nouns.length - 1]!.toLowerCase()) ? m : null;
}

/** A determiner or a possessive right before a day used as a modifier ("a Thursday blog post", "OpenAI's Wednesday report"). */
const DETERMINES = /(?:^|\s)(?:a|an|the|its|their|his|her|[\p{L}-]+['’]s)\s+$/iu;
/** A day opening a clause after a label, as slides and notes write a noun phrase without its article ("Anthropic: Thursday blog post urging…"). */
const LINE_OPENS = /(?:[:•–—]|\s-)\s*$/;
/** A possessive mark right after a day ("Thursday's"). */
const DAY_OWNS = /^['’]s(?=\s)/;
/** The nouns after such a day, up to two, lower case ("blog post"). */
const NOUNS_AFTER = /^\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?/d;

/** The thing a day modifies, named right after it ("in a Thursday blog post"): its nouns (head last) and their stretch. */
export function dayOf(norm: string, t: { start: number; end: number }): ThingAfter | null {
  const lead = norm.slice(Math.max(0, t.start - 30), t.start);
  // A day's own possessive makes it the thing's determiner ("Thursday's blog post").
  const owner = DAY_OWNS.exec(norm.slice(t.end))?.[0].length ?? 0;
  if (!owner && !DETERMINES.test(lead) && !LINE_OPENS.test(lead)) return null;
  const end = t.end + owner;
  const m = NOUNS_AFTER.exec(norm.slice(end));
  if (!m?.indices || STOPWORDS.has(m[1]!)) return null;
  // A second word that is a verb ("the Friday report urged…") is no part of the thing's name.
  const two = !!m[2] && !STOPWORDS.has(m[2]) && !PARTICIPLE.test(m[2]);
  const last = two ? m.indices[2]! : m.indices[1]!;
  return { words: two ? [m[1]!, m[2]!] : [m[1]!], head: two ? m[2]! : m[1]!, start: end + m.indices[1]![0], end: end + last[1] };
}
