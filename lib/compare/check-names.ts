/**
 * Name and title checks. A name only one side has is usually just extra detail; it is a divergence when the
 * other side puts a different name in the same slot (same head word, or the same word before it: "University of
 * Toronto" / "University of Waterloo", "researcher X" / "researcher Y"), or when the same person carries a
 * different title. The same words in another speaker's mouth are check-speakers.ts's.
 */

import type { Finding } from './finding';
import { summarise } from './finding';
import { memo, type Passage, slot } from './passage';
import { contextStems, sharedCount } from './context';
import { timeExprs } from '../text/temporal';
import { checkSharedTitle } from './check-shared-title';
import { sameNounAfter, sameSlot } from './name-slots';
import { hasName, isPerson, namePhrases, sameNames, wholeWordsAt, type Name } from './names';
import { compatibleTitles, titlesOf } from './titles';
import { COUNTRY_OF, DEMONYMS } from './places';

// Memo slots of this file's extractors.
const BARE_SLOT = slot();
const NAMED_SLOT = slot();
/** A passage's text in lower case without full stops, for telling whether it has a name ("U.S." is "US"). */
const bare = (p: Passage) => p.norm.toLowerCase().replace(/\./g, '');

/** Whether a passage's words name what a name names, as written or in a place's other form; once per passage and name. */
function names(p: Passage, n: Name): boolean {
  const seen = memo(p, NAMED_SLOT, () => new Map<string, boolean>());
  let v = seen.get(n.lower);
  if (v === undefined) {
    const text = memo(p, BARE_SLOT, bare);
    seen.set(n.lower, (v = hasWords(text, n.lower) || placeIn(n, text)));
  }
  return v;
}

const GENERIC = new Set(['of', 'for', 'the', 'ai', 'us', 'u.s']);

/**
 * Capitalised words that name no one: a bare "AI" names a technology ("two AI companies" / "two American
 * companies"), and a day or month is a date, which the date check compares ("published Monday" / "Wednesday").
 */
function notName(n: Name): boolean {
  return n.lower === 'ai' || (n.time ??= timeExprs(n.text).length > 0);
}

/** A bulleted line's opening. */
const BULLET = /^\s*[-*\u2022\u00b7\u25aa\u25ba]\s+$/;

/**
 * The label a bulleted line opens with ("- Collaborative Research: Anthropic said…", "- Verification Systems: labs would…"):
 * a heading of what the line says, in title case, that names no one, though two capitalised words read as a person's name.
 */
function labelsLine(p: Passage, n: Name): boolean {
  if (BULLET.test(p.norm.slice(0, n.start)) && /^\s*:/.test(p.norm.slice(n.end))) return true;
  // A heading in capitals run into its paragraph, after its number and marking ("12. (R) TORONTO RESEARCH. Separately, …").
  return RUN_IN.test(p.norm.slice(0, n.start)) && n.text === n.text.toUpperCase() && /[A-Z]{2}/.test(n.text) && /^\s*[.:]/.test(p.norm.slice(n.end));
}

/** What may stand before a run-in heading: nothing, a paragraph number, a classification mark in brackets. */
const RUN_IN = /^\s*(?:\d{1,3}[.)]\s*)?(?:\([A-Z]{1,3}\)\s*)?$/;

/** Whether a text (lower case, full stops dropped) names the place a name names, in the other form ("American" / "the US"). */
function placeIn(n: Name, text: string): boolean {
  const lower = n.lower.replace(/\./g, '');
  const adjective = COUNTRY_OF.get(lower);
  if (adjective) return hasWords(text, adjective);
  return (DEMONYMS.get(lower) ?? []).some((place) => hasWords(text, place));
}

/**
 * A name that may stand for one thing of a kind before its noun ("Orpheus model"): not a sentence's capitalised first word
 * its article writes as no name ("Given current…"), nor a place ("the United States administration" is the Trump one).
 */
function ofKind(p: Passage, n: Name): boolean {
  const lower = n.lower.replace(/\./g, '');
  if (COUNTRY_OF.has(lower) || DEMONYMS.has(lower)) return false;
  return n.text.includes(' ') || n.start > 0 || p.nameUse?.(n.lower) === 'proper';
}

/** Head words of a named body that runs a campaign, a study or a fund ("Future of Life Institute", "Center for AI Safety"). */
const BODY = /^(?:institute|center|centre|foundation|universit(?:y|é|à|ät|ad)|college|council|association|society|agency|commission|coalition|alliance|initiative|fund|forum|academy)$/;

/**
 * A name of two words or more with a body's head word at either end ("Future of Life Institute", "Center for AI Safety"):
 * two such bodies on two versions of one point are one's and the other's version of who did it.
 */
const isBody = (n: Name): boolean => {
  const ws = wordsOf(n);
  return ws.length > 1 && (BODY.test(ws[0]!) || BODY.test(ws.at(-1)!));
};

