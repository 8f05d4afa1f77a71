/**
 * What a time expression dates: the noun a determiner introduces right before it ("a report on Tuesday", "a blog post
 * published Thursday"), or the thing its sentence names around it, unless the thing is only an act's topic; and
 * whether two dated sentences tell of one thing at all (two publications, or sentences only loosely alike).
 */

import { memoAt, slot, type Passage, type Word } from './passage';
import type { Piece } from '../text/segment';
import type { TimeExpr } from '../text/temporal';
import { sharedCount, stemsBefore } from './context';
import { content } from './modality';
import { IN_WHICH_BEFORE, PARTICIPLE, TIME_MODIFIER, asideStart, dayOf, publicationAfter, siteBefore, thingAfter } from '../corpus/dated';
import { stem } from '../text/tokens';
import { STOPWORDS } from '../text/stopwords';
import { startsUpper } from '../text/capitals';

// Memo slots of this file's extractors.
const DATED_NOUN_SLOT = slot();
const DATED_THING_SLOT = slot();

export const DETERMINER = /^(a|an|the|its|their|his|her)$/;
/** Stems of nouns for what a party publishes: a day before one dates it, whatever publication follows. */
export const PUBLICATION_STEM = /^(?:post|blog|report|statement|paper|letter|memo|essai|announc|file|filing|interview|op-ed|releas)$/;
/** A dateline's verb opening its line or a segment of it ("Posted 15 May 2026", "· Updated on Friday"). */
const DATELINE = /(?:^|[·|•—–]\s*)(?:posted|updated|published|filed|last\s+updated)(?:\s+on)?\s+$/i;
/** A site a party publishes on ("its blog", "the company website"). */
const SITE = /^(?:blog|website)$/;
/** A noun with a relative clause ending at a time ("a blog post that went up", "Anthropic's post, which was released"): groups 1 and 2 the nouns. */
const RELATIVE_BEFORE = /(?:\b(?:a|an|the|its|their|his|her)|[A-Z][A-Za-z-]*['’]s)\s+(?:([a-z-]+)\s+)?([a-z]+),?\s+(?:that|which)\s+(?:(?:was|were|is|had\s+been|has\s+been)\s+)?[a-z]+(?:\s+(?:up|out|online|live))?\s+(?:on\s+|last\s+|this\s+)?$/i;
/**
 * A noun with a relative clause whose own subject put it out, ending at a time ("a blog post that Anthropic, the company
 * behind Claude, put out last Thursday", "the report which the company released on"): groups 1 and 2 the nouns.
 */
const PUT_OUT_BEFORE = /(?:\b(?:a|an|the|its|their|his|her)|[A-Z][A-Za-z-]*['’]s)\s+(?:([a-z-]+)\s+)?([a-z]+),?\s+(?:that|which)\s+(?:the\s+)?[A-Za-z-]+(?:\s+[A-Z][A-Za-z-]*){0,2}(?:\s*,[^,;:]{1,60},)?\s+(?:(?:had|has)\s+)?(?:put\s+out|put\s+up|published|released|posted|issued|unveiled)\s+(?:on\s+|last\s+|this\s+)?$/;
/** A noun (and who put it out) set off by a comma before "out" ending at a time ("A report from the company, out on"): groups 1 and 2 the nouns. */
const OUT_BEFORE = /\b(?:a|an|the|its|their|his|her)\s+(?:([a-z-]+)\s+)?([a-z]+)(?:\s+(?:from|by|of)\s+[^,;:.]{1,40})?,\s+out\s+(?:on\s+|last\s+|this\s+)?$/i;
/** A pronoun opening a clause that says who put a thing out ("a report it put out", "the post they published"). */
const RELATIVE_SUBJECT = /^(?:it|they|he|she|we)$/;
/** A determiner, or a possessive doing a determiner's work ("OpenAI's report"). */
const determines = (w: Word) => DETERMINER.test(w.lower) || /['\u2019]s$/.test(w.text);

/** The noun a time expression at `at` dates, when a determiner introduces it as a thing; per passage and position. */
export function datedNoun(a: Passage, at: number): Word | null {
  return memoAt(a, DATED_NOUN_SLOT, at, () => {
    // "In a Tuesday post authored by …", "its Thursday blog post": the publication the day stands before.
    const after = publicationAfterDay(a, a.words.findIndex((w) => w.start === at));
    if (after) return after;
    // "a post on its corporate blog published on a Tuesday": the post, not the site it is on.
    const onSite = siteBefore(a.norm, Math.max(0, at - 80), at);
    const thing = onSite && a.words.find((w) => w.start === onSite.thing);
    if (thing) return thing;
    const prior = a.words.filter((w) => w.end <= at);
    while (prior.length > 0 && TIME_MODIFIER.test(prior[prior.length - 1]!.lower)) prior.pop();
    // "a report it put out on Monday": the thing is the noun before the clause its party put it out in.
    // "a report it had put out": an auxiliary may stand between the party and the verb.
    const verbAt = prior.length - (/^(?:out|up)$/.test(prior[prior.length - 1]?.lower ?? '') ? 2 : 1);
    const k = verbAt - (/^(?:had|has|have)$/.test(prior[verbAt - 1]?.lower ?? '') ? 2 : 1);
    // "a blog post Anthropic published on Thursday": a name as that party, right after the thing's noun.
    const named = (w: Word | undefined, before: Word | undefined) => !!w && !!before && w.text[0] !== w.lower[0] && before.text[0] === before.lower[0] && !STOPWORDS.has(before.lower);
    if (k > 0 && (RELATIVE_SUBJECT.test(prior[k]!.lower) || named(prior[k], prior[k - 1])) && PARTICIPLE.test(prior[verbAt]?.lower ?? '')) prior.length = k;
    // "a blog post published Thursday": the thing dated is the noun before the participle.
    else if (prior.length > 1 && PARTICIPLE.test(prior[prior.length - 1]!.lower)) prior.pop();
    const headNoun = prior[prior.length - 1];
    // A noun phrase ("a blog post"), not a verb ("the order issued"): a determiner within the two words before.
    const isNounPhrase = prior.slice(-3, -1).some(determines);
    return headNoun && isNounPhrase ? headNoun : null;
  });
}

/** A thing named as the topic of an act, right before a time ("about Anthropic's proposal on Friday", "declined to comment on the proposal on Friday"). */
const TOPIC = /\b(?:about|regarding|concerning|comment(?:ed|ing|s)?\s+on)\s+(?:(?:a|an|the|its|their|his|her)\s+|[\p{Lu}][\p{L}-]*['’]s\s+)?(?:[\p{L}-]+\s+)?[\p{L}-]+\s+$/iu;

/** "asked about the proposal on Friday": the day is the asking's, the proposal only its topic. */
export const topicBefore = (p: Passage, x: TimeExpr) => TOPIC.test(p.norm.slice(Math.max(0, x.start - 60), x.start));

/** The publication's noun after a one-word day set between a determiner or possessive and it ("a Tuesday blog post"), or null. */
function publicationAfterDay(a: Passage, i: number): Word | null {
  const [before, day, first, second] = [a.words[i - 1], a.words[i], a.words[i + 1], a.words[i + 2]];
  if (!before || !day || !first || !determines(before) || !/^\s+$/.test(a.norm.slice(day.end, first.start))) return null;
  // The head is the second word where the first modifies it ("blog post"), else the first ("post authored by").
  const head = second && /^\s+$/.test(a.norm.slice(first.end, second.start)) && PUBLICATION_STEM.test(second.stem) ? second : first;
  return PUBLICATION_STEM.test(head.stem) && head.text === head.lower ? head : null;
}

/** Stems naming what a time dates, and its head noun's stem, per passage and time (null: it dates nothing named). */
export function datedThing(a: Passage, x: TimeExpr): { stems: Set<string>; head: string | undefined } | null {
  return memoAt(a, DATED_THING_SLOT, x.start, () => {
    if (topicBefore(a, x)) return null;
    // "Maintainer Notes · Posted 15 May 2026 by …": the page's own dateline dates the page, not a thing it names.
    if (DATELINE.test(a.norm.slice(Math.max(0, x.start - 40), x.start))) return null;
    // "a blog post that went up on Thursday": the noun a relative clause ending at the time is about.
    // Or one that "out" set off by a comma dates, as a participle would ("A report from the company, out on Wednesday, …").
    const lead = a.norm.slice(Math.max(0, x.start - 80), x.start);
    const relative = RELATIVE_BEFORE.exec(lead) ?? PUT_OUT_BEFORE.exec(lead) ?? OUT_BEFORE.exec(lead) ?? IN_WHICH_BEFORE.exec(lead);
    if (relative && PUBLICATION_STEM.test(stem(relative[2]!.toLowerCase()))) return { stems: new Set([relative[1], relative[2]!].filter((w): w is string => !!w && !STOPWORDS.has(w.toLowerCase())).map((w) => stem(w.toLowerCase()))), head: stem(relative[2]!.toLowerCase()) };
    // Named before a bracketed aside, if one stands right before the time.
    const at = asideStart(a.norm, x.start);
    const before = stemsBefore(a, at, 3);
    if (before.size >= 2) {
      const head = datedNoun(a, at)?.stem;
      // "It made the case on Thursday in a post on its blog": the day dates the publication the act was done in.
      const publication = PUBLICATION_STEM.test(head ?? '') ? null : publicationAfter(a.norm, x);
      if (publication) return { stems: new Set((publication.words.length > 2 ? publication.words.slice(1) : publication.words).map(stem)), head: stem(publication.head) };
      // The head is among the words before unless a site stood between ("a post on its blog published …").
      return { stems: head && !before.has(head) ? new Set([...before, head]) : before, head };
    }
    // A participle set off by commas after its noun ("In the blog post, published on Thursday, …"): the noun's words
    // (without the comma, the words before the time already hold both).
    const noun = before.size > 0 ? datedNoun(a, at) : null;
    const k = noun ? a.words.indexOf(noun) : -1;
    // Past the site the thing is on, when one is named ("a post on Anthropic's own blog, published on Thursday").
    const site = noun ? siteBefore(a.norm, Math.max(0, at - 80), at) : null;
    const participle = a.words[site && site.thing === noun!.start ? a.words.findIndex((w) => w.start === site.site) + 1 : k + 1];
    if (noun && participle && PARTICIPLE.test(participle.lower) && participle.end <= x.start) {
      const stems = new Set([...before, ...a.words.slice(Math.max(0, k - 2), k + 1).filter((w) => !DETERMINER.test(w.lower) && w.lower.length > 2).map((w) => w.stem)]);
      // The site is of its name, as "blog" is of "blog post".
      if (site) stems.add(stem(a.norm.slice(site.site).split(/\W/, 1)[0]!.toLowerCase()));
      if (stems.size >= 2) return { stems, head: noun.stem };
    }
    // "laid it out on its blog on Thursday": the site alone names where the party published, as a post on it would.
    if (noun && SITE.test(noun.lower) && before.size === 1) return { stems: new Set([noun.stem]), head: noun.stem };
    // A day set off after its thing at a clause's end, as notes write it ("a post on Anthropic's blog, Thu 14 May.").
    const comma = before.size === 0 ? appositiveDate(a.norm, x) : -1;
    if (comma >= 0) {
      const named = stemsBefore(a, comma, 3);
      const head = datedNoun(a, comma)?.stem;
      if (named.size >= 2 && head) return { stems: named.has(head) ? named : new Set([...named, head]), head };
    }
    // A day that modifies the thing after it ("in a Thursday blog post").
    const modified = dayOf(a.norm, x)?.words;
    if (modified) return { stems: new Set(modified.map(stem)), head: stem(modified[modified.length - 1]!) };
    // Nothing named before the time: it dates what the sentence goes on to put out ("On Thursday, Anthropic … published a blog post").
    const thing = thingAfter(a.norm, x);
    if (!thing) return null;
    const after = thing.words;
    const head = stem(thing.head);
    // "On Thursday, in a post on its company blog, …": the publication's nouns with the site it is on, so the other
    // side's "blog post" is found; "in" is no word of its name.
    if (after[0] === 'in') return { stems: new Set((publicationAfter(a.norm, x)?.words ?? after).slice(1).map(stem)), head };
    // Its noun words when it has two ("blog post"), so the other side's mention is shown by them.
    return { stems: new Set((after.length > 2 ? after.slice(1) : after).map(stem)), head };
  });
}

/** Where the comma before a time stands when the time, with at most three words more, ends its clause ("…, Thu 14 May."), or -1. */
function appositiveDate(norm: string, x: TimeExpr): number {
  const comma = /,\s*$/.exec(norm.slice(Math.max(0, x.start - 4), x.start));
  if (!comma || !/^(?:\s*[\p{L}\d]+){0,3}\s*[.;]?\s*$/u.test(norm.slice(x.end))) return -1;
  return x.start - (Math.min(4, x.start) - comma.index);
}

/** The stem of the noun a time dates ("report" in "a report released Wednesday"), or undefined. */
export const datedHead = (p: Passage, x: TimeExpr): string | undefined => datedThing(p, x)?.head;

/**
 * Whether every word of stem `head` in b's stretch is an agent noun or a gerund the stemmer folds into it ("reporters",
 * "reporting" for "report"), or, with `one` (the dated side names one thing), a plural ("news reports").
 */
export function derivedOnly(b: Passage, at: Piece, head: string, one = false): boolean {
  const ws = b.words.filter((w) => w.start >= at.start && w.end <= at.end && w.stem === head);
  return ws.length > 0 && ws.every((w) => (/ers?$/.test(w.lower) && !head.endsWith('er')) || (/ing$/.test(w.lower) && !head.endsWith('ing')) || (one && PLURAL.test(w.lower)));
}

/** A plural noun's ending ("reports", not "press"). */
export const PLURAL = /[^s]s$/;

/** Whether x and y date publications of different names ("report" / "post"), x's named before it. */
export function twoPublications(a: Passage, x: TimeExpr, b: Passage, y: TimeExpr): boolean {
  const hx = datedNoun(a, x.start) ? datedThing(a, x)?.head : undefined;
  const hy = hx && PUBLICATION_STEM.test(hx) ? datedThing(b, y)?.head : undefined;
  return !!hy && hy !== hx && PUBLICATION_STEM.test(hy);
}

/** Whether two passages share `need` content stems outside their times, one of them a name's (capitalised past its first word). */
export function alike(a: Passage, ta: TimeExpr[], b: Passage, tb: TimeExpr[], need: number): boolean {
  const stems = (p: Passage, ts: TimeExpr[], names: boolean) => {
    const out = names ? new Set<string>() : content(p.words, 0, p.words.length - 1);
    p.words.forEach((w, i) => {
      if (ts.some((t) => w.start >= t.start && w.end <= t.end)) out.delete(w.stem);
      else if (names && i > 0 && startsUpper(w.text)) out.add(w.stem);
    });
    return out;
  };
  const nb = stems(b, tb, true);
  return [...stems(a, ta, true)].some((n) => nb.has(n)) && sharedCount(stems(a, ta, false), stems(b, tb, false)) >= need;
}
