/**
 * Order told by a relative time against an outlet's days: the page puts one thing after (or before) another ("A day
 * after Anthropic's post, OpenAI answered with a report"), while the outlet dates both, in the other order ("a report
 * published on Wednesday", and elsewhere in its article "a blog post on Thursday"). Reported as a change of sequence.
 */

import type { Finding } from './finding';
import { summarise } from './finding';
import type { Passage, Word } from './passage';
import type { TimeExpr } from '../text/temporal';
import { passageTimes, relational } from './passage-times';
import { datedHead } from './dated-things';
import { namePhrases, sameNames } from './names';

const WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** Words after "after" or "before" that may name what the time is relative to ("hours after the blog post appeared"). */
const REFERENCE_WORDS = 5;

/** The thing a relative time is relative to, as a head noun the outlet's article dates: named after it, or, for "the next day", in the sentence before. */
function reference(a: Passage, x: TimeExpr, dated: (head: string) => boolean): Word | undefined {
  const after = a.words.filter((w) => w.start >= x.end).slice(0, REFERENCE_WORDS);
  const named = after.find((w) => dated(w.stem));
  if (named || !IMPLICIT.test(x.text)) return named;
  return [...(a.previous?.()?.words ?? [])].reverse().find((w) => dated(w.stem));
}


/** The page's relative order of two things against the outlet's, told by days or by a relative time of its own, when both sentences name the same party. */
export function checkRelativeOrder(a: Passage, b: Passage): Finding | null {
  const own = passageTimes(a);
  const relative = own.filter(relational);
  if (relative.length === 0) return null;
  // The two sentences speak of one party's act ("OpenAI answered…" / "OpenAI took a different position…").
  const nb = namePhrases(b);
  if (!namePhrases(a).some((n) => nb.some((m) => sameNames(n, m)))) return null;
  return againstDays(a, b, own, relative) ?? againstRelation(a, b, relative);
}

/** "A day after Anthropic's post" / "a report published just before Anthropic's announcement": one party's thing on both sides, the order told opposite ways. */
function againstRelation(a: Passage, b: Passage, relative: TimeExpr[]): Finding | null {
  for (const y of passageTimes(b).filter(relational)) {
    const owner = ownerAfter(b, y);
    if (!owner) continue;
    for (const x of relative) {
      if (x.value === y.value || ownerAfter(a, x) !== owner) continue;
      // The thing placed is named on both sides ("report"), outside the phrases of what it is placed against.
      const placed = (p: Passage, t: TimeExpr) => {
        const after = IMPLICIT.test(t.text) ? t.end : t.end + REFERENCE_CHARS;
        return new Set(p.words.filter((w) => (w.end <= t.start || w.start > after) && w.lower.length > 3 && w.text === w.lower).map((w) => w.stem));
      };
      const pb = placed(b, y);
      if (![...placed(a, x)].some((s) => pb.has(s))) continue;
      const sa = [{ text: a.text.slice(x.start, x.end), start: x.start, end: x.end }];
      const sb = [{ text: b.text.slice(y.start, y.end), start: y.start, end: y.end }];
      return { kind: 'sequence', a: sa, b: sb, summary: summarise(sa, sb), confidence: 0.65 };
    }
  }
  return null;
}

/** Characters after a relative time that hold what it is relative to ("after Anthropic's blog post"). */
const REFERENCE_CHARS = 30;
/** A relative time whose event is the one the sentence before told ("The next day", "a day later"). */
const IMPLICIT = /^the\b|later$/i;
/** A party's possessive right after a time, and one anywhere in a sentence (a constant: the bundler writes a \p{…} literal as a new RegExp, made again on every call). */
const OWNER_NEXT = /^\s+(?:the\s+)?(\p{Lu}[\p{L}-]*)['’]s\s/u;
const OWNER_IN = /(?:^|\s)(\p{Lu}[\p{L}-]*)['’]s\s/u;

/**
 * The party whose thing a relative time is relative to, by its possessive ("after Anthropic's post"; for "a day later", in the
 * sentence before, or else the party the article is about: its story's event is the one a bare "a day later" follows), lower case.
 */
function ownerAfter(p: Passage, t: TimeExpr): string | undefined {
  if (!IMPLICIT.test(t.text)) return OWNER_NEXT.exec(p.norm.slice(t.end, t.end + REFERENCE_CHARS))?.[1]?.toLowerCase();
  const before = OWNER_IN.exec(p.previous?.()?.norm ?? '')?.[1];
  return (before ?? p.mainOrganisation?.())?.toLowerCase();
}

/** The page's relative time against the days the outlet's article gives both things. */
function againstDays(a: Passage, b: Passage, own: TimeExpr[], relative: TimeExpr[]): Finding | null {
  const dayOf = b.articleDay;
  if (!dayOf) return null;
  // A day of the page's own that differs from the outlet's ("on Friday, a day after the post" / "Wednesday") is read day against day (check-facts.ts).
  const pageDays = own.filter((x) => WEEK.includes(x.value));
  const days = passageTimes(b).filter((y) => WEEK.includes(y.value));
  if (days.length === 0) return null;
  for (const x of relative) {
    const ref = reference(a, x, (head) => !!dayOf(head));
    if (!ref) continue;
    const refDay = dayOf(ref.stem)!;
    for (const y of days) {
      if (pageDays.some((d) => d.value !== y.value)) continue;
      const head = datedHead(b, y);
      // What the outlet dates here is what the page places: named on both sides, and not the reference itself.
      if (!head || head === ref.stem || !a.words.some((w) => w.stem === head)) continue;
      const order = WEEK.indexOf(y.value) - WEEK.indexOf(refDay);
      if (x.value === 'rel:after' ? order >= 0 : order <= 0) continue;
      // The time and the thing it is relative to, when this sentence names it.
      const end = a.words.includes(ref) ? ref.end : x.end;
      const pa = [{ text: a.text.slice(x.start, end), start: x.start, end }];
      const pb = [{ text: b.text.slice(y.start, y.end), start: y.start, end: y.end }];
      return { kind: 'sequence', a: pa, b: pb, summary: `${summarise(pa, pb)} (its ${ref.lower}: ${refDay[0]!.toUpperCase()}${refDay.slice(1)})`, confidence: 0.7 };
    }
  }
  return null;
}