/** Whether a passage names a person none of whose words the corpus has, or cannot tell. */
function namesStranger(p: Passage, ns: Name[]): boolean {
  const known = p.related?.known;
  if (!known) return true;
  return ns.some((n) => isPerson(n) && p.words.some((w) => w.start >= n.start && w.end <= n.end && !known(w.stem)));
}

/** Whether two lower-case names share a word other than a generic one. */
function sharesHead(x: Name, y: Name): boolean {
  const wy = headWords(y);
  return headWords(x).some((w) => !GENERIC.has(w) && wy.includes(w));
}

function wordsOf(n: Name): string[] {
  return (n.words ??= n.lower.split(/\s+/));
}

/** A name's words with a short "U" or "Univ." before "of" read as "university" ("U of Guelph"). */
const headWords = (n: Name): string[] => wordsOf(n).map((w, i, ws) => (/^(?:u|univ\.?)$/.test(w) && ws[i + 1] === 'of' ? 'university' : w));

/** Whether x shortens y word for word ("U of T" / "University of Toronto", "Univ. of Toronto"). */
function shortens(x: Name, y: Name): boolean {
  const [wx, wy] = [wordsOf(x), wordsOf(y)];
  return x.lower !== y.lower && wx.length === wy.length && wx.every((w, i) => wy[i]!.startsWith(w.replace(/\.$/, '')));
}

/** Whether `text` (lower case, full stops dropped) has `name` as whole words: "US" is not in "using", and "U.S." is "US". */
function hasWords(text: string, name: string): boolean {
  return wholeWordsAt(text, name.replace(/\./g, '')) >= 0;
}

/**
 * Whether a sentence opens by saying what the name is ("Calloway University is a private research university founded in
 * 1868"), as a release's "About us" does: it is about that body itself, and stands in no slot of the story.
 */
