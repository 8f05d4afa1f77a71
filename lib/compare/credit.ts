/**
 * Who a sentence credits with a quotation or a claim: the subject of the speech verb that frames it ("OpenAI's chief
 * executive, Sam Altman, … saying that '…'", "The company argued that '…'", "'…,' he said"), and whether that party
 * is a person, an organisation or a document speaking for one. Read from word shapes: news syntax, not a parser.
 */

import type { Piece } from '../text/segment';
import { STOPWORDS } from '../text/stopwords';
import { timeExprs } from '../text/temporal';
import { REPORTING_VERBS, SPEAKER_TO_VERB } from '../text/reporting';
import { memoAt, type Passage, type Word, slot } from './passage';
import { INSTITUTION, namePhrases, sameName, type Name } from './names';
import { organisationBefore, personBefore, publisherBefore, roleHolderBefore } from './antecedents';

const CREDIT_SLOT = slot();

/** Reporting verbs, and the participles whose subject is their clause's subject ("…, saying that '…'"). */
const PARTICIPLES = 'saying|telling|arguing|stating|adding|writing|warning|noting|explaining|insisting|asserting|declaring';
// Base forms after "to" ("went on to warn that '…'") as well.
const VERBS = [...REPORTING_VERBS, 'say', 'tells', 'declared', 'declares', 'warn', 'argue', 'insist', 'caution'].join('|');
/** Words that introduce a quotation as somebody's. */
const SPEECH = new RegExp(`\\b(?:${VERBS}|put it|puts it|summed up|sums up|(${PARTICIPLES}))\\b`, 'gi');
/** A credit written after the quotation: '…," he said', '…," said Jane Doe', '…," Papernot explained'. */
const AFTER = new RegExp(
  `^[\\s",.]*(?:((?:he|she|it|they|we)|[\\p{Lu}][\\p{L}'’-]*(?:\\s+[\\p{Lu}][\\p{L}'’-]*){0,3}|the\\s+[a-z]+)\\s+(?:also\\s+)?(?:${VERBS})|(?:${VERBS})\\s+((?:the\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{Lu}][\\p{L}'’-]*){0,3}))\\b`,
  'u',
);
/** A time, place, manner or subordinate phrase opening a clause before its subject ("On Wednesday, …", "While X did Y, …"). */
const OPENER = /^(?:(?:on|in|at|earlier|later|last|this|during|after|before|meanwhile|however|but|and|yet|still|separately|instead|asked|while|although|though|as|when|since|because|if)\b[^,]*,\s*|(?:but|and|yet|so)\s+)/i;
/** Of those, the heads of an organisation that "the company" can stand for, named in the sentence before. */
const ORGANISATION = /^(?:company|firm|lab|laboratory|startup|start-up|university|institute|agency|organi[sz]ation)$/;
/** Head nouns of a party that is not a person: an organisation, or a document speaking for one. */
/** Documents that speak for whoever published them ("the post", "the report"). */
const DOCUMENT = /^(?:report|announcement|statement|post|paper|study|letter|proposal|filing|memo|release|document)$/;
const NOT_PERSON = /^(?:company|companies|firm|lab|labs|laboratory|startup|start-up|university|institute|government|administration|agency|authorities|officials|regulators|ministry|department|watchdog|report|announcement|statement|post|blog|paper|study|letter|proposal|filing|memo|release|document|website|organi[sz]ation)$/;
/**
 * A singular role noun: the party is a person ("chief executive", "lead researcher", "head of its institute"). Not
 * names.ts's title words, which also hold plurals ("officials" may speak for a company) and ranks ("former").
 */
const ROLE = /^(?:founder|co-founder|author|co-author|chair(?:man|woman|person)?|ceo|chief|executive|director|head|president|researcher|scientist|professor|engineer|economist|analyst|editor|spokes(?:person|man|woman)|minister|secretary|senator|governor|mayor|judge|lawyer|attorney|adviser|advisor|manager|commissioner|ambassador)$/;
/** Pronouns as subjects, and whether they name a person ("it" a company; "they", "we" either). */
const PRONOUNS = new Map<string, boolean | null>([['he', true], ['she', true], ['it', false], ['they', null], ['we', null]]);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our']);
/** Prepositions inside a subject ("the company behind the Claude chatbot", "head of its institute"): the head comes before. */
const PREPOSITIONS = new Set(['of', 'behind', 'at', 'from', 'for', 'in']);
/** A past or present verb rather than a noun after a subject's capitalised words ("OpenAI responded", not "the ChatGPT maker"). */
const VERB_SHAPE = /(?:ed|s)$|^(?:took|made|gave|put|told|said|wrote|went|came|spoke|sent|set|laid|held|brought|left|kept|drew|saw|began|became|had|was|is|got|struck|hit)$/;

