/**
 * Whether names on two sides stand in the same slot of their sentences: the same word before them, the same verb after
 * them ("Papernot, who notified" / "Hinton notified", "Google is urging" / "Anthropic is urging"), or each the
 * organisation whose act its sentence reports ("Rival company OpenAI took…" / "Google responded…").
 */

import type { Piece } from '../text/segment';
import { memoAt, type Passage, slot } from './passage';
import { STOPWORDS } from '../text/stopwords';
import { REPORTING_VERBS, SPEAKER_ADVERBS } from '../text/reporting';
import { stem } from '../text/tokens';
import { PAST } from './antecedents';
import { isPerson, type Name } from './names';
import { startsUpper } from '../text/capitals';
import { ROLE_WORD } from './roles';

// Memo slots of this file's extractors.
const WORD_BEFORE_SLOT = slot();
const WORD_AFTER_SLOT = slot();
const SUBJECT_SLOT = slot();
const PARTNER_SLOT = slot();
const ACTS_SLOT = slot();

/** A run of capitalised words (a title and the organisation before it) after a word, ending where a name starts (a constant: the bundler writes a \p{…} literal as a new RegExp, made again on every call). */
const CAPITALISED_RUN = /([\p{L}-]+)[\s,]+(?:\p{Lu}[\p{L}'’-]*\s+)+$/u;

/** The word written just before a name, lower case (memoised: corpus passages meet many pages). */
function wordBefore(p: Passage, n: Piece): string {
  return memoAt(p, WORD_BEFORE_SLOT, n.start, () => {
    // Past a capitalised title and the organisation before it ("included OpenAI Chief Executive Sam Altman"): the slot is the run's.
    const run = CAPITALISED_RUN.exec(p.norm.slice(Math.max(0, n.start - 60), n.start));
    const titled = run && run[0].slice(run[1]!.length).trim().split(/\s+/).some((w) => ROLE_WORD.test(w.toLowerCase()));
    if (run && titled && !startsUpper(run[1]!)) return run[1]!.toLowerCase();
    const m = /([\p{L}-]+)[\s,]*$/u.exec(p.norm.slice(Math.max(0, n.start - 30), n.start));
    return m ? m[1]!.toLowerCase() : '';
  });
}

/** The word right after a name ("administration" in "the Trump administration"), lower case. */
function wordAfter(p: Passage, n: Piece): string {
  return memoAt(p, WORD_AFTER_SLOT, n.end, () => {
    const m = /^[\s,]*([\p{L}-]+)/u.exec(p.norm.slice(n.end, n.end + 30));
    return m ? m[1]!.toLowerCase() : '';
  });
}

/**
 * Two names in the same slot: the same word (in any of its forms: "included" / "including"), of three letters or
 * more, right before them, or the same content word right after them ("the Trump administration" / "the Biden
 * administration"; "Monday that" is no slot, and "X said" / "Y said" is a change of speaker, which the
 * attribution check reports).
 */
export function sameSlot(a: Passage, x: Name, b: Passage, y: Name): boolean {
  const before = wordBefore(a, x);
  if (before.length > 2) {
    const other = wordBefore(b, y);
    // Hyphenation varies by outlet ("non-profit" / "nonprofit").
    const joined = (w: string) => w.replace(/-/g, '');
    if (before === other || joined(before) === joined(other) || (other.length > 2 && stem(before) === stem(other))) return true;
  }
  const after = actsAs(a, x);
  return (after.length > 2 && !STOPWORDS.has(after) && !REPORTING_VERBS.has(after) && after === actsAs(b, y) && sameRole(a, x, b, y)) || (actingSubject(a, x) && actingSubject(b, y)) || samePartner(a, x, b, y);
}

/** Content words of a role set after a name, up to the next comma ("head of operational security"), lower case. */
function roleAfter(p: Passage, n: Piece): string[] {
  const m = /^,\s*([^,;.()]{1,60})/.exec(p.norm.slice(n.end, n.end + 62));
  return m ? m[1]!.toLowerCase().split(/[\s'’]+/).filter((w) => w.length > 2 && !STOPWORDS.has(w) && !ROLE_WORD.test(w)).map(stem) : [];
}

/**
 * Two names each with a role set after it share a slot only when the roles share what they are of: "Sam Okonjo, head of
 * operational security" is no version of "Marina Favaro, head of the company's research institute".
 */
function sameRole(a: Passage, x: Name, b: Passage, y: Name): boolean {
  if (!ROLE_WORD.test(wordAfter(a, x))) return true;
  const [ra, rb] = [roleAfter(a, x), roleAfter(b, y)];
  return ra.length === 0 || rb.length === 0 || ra.some((w) => rb.includes(w));
}

/** Two names before the same noun ("its Orpheus model" / "its own Mythos model"): two names of one kind. */
export function sameNounAfter(a: Passage, x: Name, b: Passage, y: Name): boolean {
  const after = wordAfter(a, x);
  return after.length > 2 && !STOPWORDS.has(after) && !REPORTING_VERBS.has(after) && !/(?:ed|ing)$/.test(after) && after === wordAfter(b, y);
}

/** A name joined by "and" after a name, past an appositive or a title's closing comma; and one before it, a title perhaps between (constants, as CAPITALISED_RUN is). */
const PARTNER_AFTER = /^(?:,[^,.;:]{1,50},|\s*\([^()]{1,50}\)|,)?\s+and\s+(?:of\s+)?((?:\p{Lu}[\p{L}'’-]*\s*){1,3})/u;
const PARTNER_BEFORE = /((?:\p{Lu}[\p{L}'’-]*\s*){1,3})\s+and\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,3})$/u;

/** The name a name is joined to by "and", after or before it ("X and Marina Favaro", "Marina Favaro and X", "X and chief executive Y"), lower case. */
function partner(p: Passage, n: Piece): string[] {
  return memoAt(p, PARTNER_SLOT, n.start * 2 ** 26 + n.end, () => findPartner(p, n));
}

function findPartner(p: Passage, n: Piece): string[] {
  // Past an appositive the name carries ("Tom Brown, co-founder of Anthropic, and Marina Favaro", "Dario Amodei (co-founder) and …"),
  // or the comma closing the title set before it ("its chief executive, Dario Amodei, and Marina Favaro").
  const after = PARTNER_AFTER.exec(p.norm.slice(n.end, n.end + 110))?.[1];
  // A title may stand between "and" and the name ("Jack Clark and chief executive Dario Amodei"), not a phrase of function words ("and staff from").
  const m = PARTNER_BEFORE.exec(p.norm.slice(Math.max(0, n.start - 60), n.start));
  const before = m && m[2]!.split(/\s+/).every((w) => !w || !STOPWORDS.has(w)) ? m[1] : undefined;
  return [after, before].filter((x): x is string => !!x).map((x) => x.trim().toLowerCase());
}

/** Two names each joined by "and" to the same third name ("Dario Amodei and Marina Favaro" / "Jack Clark and Marina Favaro"): one slot in a list of two. */
function samePartner(a: Passage, x: Name, b: Passage, y: Name): boolean {
  const pb = partner(b, y);
  return pb.length > 0 && partner(a, x).some((z) => pb.includes(z));
}

/** Auxiliaries a name's verb may follow ("Anthropic is urging", "OpenAI has argued"). */
const AUXILIARIES = 'is|are|was|were|has|have|had';
const AUXILIARY = new RegExp(`^(?:${AUXILIARIES})$`);
/** Adverbs a name's verb may follow ("OpenAI further stated", "Anthropic has also argued"). */
const ADVERBS = [...SPEAKER_ADVERBS].join('|');
const ADVERB = new RegExp(`^(?:${ADVERBS})$`);
/** A name's verb, past "who", an adverb and an auxiliary; group 1 holds the auxiliary when there is one. */
const VERB_AFTER = new RegExp(`^[\\s,]*(?:who\\s+)?(?:(?:${ADVERBS})\\s+)?(?:(${AUXILIARIES})\\s+)?(?:(?:${ADVERBS})\\s+)?([\\p{L}-]+)`, 'u');

/** The verb after a name and whether an auxiliary comes before it, or null when the next word is that of no such phrase. */
function verbAfter(p: Passage, n: Piece): { verb: string; aux: boolean } | null {
  const after = wordAfter(p, n);
  if (after !== 'who' && !AUXILIARY.test(after) && !ADVERB.test(after)) return null;
  const m = VERB_AFTER.exec(p.norm.slice(n.end, n.end + 50));
  return m ? { verb: m[2]!.toLowerCase(), aux: !!m[1] } : null;
}

/** The word after a name, past a relative "who", an adverb and an auxiliary ("Papernot, who notified" acts as "Hinton notified", "X is urging" as "Y is urging"). */
function actsAs(p: Passage, n: Piece): string {
  return memoAt(p, ACTS_SLOT, n.end, () => verbAfter(p, n)?.verb ?? wordAfter(p, n));
}

/** A past or present verb's shape ("rejected", "responds", "took"). */
const verbShape = (w: string) => /s$/.test(w) || PAST.test(w);

/**
 * An organisation opening its sentence as the subject of a verb ("OpenAI responded with…", "Rival company OpenAI
 * took…", "Artificial intelligence company Anthropic is urging…"): on a pair reporting the same point, two such subjects are who did it on each side.
 */
function actingSubject(p: Passage, n: Name): boolean {
  return memoAt(p, SUBJECT_SLOT, n.start, () => findActingSubject(p, n));
}

/** A capital anywhere (a constant, as CAPITALISED_RUN is). */
const UPPER = /\p{Lu}/u;

function findActingSubject(p: Passage, n: Name): boolean {
  if (isPerson(n) || (n.start > (p.words[2]?.start ?? 0) && !described(p, n)) || p.words.some((w) => w.start === n.start && w.quoted)) return false;
  const use = p.nameUse?.(n.lower);
  // "is urging", "has proposed", "further stated": the verb after the auxiliary or adverb.
  const verb = verbAfter(p, n);
  const aux = !!verb?.aux;
  const next = verb?.verb ?? wordAfter(p, n);
  if (use === 'person' || !/^\s*[\p{L}-]/u.test(p.norm.slice(n.end)) || !(aux ? /(?:ing|ed)$/.test(next) : verbShape(next)) || STOPWORDS.has(next)) return false;
  // A capitalised first word may be any word ("Democratic governments…", "Regulators rejected"): it names something when
  // the article writes it as a name elsewhere, it is written as one ("OpenAI"), or it is singular before a past verb or
  // an auxiliary and a participle ("Brightwell is pressing").
  return use === 'proper' || n.text.includes(' ') || UPPER.test(n.text.slice(1)) || (!/s$/.test(n.lower) && (aux || PAST.test(next)));
}

/** Kinds of organisation a descriptor before a name ends in ("Artificial intelligence company Anthropic"). */
const KIND = /^(?:company|firm|lab|laboratory|startup|start-up|developer|maker|rival|group)$/;

/** A name that opens its sentence after a descriptor of its kind, up to five words ("Artificial intelligence company Anthropic"). */
function described(p: Passage, n: Name): boolean {
  const at = p.words.findIndex((w) => w.start === n.start);
  return at > 0 && at <= 5 && KIND.test(p.words[at - 1]!.lower) && p.words.slice(0, at).every((w, i) => i === 0 || w.text === w.lower);
}