function defined(p: Passage, n: Name): boolean {
  return /^[\s"']*$/.test(p.norm.slice(0, n.start)) && /^\s+(?:is|was)\s+(?:a|an)\s/.test(p.norm.slice(n.end));
}

/** A different name in the same slot, or the same person with a different title; minContext: shared context words required. */
export function checkNames(a: Passage, b: Passage, minContext: number, persons = false): Finding | null {
  // The other side first: corpus passages keep their names across pages, so a page passage is read only when needed.
  const nb = namePhrases(b);
  if (persons ? !nb.some(isPerson) : nb.length === 0) return null;
  const na = namePhrases(a);
  if (persons ? !na.some(isPerson) : na.length === 0) return null;
  // A name one side shortens ("U of T") is the other's ("University of Toronto").
  const short = (n: Name, others: Name[]) => others.some((m) => shortens(n, m) || shortens(m, n));
  const onlyA = na.filter((n) => !names(b, n) && !hasName(n, nb) && !short(n, nb));
  // Names only b has matter only beside names only a has.
  const onlyB = onlyA.length ? nb.filter((n) => !names(a, n) && !hasName(n, na) && !short(n, na)) : [];
  // The names that can stand in a slot (no day or bare "AI", no bulleted line's label; people only, when only people are
  // compared), each told once rather than once per name of the other side; a's only when b has one.
  const slotted = (p: Passage, n: Name) => !notName(n) && !labelsLine(p, n) && (!persons || isPerson(n));
  const ys = onlyB.filter((y) => slotted(b, y));
  const xs = ys.length ? onlyA.filter((x) => slotted(a, x) && !defined(a, x)) : [];
  // A person is put in a person's place before anything else is ("OpenAI CEO Sam Altman" / "Elon Musk": Altman, not OpenAI).
  for (const alike of [true, false]) for (const x of xs) {
    for (const y of ys) {
      if ((isPerson(x) === isPerson(y)) !== alike) continue;
      const head = sharesHead(x, y);
      if (!head && !sameSlot(a, x, b, y) && !(isBody(x) && isBody(y))) continue;
      // Two names of one kind ("University of Toronto" / "University of British Columbia", "its Orpheus model" / "its
      // Mythos model") need a word less around them.
      const kind = head || (ofKind(a, x) && ofKind(b, y) && sameNounAfter(a, x, b, y));
      // Two people with one given name and another surname ("Nicolas Papineau" / "Nicolas Papernot") need two words less.
      const given = head && isPerson(x) && isPerson(y) && wordsOf(x)[0] === wordsOf(y)[0] && wordsOf(x).at(-1) !== wordsOf(y).at(-1);
      const need = minContext - (given ? 2 : kind ? 1 : 0);
      // Two bodies of one kind ("University of Waterloo" / "University of Toronto") are tied by the whole sentence around
      // them, unless the page's sentence names someone the story never does (a commentator's own university is no version of the study's).
      const radius = head && isBody(x) && isBody(y) && !namesStranger(a, na) ? 12 : 4;
      if (sharedCount(contextStems(a, x, radius), contextStems(b, y, radius), a.related) >= need) {
        return { kind: 'name', a: [x], b: [y], summary: summarise([x], [y]), confidence: 0.8 };
      }
    }
  }
  // Only people's names compared: a title changed is checkTitles' to find, as the caller asks it first.
  return checkSpelling(na, nb) ?? (persons ? null : checkTitles(a, b));
}

/** A person's name in full on both sides, the same but for a letter in one word ("Nicholas Papernot" / "Nicolas Papernot"). */
export function checkSpelling(na: Name[], nb: Name[]): Finding | null {
  for (const x of na) {
    if (!isPerson(x)) continue;
    const wx = wordsOf(x);
    for (const y of nb) {
      const wy = wordsOf(y);
      if (y.lower === x.lower || wy.length !== wx.length || !isPerson(y)) continue;
      if (wx.every((w, i) => w === wy[i] || oneLetterApart(w, wy[i]!)) && wx.some((w, i) => w !== wy[i])) return { kind: 'name', a: [x], b: [y], summary: summarise([x], [y]), confidence: 0.7 };
    }
  }
  return null;
}

/**
 * Two words of four letters or more one edit apart (a letter added, dropped, changed or two swapped): a spelling
 * of the same name, not another name ("Dario" / "Daniela").
 */
function oneLetterApart(x: string, y: string): boolean {
  if (Math.min(x.length, y.length) < 4 || Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  const rest = (dx: number, dy: number) => x.slice(i + dx) === y.slice(i + dy);
  if (x.length === y.length) return rest(1, 1) || (x[i] === y[i + 1] && x[i + 1] === y[i] && rest(2, 2));
  return x.length > y.length ? rest(1, 0) : rest(0, 1);
}

/** The same person, named in full on both sides, with a title on each that cannot name the same role. */
export function checkTitles(a: Passage, b: Passage): Finding | null {
  const nb = namePhrases(b);
  if (nb.length === 0) return null;
  for (const x of namePhrases(a)) {
    // Only a full name ("Jack Clark") identifies a person well enough to compare titles; an institution has
    // no title, and the people before it ("scientists at the University of Toronto") are not one. A surname
    // alone ("Clark and Favaro, head of …") is the person the other side names in full with it.
    const full = isPerson(x);
    const y = full ? nb.find((n) => sameNames(x, n)) : surnamed(x, nb);
    if (!y) continue;
    // Before a surname alone a title is how the story addresses someone again ("Professor Papernot"); set off after it, a statement.
    const ta = full ? titlesOf(a, x) : titlesOf(a, x).filter((t) => t.start >= x.end);
    const tb = titlesOf(b, y);
    if (!ta.length || !tb.length) continue;
    if (ta.some((t) => tb.some((u) => compatibleTitles(t.text, u.text)))) continue;
    return { kind: 'name', a: ta, b: tb, summary: summarise(ta, tb), confidence: 0.75, title: true, person: wordsOf(x).at(-1) };
  }
  return checkSharedTitle(a, b);
}

/** The person in `names` whose full name ends in the single word `x` ("Favaro" / "Marina Favaro"), if `x` is one capitalised word. */
function surnamed(x: Name, names: Name[]): Name | undefined {
  if (x.text.includes(' ') || x.lower.length < 3 || !/^\p{Lu}\p{Ll}/u.test(x.text)) return undefined;
  return names.find((n) => isPerson(n) && wordsOf(n).at(-1) === x.lower);
}

/**
 * Whether a title difference stands: a person may hold two roles ("co-founder" and "head of policy"), so it
 * does not when either article gives the other's title to that person anywhere (paragraphs in lower case). A
 * title given there to someone else ("co-founder Jack Clark and Marina Favaro") is no second role of theirs.
 */
export function titleStands(f: Finding, page: string[], other: string[]): boolean {
  const given = (titles: Finding['a'], text: string[]) =>
    titles.some((t) => {
      // "head of its institute" is not given where it is written "former head of its institute".
      const re = new RegExp(`(?<![\\w-])(?<!former\\s)${t.text.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'g');
      return text.some((p) => [...p.matchAll(re)].some((m) => !f.person || givenTo(p, m.index, m.index + m[0].length, f.person)));
    });
  return !given(f.a, other) && !given(f.b, page);
}

/**
 * Whether a title at p[at..end] is given to the person with this surname: the title, at most two words (a first
 * name), then the surname ("co-founder jack clark"), or the surname, at most five words, then the title
 * ("marina favaro, who runs its research institute"). In "co-founder jack clark and marina favaro" it is Clark's.
 */
function givenTo(p: string, at: number, end: number, surname: string): boolean {
  const name = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\W+(?:[\\w.'-]+\\W+){0,2}?${name}(?![\\w-])`).test(p.slice(end, end + 60)) || new RegExp(`(?<![\\w-])${name}\\W+(?:[\\w.'-]+\\W+){0,5}$`).test(p.slice(Math.max(0, at - 80), at));
}