/** The party a passage credits a quotation to; `person` null when the words do not say. */
export interface Credit extends Piece {
  person: boolean | null;
  /** The party's name, when the credit names one. */
  name?: string;
  /** A name the party is someone else of ("one of Papernot's co-authors"): not that person. */
  of?: string;
}

/** The party credited with the quotation q of passage p, or null when no frame credits it. */
export function creditOf(p: Passage, q: Piece): Credit | null {
  return memoAt(p, CREDIT_SLOT, q.start, () => findCredit(p, q));
}

function findCredit(p: Passage, q: Piece): Credit | null {
  // A quotation of several sentences is credited where it closes ('"… targets. Anything … cyberattacks," Papernot explained').
  if (runsOn(p, q)) {
    const next = p.after?.();
    const rest = next?.passage.quotes[0];
    const credit = rest && rest.start <= 1 && !runsOn(next.passage, rest) ? creditOf(next.passage, rest) : null;
    if (credit) return { ...credit, start: credit.start + next!.offset, end: credit.end + next!.offset };
  }
  const after = AFTER.exec(p.norm.slice(q.end, q.end + 80));
  if (after) {
    const who = (after[1] ?? after[2])!;
    const at = q.end + after.index + after[0].lastIndexOf(who);
    return classify(p, wordsIn(p, at, at + who.length));
  }
  // Before: the last speech word ahead of the opening mark, with no other quotation between.
  const pre = p.norm.slice(0, q.start - 1);
  // Or a source the quotation is set after with a colon ("The line came from one of Papernot's co-authors: '…'").
  const source = SOURCE_BEFORE.exec(pre);
  if (source) {
    const at = source.index + source[0].indexOf(source[1]!);
    return classify(p, wordsIn(p, at, at + source[1]!.length));
  }
  // Or the party whose view it is ("Papernot's warning was stark: '…'"), without its possessive mark.
  const verdict = VERDICT_BEFORE.exec(pre);
  if (verdict) {
    const at = verdict.index + verdict[0].indexOf(verdict[1]!);
    const ws = wordsIn(p, at, at + verdict[1]!.length);
    const last = ws.at(-1);
    if (last && /['’]s$/.test(last.text)) ws[ws.length - 1] = { ...last, text: last.text.slice(0, -2), lower: last.lower.slice(0, -2), end: last.end - 2 };
    return classify(p, ws);
  }
  let verb: RegExpExecArray | null = null;
  SPEECH.lastIndex = 0;
  for (let m = SPEECH.exec(pre); m; m = SPEECH.exec(pre)) verb = m;
  if (!verb || pre.slice(verb.index).includes('"') || pre.slice(verb.index).split(/\s+/).length > 25) return null;
  const v = p.words.findIndex((w) => w.start >= verb!.index);
  if (v < 0) return null;
  if (!verb[1]) {
    const subject = subjectBefore(p, v);
    if (subject.length) return classify(p, subject);
  }
  return classify(p, subjectFrom(p, pre, verb.index));
}

/** "from <party>:" or "appears in <party>:" right before a quotation's opening mark ("… appears in Acme's memo itself:"). */
const SOURCE_BEFORE = /\b(?:from|(?:appears|appeared|is|was)\s+in)\s+([^,;:"()]{2,60}?)(?:\s+itself)?:\s*$/;
/** "<party>'s assessment is blunt:" (a view, verdict, warning… of the party's) right before a quotation's opening mark. */
const VERDICT_BEFORE = /(?:^|\s)((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}[\p{L}-]+['’]s?)\s+(?:own\s+)?(?:assessment|verdict|view|conclusion|warning|message|position|words|advice)(?:\s+(?:is|was)(?:\s+[\p{L}-]+)?)?\s*:\s*$/u;

/** A quotation opened in this sentence and not closed in it: it runs on into the next. */
const runsOn = (p: Passage, q: Piece) => q.end === p.norm.length && p.norm[q.start - 1] === '"';

/** The words of a passage inside from..to. */
export const wordsIn = (p: Passage, from: number, to: number) => p.words.filter((w) => w.start >= from && w.end <= to);
const breakAfter = (p: Passage, i: number) => /[,;:()"\u2014\u2013]|\s-\s/.test(p.norm.slice(p.words[i]!.end, p.words[i + 1]?.start ?? p.norm.length));
/** A capitalised word that is no function word. */
export const nameLike = (w: Word) => /^\p{Lu}/u.test(w.text) && !STOPWORDS.has(w.lower);

/** A word a subject can hold: a name, a function word of a noun phrase, a pronoun, a possessive or a lower-case noun. */
const fitsSubject = (w: Word) =>
  nameLike(w) || DETERMINERS.has(w.lower) || PREPOSITIONS.has(w.lower) || PRONOUNS.has(w.lower) || /['’]s$/.test(w.text) || (!STOPWORDS.has(w.lower) && /^[a-z-]+$/.test(w.lower));

/** Words of an aside set off by commas between a subject and its verb, at most. */
const ASIDE = 4;

/** The subject right before the verb at word v: back over adverbs, then over its words to the clause's start. */
export function subjectBefore(p: Passage, v: number): Word[] {
  let i = v - 1;
  while (i >= 0 && SPEAKER_TO_VERB.has(p.words[i]!.lower) && !breakAfter(p, i)) i--;
  // A clause set off by commas between subject and verb ("…authorities, whom the team alerted, have urged"), or a
  // short aside ("Anthropic, for its part, called for…", "Papernot, the lead researcher, said"): skip it.
  let skipped = -1;
  if (i > 0 && breakAfter(p, i)) {
    let k = i;
    while (k > 0 && i - k < 12 && !breakAfter(p, k - 1)) k--;
    const commaAfter = (j: number) => /^\s*,\s*$/.test(p.norm.slice(p.words[j]!.end, p.words[j + 1]!.start));
    if (k > 0 && i - k < 12 && (/^(?:who|whom|which|whose)$/.test(p.words[k]!.lower) || (i - k < ASIDE && commaAfter(k - 1) && commaAfter(i)))) skipped = i = k - 1;
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

/** A participle's subject (the clause's first words, past any opening phrase) for the participle at word v. */
export function participleSubject(p: Passage, v: number): Word[] {
  const at = p.words[v]!.start;
  return subjectFrom(p, p.norm.slice(0, at), at);
}

/** A participle's subject: the clause's first words, past any opening phrase, as far as a subject's words go. */
function subjectFrom(p: Passage, pre: string, verbAt: number): Word[] {
  const clauseStart = pre.lastIndexOf(';', verbAt) + 1;
  let from = clauseStart;
  for (let m = OPENER.exec(pre.slice(from)); m && m[0]; m = OPENER.exec(pre.slice(from))) from += m[0].length;
  const ws = wordsIn(p, from, verbAt);
  const out: Word[] = [];
  for (const [k, w] of ws.entries()) {
    if (!(nameLike(w) || DETERMINERS.has(w.lower) || PREPOSITIONS.has(w.lower) || ROLE.test(w.lower) || NOT_PERSON.test(w.lower) || /['’]s$/.test(w.text))) {
      // A noun after the subject's capitalised words is its head ("the ChatGPT maker"): the subject is not one this file knows.
      // An adverb ends it ("The OpenAI report also acknowledged…").
      if (out.length && !VERB_SHAPE.test(w.lower) && !SPEAKER_TO_VERB.has(w.lower)) return [];
      break;
    }
    if (PRONOUNS.has(w.lower)) return k === 0 ? [w] : out;
    out.push(w);
    // A comma ends the subject ("OpenAI's chief executive, Sam Altman, made …").
    if (k + 1 < ws.length && /,/.test(p.norm.slice(w.end, ws[k + 1]!.start))) break;
  }
  return out;
}

/** The capitalised words right before word k of a subject, as one name ("Harbor Trust" in "The Harbor Trust report"), or ''. */
function nameBefore(ws: Word[], k: number): string {
  let i = k;
  while (i > 0 && nameLike(ws[i - 1]!)) i--;
  return ws.slice(i, k).map((w) => w.text).join(' ');
}

/** What kind of party a subject names: by a pronoun, a role, a head noun, or a name and how its article writes it. */
export function classify(p: Passage, subject: Word[]): Credit | null {
  // "One of the researchers", "one of Papernot's co-authors": one person of a group.
  const one = subject[0]?.lower === 'one' && subject[1]?.lower === 'of';
  if (one) return member(p, subject);
  const first = subject[0];
  if (!first) return null;
  const piece: Piece = { text: p.text.slice(first.start, subject.at(-1)!.end), start: first.start, end: subject.at(-1)!.end };
  if (subject.length === 1 && PRONOUNS.has(first.lower)) {
    const person = PRONOUNS.get(first.lower)!;
    return { ...piece, person, name: person ? personBefore(p, first.start) : undefined };
  }
  // The head comes before any preposition, and is not a possessive modifier or a function word.
  const prep = subject.findIndex((w) => PREPOSITIONS.has(w.lower));
  const core = prep > 0 ? subject.slice(0, prep) : subject;
  const head = [...core].reverse().find((w) => !/['’]s$/.test(w.text) && !DETERMINERS.has(w.lower));
  if (!head) return null;
  // "The researcher said": the person named last before it, in this sentence or up to three sentences back. "Chief"
  // makes a role only of what follows it ("chief executive", not "its chief rival").
  if (core.some((w, k) => ROLE.test(w.lower) && !(w.lower === 'chief' && k + 1 < core.length && !ROLE.test(core[k + 1]!.lower) && !/^(?:officer|technology|operating|financial)$/.test(core[k + 1]!.lower)))) return { ...piece, person: true, name: nameIn(p, piece) ?? (first.lower === 'the' && core.length === 2 ? roleHolderBefore(p, first.start) : undefined) };
  if (NOT_PERSON.test(head.lower)) {
    // "OpenAI's report": a document speaks for the party that owns it.
    const owner = core.find((w) => w !== head && /['’]s$/.test(w.text) && nameLike(w));
    // "The OpenAI report": a name set before a document's noun owns it as a possessive does.
    const modifier = DOCUMENT.test(head.lower) ? nameBefore(core, core.indexOf(head)) : '';
    const name = owner
      ? owner.text.replace(/['’]s$/, '')
      : modifier
        ? modifier
      : first.lower !== 'the'
        ? undefined
        : ORGANISATION.test(head.lower)
          ? (organisationBefore(p, first.start) ?? (head.lower === 'company' ? p.companyFallback?.() : undefined))
          : DOCUMENT.test(head.lower)
            ? publisherBefore(p, head.stem, first.start)
            : undefined;
    return { ...piece, person: false, name };
  }
  if (!nameLike(head)) return null;
  const name = nameIn(p, piece);
  // "…, on Thursday urged": a day or a month before the verb says when, not who.
  if (!name || timeExprs(name).length > 0) return null;
  if (INSTITUTION.test(name)) return { ...piece, person: false, name };
  if (name.includes(' ')) return { ...piece, person: true, name };
  // News writing names a person in full at first mention: one capitalised word is a person when its article names
  // somebody in full with that last name ("Papernot" after "Nicolas Papernot"), and an organisation when the article
  // writes it as a name mid-sentence otherwise ("…, OpenAI argued"); a capitalised first word alone says neither.
  const use = p.nameUse?.(name.toLowerCase());
  // Two capitals running together ("OpenAI", "IBM") are an organisation's spelling, not a person's name.
  if (!use && /\p{Lu}{2}/u.test(name)) return { ...piece, person: false, name };
  return use ? { ...piece, person: use === 'person', name } : null;
}

/** "one of …" with a role noun: a person; one of a named person's group ("one of Papernot's co-authors") is not that person. */
function member(p: Passage, subject: Word[]): Credit | null {
  const group = subject.slice(2).filter((w) => !DETERMINERS.has(w.lower));
  const head = group.at(-1);
  if (!head || !ROLE.test(head.lower.replace(/s$/, ''))) return null;
  const piece: Piece = { text: p.text.slice(subject[0]!.start, head.end), start: subject[0]!.start, end: head.end };
  const owner = group.find((w) => /['’]s$/.test(w.text) && nameLike(w));
  return { ...piece, person: true, of: owner?.text.replace(/['’]s$/, '') };
}

/**
 * The last name inside the subject that is not a possessive modifier ("OpenAI's chief executive" names no one); a
 * subject that stops right before a name's possessive mark is that name ("Papernot" of "Papernot's warning").
 */
function nameIn(p: Passage, piece: Piece): string | undefined {
  const owner = (n: Name) => n.end === piece.end + 2 && /['’]s$/.test(p.text.slice(n.start, n.end));
  const inside = namePhrases(p).filter((n) => n.start >= piece.start && !STOPWORDS.has(n.lower) && ((n.end <= piece.end && !/['’]s$/.test(p.text.slice(n.start, n.end))) || owner(n)));
  return inside.at(-1)?.text;
}

/** Two credits name different parties: a person against an organisation or document, two different names, or one of a named person's group against that person. */
export function differentParties(x: Credit, y: Credit): boolean {
  const ofOther = (c: Credit, d: Credit) => !!c.of && !!d.name && sameName(c.of, d.name);
  return x.person !== y.person || (!!x.name && !!y.name && !sameName(x.name, y.name)) || ofOther(x, y) || ofOther(y, x);
}
