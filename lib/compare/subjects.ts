/**
 * The subject of a speech verb or a participle, read from word shapes: the words right before the verb back to its
 * clause's start, or a clause's first words past any opening phrase. News syntax, not a parser.
 */

import { STOPWORDS } from '../text/stopwords';
import { REFLEXIVE, SPEAKER_TO_VERB } from '../text/reporting';
import type { Passage, Word } from './passage';
import { startsUpper } from '../text/capitals';

/** A time, place, manner or subordinate phrase opening a clause before its subject ("On Wednesday, …", "While X did Y, …"), or a label ("Also Wednesday — …", a digest's "Open Circuit: …"). */
const OPENER = /^(?:(?:on|in|at|earlier|later|last|this|during|after|before|meanwhile|however|but|and|yet|still|separately|instead|asked|while|although|though|as|when|since|because|if)\b[^,]*,\s*|(?:but|and|yet|so)\s+|[^,—–-]{0,30}?\b(?:\w*day|week|month|year|\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|next|recently|earlier|later|today|yesterday)\b[^,—–-]{0,20}?\s+[—–-]\s+|[^,:;."]{1,40}:\s+)/i;
/** A wire dateline opening a story ("LONDON, May 15 (Halyard) - ", "WASHINGTON (AP) — "): a place in capitals, no subject. */
const DATELINE = /^\s*\p{Lu}{3,}(?:[ .'-]+\p{Lu}{2,})*(?:,\s*[^(),\u2014\u2013-]{1,30})?\s*(?:\([^)]{1,40}\)\s*)?[\u2014\u2013-]+\s+/u;
/** Head nouns of a party that is not a person: an organisation, or a document speaking for one. */
export const NOT_PERSON = /^(?:company|companies|firm|lab|labs|laboratory|startup|start-up|university|institute|government|administration|agency|authorities|officials|regulators|ministry|department|watchdog|report|announcement|statement|post|blog|paper|study|letter|proposal|filing|memo|release|document|website|organi[sz]ation|order|bill|ruling|directive|decree|unit|division|office|bureau|committee|commission|council|board|panel|centre|center)$/;
/** Of those, the bodies an organisation names with a capital as part of its name ("Tidewater Council"): a name then, not a head noun. */
export const NAMED_BODY = /^(?:unit|division|office|bureau|committee|commission|council|board|panel|centre|center)$/;
/**
 * A singular role noun: the party is a person ("chief executive", "lead researcher", "head of its institute"). Not
 * names.ts's title words, which also hold plurals ("officials" may speak for a company) and ranks ("former").
 */
export const ROLE = /^(?:founder|co-founder|author|co-author|chair(?:man|woman|person)?|ceo|chief|executive|director|head|president|researcher|scientist|professor|engineer|economist|analyst|editor|spokes(?:person|man|woman)|minister|secretary|senator|governor|mayor|judge|lawyer|attorney|adviser|advisor|manager|commissioner|ambassador|official|expert|specialist|consultant|investigator|detective|inspector|officer|representative)$/;
/** Pronouns as subjects, and whether they name a person ("it" a company; "they", "we" either). */
export const PRONOUNS = new Map<string, boolean | null>([['he', true], ['she', true], ['it', false], ['they', null], ['we', null]]);
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our']);
/** Prepositions inside a subject ("the company behind the Claude chatbot", "head of its institute"): the head comes before. */
export const PREPOSITIONS = new Set(['of', 'behind', 'at', 'from', 'for', 'in']);
/** A past or present verb rather than a noun after a subject's capitalised words ("OpenAI responded", not "the ChatGPT maker"). */
const VERB_SHAPE = /(?:ed|s)$|^(?:took|made|gave|put|told|said|wrote|went|came|spoke|sent|set|laid|held|brought|left|kept|drew|saw|began|became|had|was|is|got|struck|hit)$/;

/** The words of a passage inside from..to. */
export const wordsIn = (p: Passage, from: number, to: number) => p.words.filter((w) => w.start >= from && w.end <= to);

/** Whether a comma stands right before word i. */
export const commaBefore = (p: Passage, i: number) => i > 0 && /,/.test(p.norm.slice(p.words[i - 1]!.end, p.words[i]!.start));
const breakAfter = (p: Passage, i: number) => /[,;:()"\u2014\u2013]|\s-\s/.test(p.norm.slice(p.words[i]!.end, p.words[i + 1]?.start ?? p.norm.length));
/** A capitalised word that is no function word. */
export const nameLike = (w: Word) => startsUpper(w.text) && !STOPWORDS.has(w.lower);

/** A word a subject can hold: a name, a function word of a noun phrase, a pronoun, a possessive or a lower-case noun. */
const fitsSubject = (w: Word) =>
  // "The same report warns": "same" points back to a thing already named, and stays in its noun phrase.
  w.lower === 'same' ||
  nameLike(w) || DETERMINERS.has(w.lower) || PREPOSITIONS.has(w.lower) || PRONOUNS.has(w.lower) || /['’]s$/.test(w.text) || (!STOPWORDS.has(w.lower) && /^[a-z-]+$/.test(w.lower));

/** Words of an aside set off by commas between a subject and its verb, at most. */
const ASIDE = 4;
/** Words of an aside that opens on a participle ("briefed by the team ahead of publication"), at most. */
const PARTICIPLE_ASIDE = 9;
const PARTICIPLE = /^[a-z]{3,}(?:ed|en)$/;

/** The subject right before the verb at word v: back over adverbs, then over its words to the clause's start. */
export function subjectBefore(p: Passage, v: number): Word[] {
  let i = v - 1;
  // Past adverbs and an intensifier ("OpenAI further stated", "the order itself says").
  while (i >= 0 && !breakAfter(p, i)) {
    if (SPEAKER_TO_VERB.has(p.words[i]!.lower) || REFLEXIVE.test(p.words[i]!.lower)) i--;
    // "Google DeepMind has for its part declared": an aside without its commas.
    else if (i >= 2 && p.words[i]!.lower === 'part' && /^(?:its|their|his|her|our)$/.test(p.words[i - 1]!.lower) && p.words[i - 2]!.lower === 'for') i -= 3;
    else break;
  }
  // A clause set off by commas between subject and verb ("…authorities, whom the team alerted, have urged"), or a
  // short aside ("Anthropic, for its part, called for…", "Papernot, the lead researcher, said"): skip it.
  let skipped = -1;
  if (i > 0 && breakAfter(p, i)) {
    let k = i;
    while (k > 0 && i - k < 12 && !breakAfter(p, k - 1)) k--;
    const commaAfter = (j: number) => /^\s*,\s*$/.test(p.norm.slice(p.words[j]!.end, p.words[j + 1]!.start));
    // A participle's aside may run longer ("…authorities, briefed by the team ahead of publication, are now calling for").
    const aside = i - k < ASIDE || (i - k < PARTICIPLE_ASIDE && PARTICIPLE.test(p.words[k]!.lower));
    if (k > 0 && i - k < 12 && (/^(?:who|whom|which|whose)$/.test(p.words[k]!.lower) || (aside && commaAfter(k - 1) && commaAfter(i)))) skipped = i = k - 1;
  }
  const out: Word[] = [];
  for (; i >= 0 && out.length < 8; i--) {
    const w = p.words[i]!;
    // Punctuation ends the subject (none between it and the verb, bar a skipped clause's comma).
    if (breakAfter(p, i) && i !== skipped) {
      if (out.length) break;
      return [];
    }
    if (!fitsSubject(w)) break;
    out.unshift(w);
    if (PRONOUNS.has(w.lower)) break;
  }
  while (out.length && PREPOSITIONS.has(out[0]!.lower)) out.shift();
  return out;
}

/** Words of a relative clause's antecedent, at most ("OpenAI's latest report, which says …"). */
const ANTECEDENT_WORDS = 6;

/**
 * For a verb of saying opened by "which", "who" or "whose" and a noun after a comma ("… come from OpenAI's report, which says the labs would
 * have to check …"), the noun phrase before the comma, back to a preposition that introduces it, a verb or a break;
 * null when the verb has no such relative.
 */
export function relativeSubject(p: Passage, v: number): Word[] | null {
  let r = v - 1;
  while (r > 0 && SPEAKER_TO_VERB.has(p.words[r]!.lower)) r--;
  // "the Ferry Board, whose report wants …": what the party's own document says is the party's.
  if (r > 1 && p.words[r - 1]!.lower === 'whose' && !breakAfter(p, r - 1)) r--;
  if (r < 1 || !/^(?:which|who|whose)$/.test(p.words[r]!.lower) || !commaBefore(p, r)) return null;
  const out: Word[] = [];
  for (let i = r - 1; i >= 0 && out.length < ANTECEDENT_WORDS; i--) {
    const w = p.words[i]!;
    if (i < r - 1 && breakAfter(p, i)) break;
    if (w.lower === 'from' || !fitsSubject(w) || (VERB_SHAPE.test(w.lower) && !/['’]s$/.test(w.text) && !nameLike(w) && out.length > 0)) break;
    out.unshift(w);
  }
  while (out.length && PREPOSITIONS.has(out[0]!.lower)) out.shift();
  return out.length ? out : null;
}

/** A participle's subject (the clause's first words, past any opening phrase) for the participle at word v. */
export function participleSubject(p: Passage, v: number): Word[] {
  const at = p.words[v]!.start;
  return subjectFrom(p, p.norm.slice(0, at), at);
}

/** A participle's subject: the clause's first words, past any opening phrase, as far as a subject's words go. */
export function subjectFrom(p: Passage, pre: string, verbAt: number): Word[] {
  const clauseStart = pre.lastIndexOf(';', verbAt) + 1;
  let from = clauseStart + (DATELINE.exec(pre.slice(clauseStart))?.[0].length ?? 0);
  for (let m = OPENER.exec(pre.slice(from)); m && m[0]; m = OPENER.exec(pre.slice(from))) from += m[0].length;
  const ws = wordsIn(p, from, verbAt);
  const out: Word[] = [];
  for (const [k, w] of ws.entries()) {
    // A personal pronoun opening the clause is its subject ("He also made a point …: '…'"); "it" may stand for nothing ("It fell to X to …").
    if (k === 0 && PRONOUNS.has(w.lower) && w.lower !== 'it') return [w];
    // A role's prefix joined to it by a hyphen ("co-founder") is part of the role.
    const prefix = p.norm.slice(w.end, ws[k + 1]?.start ?? w.end) === '-' && ROLE.test(ws[k + 1]?.lower ?? '');
    if (!(nameLike(w) || DETERMINERS.has(w.lower) || PREPOSITIONS.has(w.lower) || ROLE.test(w.lower) || prefix || NOT_PERSON.test(w.lower) || /['’]s$/.test(w.text))) {
      // A noun after the subject's capitalised words is its head ("the ChatGPT maker"): the subject is not one this file knows.
      // An adverb ends it ("The OpenAI report also acknowledged…").
      // Unless a preposition after a name opened the phrase it stands in ("Marina Favaro of Anthropic's research institute
      // put it…"): the noun is that phrase's, and the name before it is the subject.
      if (out.length && !VERB_SHAPE.test(w.lower) && !SPEAKER_TO_VERB.has(w.lower)) return out.some((x, i) => i > 0 && PREPOSITIONS.has(x.lower) && nameLike(out[i - 1]!)) ? out : [];
      break;
    }
    if (PRONOUNS.has(w.lower)) return k === 0 ? [w] : out;
    out.push(w);
    // A comma ends the subject ("OpenAI's chief executive, Sam Altman, made …").
    if (k + 1 < ws.length && /,/.test(p.norm.slice(w.end, ws[k + 1]!.start))) break;
  }
  return out;
}
