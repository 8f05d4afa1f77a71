/**
 * Who a sentence credits with a quotation or a claim: the subject of the speech verb that frames it ("OpenAI's chief
 * executive, Sam Altman, … saying that '…'", "The company argued that '…'", "'…,' he said"), and whether that party
 * is a person, an organisation or a document speaking for one. Read from word shapes: news syntax, not a parser.
 */

import type { Piece } from '../text/segment';
import { REPORTING_VERBS } from '../text/reporting';
import { memoAt, type Passage, slot, type Word } from './passage';
import { sameName } from './names';
import { ROLE, subjectBefore, subjectFrom, wordsIn } from './subjects';
import { classify, DOCUMENT } from './party-kind';
import { clefts } from './cleft';

const CREDIT_SLOT = slot();

/** Reporting verbs, and the participles whose subject is their clause's subject ("…, saying that '…'"). */
const PARTICIPLES = 'saying|telling|arguing|stating|adding|writing|warning|noting|explaining|insisting|asserting|declaring|contending|maintaining';
// Base forms after "to" ("went on to warn that '…'") as well.
const VERBS = [...REPORTING_VERBS, 'say', 'tells', 'declared', 'declares', 'warn', 'argue', 'insist', 'caution', 'described', 'describes'].join('|');
/** Words that introduce a quotation as somebody's. */
const SPEECH = new RegExp(`\\b(?:${VERBS}|put it|puts it|summed up|sums up|(${PARTICIPLES}))\\b`, 'gi');
/** A credit written after the quotation: '…," he said', '…," said Jane Doe', '…," Papernot explained'. */
const AFTER = new RegExp(
  `^[\\s"',.]*(?:((?:he|she|it|they|we)|[\\p{Lu}][\\p{L}'’-]*(?:\\s+[\\p{Lu}][\\p{L}'’-]*){0,3}|the\\s+[a-z]+)\\s+(?:has\\s+|had\\s+)?(?:also\\s+)?(?:${VERBS})|(?:${VERBS})\\s+((?:the\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{Lu}][\\p{L}'’-]*){0,3})` +
    // '…," the study's lead researcher, Martin Lessard, has said': the name set off after a title.
    `|the\\s+[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,3},\\s+([\\p{Lu}][\\p{L}'’-]*(?:\\s+[\\p{Lu}][\\p{L}'’-]*){0,2}),\\s+(?:has\\s+|had\\s+)?(?:also\\s+)?(?:${VERBS})` +
    // '…," Anthropic co-founder Jack Clark warned', '…," lead researcher Nicolas Papernot said': the name after its title.
    `|(?:[\\p{Lu}][\\p{L}'’-]*\\s+){0,2}(?:[a-z][a-z-]*\\s+){1,2}([\\p{Lu}][\\p{L}'’-]*(?:\\s+[\\p{Lu}][\\p{L}'’-]*){1,2})\\s+(?:has\\s+|had\\s+)?(?:also\\s+)?(?:${VERBS})` +
    // '…," Jack Clark, an Anthropic co-founder, said': the name with its title set off after it.
    `|([\\p{Lu}][\\p{L}'’-]*(?:\\s+[\\p{Lu}][\\p{L}'’-]*){0,2}),\\s+(?:an?|the|its|his|her)\\s+[^,;"]{1,40},\\s+(?:has\\s+|had\\s+)?(?:also\\s+)?(?:${VERBS})` +
    // '…," a Toronto police spokesperson said', '…," a Microsoft threat analyst explained': someone by a role only.
    `|((?:an?|one)\\s+(?:[\\p{L}'’-]+\\s+){0,3}(?:${ROLE.source.slice(4, -2)}))\\s+(?:has\\s+|had\\s+)?(?:also\\s+)?(?:${VERBS}))\\b`,
  'u',
);

/** Lower-case words after a possessive, up to a role among the first three ("'s department head"). */
const OWNED_WORDS = /^(\s+[a-z-]+)(\s+[a-z-]+)?(\s+[a-z-]+)?/;

/** The length of the words after a possessive that end in a role ("Papernot's department head"), or 0. */
function ownedRole(rest: string): number {
  const m = OWNED_WORDS.exec(rest);
  let length = 0;
  for (const g of m?.slice(1) ?? []) {
    if (!g) break;
    length += g.length;
    if (ROLE.test(g.trim())) return length;
  }
  return 0;
}

/** A dash and a name of up to four words after a quotation's closing mark, ending the passage: its signature. */
const SIGNED = /^["”’'\s]*[—–]\s*((?:[\p{Lu}][\p{L}'’.-]*\s*){1,4}?)\s*[.]?\s*$/du;

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
  return memoAt(p, CREDIT_SLOT, q.start, () => findCredit(p, q) ?? continuedCredit(p, q));
}

/** Characters a sentence may run on after the quotation it ends on, for its credit ('…," he said.'). */
const CREDIT_TAIL = 60;

/**
 * A sentence that is nothing but a quotation continues the speaker of the quotation the sentence before ends with
 * ('"That old laptop … targets," he said. "Anything connected to the internet is now at risk …"').
 */
function continuedCredit(p: Passage, q: Piece): Credit | null {
  if (p.beforeOffset === undefined || p.norm[q.start - 1] !== '"' || !/^[\s"]*$/.test(p.norm.slice(0, q.start)) || !/^["\s.,!?]*$/.test(p.norm.slice(q.end))) return null;
  const prev = p.before?.();
  const last = prev?.quotes.at(-1);
  if (!prev || !last || runsOn(prev, last) || prev.norm.length - last.end > CREDIT_TAIL) return null;
  const credit = creditOf(prev, last);
  return credit && { ...credit, start: credit.start + p.beforeOffset, end: credit.end + p.beforeOffset };
}

function findCredit(p: Passage, q: Piece): Credit | null {
  // A quotation of several sentences is credited where it closes ('"… targets. Anything … cyberattacks," Papernot explained').
  if (runsOn(p, q)) {
    const next = p.after?.();
    const rest = next?.passage.quotes[0];
    const credit = rest && rest.start <= 1 && !runsOn(next.passage, rest) ? creditOf(next.passage, rest) : null;
    if (credit) return { ...credit, start: credit.start + next!.offset, end: credit.end + next!.offset };
  }
  // A pull quote signed with a dash after it ('"…" — Anthropic'), the signature ending its passage.
  const signed = SIGNED.exec(p.text.slice(q.end));
  if (signed) {
    const [at, end] = signed.indices![1]!;
    const party = classify(p, wordsIn(p, q.end + at, q.end + end));
    if (party) return party;
  }
  const after = AFTER.exec(p.norm.slice(q.end, q.end + 80));
  if (after) {
    const who = (after[1] ?? after[2] ?? after[3] ?? after[4] ?? after[5] ?? after[6])!;
    const at = q.end + after.index + after[0].lastIndexOf(who);
    // '…," said Papernot's department head': the role after the possessive is who spoke.
    return classify(p, wordsIn(p, at, at + who.length + (/['’]s$/.test(who) ? ownedRole(p.norm.slice(at + who.length)) : 0)));
  }
  // Before: the last speech word ahead of the opening mark, with no other quotation between.
  const pre = p.norm.slice(0, q.start - 1);
  // Or a source the quotation is set after with a colon ("The line came from one of Papernot's co-authors: '…'").
  const source = SOURCE_BEFORE.exec(pre);
  if (source) {
    const at = source.index + source[0].indexOf(source[1]!);
    // "Jack Clark from Anthropic made that point:" is no source after "from": the clause's subject speaks (below).
    const from = classify(p, wordsIn(p, at, at + source[1]!.length));
    if (from) return from;
  }
  // Or the party another text quotes ("The piece quotes the White House as saying that '…'"): the quoted, not the quoting.
  const quoting = QUOTING_BEFORE.exec(pre);
  if (quoting) {
    const [at, end] = quoting.indices![1]!;
    const party = classify(p, wordsIn(p, at, end));
    if (party) return party;
  }
  // Or the party it is given "according to" ("According to the White House, '…'").
  const according = ACCORDING_BEFORE.exec(pre);
  if (according) {
    const [at, end] = according.indices![1]!;
    const party = classify(p, wordsIn(p, at, end));
    if (party) return party;
  }
  // Or the party in whose words it is ("In the words of Anthropic co-founder Jack Clark, '…'").
  const wordsOf = IN_WORDS_OF.exec(pre);
  if (wordsOf) {
    const [at, end] = wordsOf.indices![1]!;
    const party = classify(p, wordsIn(p, at, end));
    if (party) return party;
  }
  // Or the party whose view it is ("Papernot's warning was stark: '…'"), without its possessive mark.
  const verdict = VERDICT_BEFORE.exec(pre);
  if (verdict) {
    const at = verdict.index + verdict[0].indexOf(verdict[1]!);
    return classify(p, withoutPossessive(wordsIn(p, at, at + verdict[1]!.length)));
  }
  // Or the party whose line it is ("The line that landed best was Jack Clark's: '…'").
  const owner = OWNER_BEFORE.exec(pre);
  if (owner) {
    const at = owner.index + owner[0].indexOf(owner[1]!);
    const party = classify(p, withoutPossessive(wordsIn(p, at, at + owner[1]!.length)));
    if (party) return party;
  }
  // Or the party whose insistence, argument or claim it is ("Hence the post's insistence that '…'").
  const stance = STANCE_BEFORE.exec(pre);
  if (stance) {
    const at = stance.index + stance[0].indexOf(stance[1]!);
    const party = classify(p, withoutPossessive(wordsIn(p, at, at + stance[1]!.length)));
    if (party) return party;
  }
  // "It was Anthropic's co-founder Jack Clark who said it: '…'": the party the cleft sets apart.
  const cleft = CLEFT_BEFORE.exec(pre);
  if (cleft) {
    const [at, end] = cleft.indices![1]!;
    const party = classify(p, wordsIn(p, at, end));
    if (party) return party;
  }
  // Or a cleft with asides ("It was OpenAI, in the report, that cautioned it '…'"), no other verb of speech after its own.
  const framed = clefts(p).findLast((c) => p.words[c.verb]!.start < q.start);
  if (framed && framed.party.length) {
    const rest = pre.slice(p.words[framed.verb]!.end);
    SPEECH.lastIndex = 0;
    const reach = /:\s*$/.test(rest) ? CLEFT_REACH_COLON : CLEFT_REACH;
    if (rest.length <= reach && !rest.includes('"') && !SPEECH.test(rest)) {
      const party = classify(p, framed.party);
      if (party) return party;
    }
  }
  let verb: RegExpExecArray | null = null;
  SPEECH.lastIndex = 0;
  for (let m = SPEECH.exec(pre); m; m = SPEECH.exec(pre)) verb = m;
  if (!verb) return inAccount(p, pre) ?? colonSubject(p, pre);
  // "insisting that no one should set the tempo: in Anthropic's words, '…'": the nearer credit is the quotation's.
  const account = IN_ACCOUNT.exec(pre);
  if (account && account.index > verb.index) return inAccount(p, pre, account);
  if (pre.slice(verb.index).includes('"') || pre.slice(verb.index).split(/\s+/).length > 25) return null;
  const v = p.words.findIndex((w) => w.start >= verb!.index);
  if (v < 0) return null;
  if (!verb[1]) {
    const subject = subjectBefore(p, v);
    if (subject.length) return classify(p, subject);
  }
  // A participle right after a document ("answered with a report contending that '…'") is the document's, not its clause subject's.
  // Or past a participle phrase of the document's own ("came out with a report pulling the other way entirely, arguing that '…'").
  const noun = verb[1] ? documentBefore(p, v) : undefined;
  if (noun) {
    const det = p.words[p.words.indexOf(noun) - 1];
    return classify(p, det && /^(?:a|an|the|its|their|his|her)$|['’]s$/.test(det.lower) ? [det, noun] : [noun]);
  }
  return classify(p, subjectFrom(p, pre, verb.index));
}

/** Words a document's own participle phrase may run to before the participle that credits the quotation. */
const DOCUMENT_PHRASE = 6;

/**
 * The document a participle at v is set after: right after its noun ("a report contending that"), or after a comma that
 * ends a participle phrase on the document ("a report pulling the other way entirely, arguing that").
 */
function documentBefore(p: Passage, v: number): Word | undefined {
  const gap = (i: number) => p.norm.slice(p.words[i]!.end, p.words[i + 1]!.start);
  const noun = p.words[v - 1];
  if (noun && DOCUMENT.test(noun.lower) && /^\s+$/.test(gap(v - 1))) return noun;
  if (v < 2 || !/^\s*,\s*$/.test(gap(v - 1))) return undefined;
  for (let k = v - 2; k >= Math.max(1, v - 1 - DOCUMENT_PHRASE); k--) {
    if (!/^\s+$/.test(gap(k))) return undefined;
    const doc = p.words[k - 1]!;
    if (p.words[k]!.lower.endsWith('ing') && DOCUMENT.test(doc.lower) && /^\s+$/.test(gap(k - 1))) return doc;
  }
  return undefined;
}

/**
 * "from <party>:", "appears in <party>:" or "a remark by <party>:" right before a quotation's opening mark ("… appears in Acme's memo itself:"),
 * or "from <party>, not from <another>:", where the first is the source, or "from <party>, talking about <a matter>:"; the party is
 * named after the last "from" ("The line most quoted from the coverage came from Jack Clark:").
 */
const SOURCE_BEFORE = /\b(?:from|(?:appears|appeared|is|was)\s+in|(?:remarks?|comments?|words|line|quotation|statement|observation)\s+by)\s+((?:(?!from\s)[^,;:"()]){2,60}?)(?:\s+itself)?(?:,\s+not\s+(?:from\s+)?[^,;:"()]{2,60}|,\s+(?:talking|speaking|writing|commenting)\s+(?:about|of|on)\s+[^,;:"()]{2,60})?:\s*$/;
/** "quotes <party> as saying (that)" in the quotation's clause, with no other quotation or verb between. */
const QUOTING_BEFORE = /\b(?:quotes|quoted|quoting|cites|cited|citing)\s+([^,;:"()]{2,60}?)\s+as\s+(?:saying|writing|arguing|stating|warning|insisting|telling\s+\S+)(?:\s+that)?\b[^";:]{0,80}$/d;
/** "according to <party>," right before a quotation's opening mark. */
const ACCORDING_BEFORE = /\baccording\s+to\s+([^,;:"()]{2,60}?)\s*[,:]\s*$/di;
/** "it was <party> who said it" (wrote, put it…) before a quotation in its clause, or who did anything set before it with a colon ("It was X who spelled out what that means:"). */
const CLEFT_BEFORE = new RegExp(`\\bit\\s+(?:was|is)\\s+([^,;:"()]{2,60}?)\\s+(?:who|that)\\s+(?:(?:${VERBS}|put it|first said)\\b[^";]{0,20}:?|[a-z]+\\b[^";:]{0,50}:)\\s*$`, 'di');
/** Characters a cleft's verb may stand before the quotation it frames ("that spelled out the catch — it '…'"). */
const CLEFT_REACH = 50;
/** The same where a colon sets the quotation after what the cleft's party did ("that made the point I most want you to keep:"). */
const CLEFT_REACH_COLON = 80;
/** "<party>'s assessment is blunt:" (a view, verdict, warning… of the party's) right before a quotation's opening mark. */
const VERDICT_BEFORE = /(?:^|\s)((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}[\p{L}-]+['’]s?)\s+(?:own\s+)?(?:assessment|verdict|view|conclusion|warning|message|position|words|advice)(?:\s+(?:is|was)(?:\s+[\p{L}-]+)?)?\s*:\s*$/u;

/** "<party>'s insistence that" (argument, claim, contention…) right before a quotation's opening mark: the party's words. */
const STANCE_BEFORE = /(?:^|\s)((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}[\p{L}-]+['’]s)\s+(?:own\s+)?(?:insistence|argument|claim|contention|assertion|demand|belief)\s+that\s*$/u;

/** "was <party>'s:" right before a quotation's opening mark: the line, remark or warning before it is the party's. */
const OWNER_BEFORE = /\b(?:was|is)\s+((?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s)\s*:\s*$/u;

/** "in <party>'s wording" (words, phrasing, telling, account) before a quotation in its sentence, with no verb of speech after it. */
const IN_ACCOUNT = /\bin\s+((?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}[\p{L}-]+)['’]s\s+(?:own\s+)?(?:words|wording|phrasing|phrase|telling|account)\b[^"]{0,60}$/u;

/** "in the words of <party>," (or a colon) right before a quotation's opening mark. */
const IN_WORDS_OF = /\bin\s+the\s+(?:own\s+)?words\s+of\s+([^,;:"()]{2,60}?)\s*[,:]\s*$/di;

/** The party whose words a quotation is, by "in <party>'s wording" before it ("The downside, in OpenAI's wording: such a system '…'"). */
function inAccount(p: Passage, pre: string, m: RegExpExecArray | null = IN_ACCOUNT.exec(pre)): Credit | null {
  if (!m) return null;
  const at = m.index + m[0].indexOf(m[1]!);
  // The party's last word carries the possessive mark ("OpenAI's"), so the match is read to its end.
  return classify(p, withoutPossessive(wordsIn(p, at, at + m[1]!.length + 2)));
}

/** A party's words with the possessive mark taken off the last ("OpenAI's" read as "OpenAI"). */
function withoutPossessive(ws: Word[]): Word[] {
  const last = ws.at(-1);
  // A word's lower-case form may already stand without the mark ("post's" is "post"): only a mark is cut from it.
  if (last && /['’]s$/.test(last.text)) ws[ws.length - 1] = { ...last, text: last.text.slice(0, -2), lower: last.lower.replace(/['’]s$/, ''), end: last.end - 2 };
  return ws;
}

/** A clause joined on after a comma ("No, and Jack Clark made that point: …"). */
const JOINED_CLAUSE = /,\s+(?:and|but|so)\s+/g;
/** A relative clause set off by commas: ", who helped found Anthropic,". */
const RELATIVE_ASIDE = /,\s+(?:who|which)\s+[^,;:"]{2,80},/g;
/** A relative clause on the point a speaker made, ending the clause before the colon ("made a point that cuts to the heart of it"). */
const POINT_ABOUT = /\b(?:made|makes|make|raised|raises|offered|offers)\s+(?:a|an|the|one|another|his|her|their|its)\s+(?:[a-z]+\s+)?(?:point|argument|case|observation|warning|caution|caveat)\s+((?:that|which)\s+[^,;:"]{2,80})$/i;
/** Words of a clause set before a quotation with a colon, at most, for its subject to be the speaker. */
const COLON_CLAUSE_MAX = 12;

/**
 * The subject of a short clause set before the quotation with a colon when no speech verb frames it ("Jack Clark of
 * Anthropic made that point himself: '…'"): news writes the speaker's own words after what they did.
 */
function colonSubject(p: Passage, pre: string): Credit | null {
  if (!/:\s*$/.test(pre)) return null;
  const colon = pre.lastIndexOf(':');
  // The clause starts after a reply's "No, and …" or "Yes, but …" as after a semicolon (same length, so offsets hold).
  const joined = [...pre.slice(0, colon).matchAll(JOINED_CLAUSE)].at(-1);
  const clause = joined ? `${pre.slice(0, joined.index)}${' '.repeat(joined[0].length - 1)};${pre.slice(joined.index + joined[0].length)}` : pre;
  // A relative clause set off by commas ("Jack Clark, who helped found Anthropic, has put it in one sentence") is no part of it.
  const from = clause.lastIndexOf(';', colon) + 1;
  let asides = [...clause.slice(from, colon).matchAll(RELATIVE_ASIDE)].reduce((n, m) => n + wordsIn(p, from + m.index, from + m.index + m[0].length).length, 0);
  // Nor is one that says what the point made is ("He also made a point that cuts right to the heart of the fight: …").
  const about = POINT_ABOUT.exec(clause.slice(from, colon));
  if (about) asides += wordsIn(p, from + about.index + about[0].length - about[1]!.length, colon).length;
  if (wordsIn(p, from, colon).length - asides > COLON_CLAUSE_MAX) return null;
  const subject = subjectFrom(p, clause, colon);
  return subject.length ? classify(p, subject) : null;
}

/** A quotation opened in this sentence and not closed in it: it runs on into the next. */
const runsOn = (p: Passage, q: Piece) => q.end === p.norm.length && p.norm[q.start - 1] === '"';

/** Two credits name different parties: a person against an organisation or document, two different names, or one of a named person's group against that person. */
export function differentParties(x: Credit, y: Credit): boolean {
  const ofOther = (c: Credit, d: Credit) => !!c.of && !!d.name && sameName(c.of, d.name);
  return x.person !== y.person || (!!x.name && !!y.name && !sameName(x.name, y.name)) || ofOther(x, y) || ofOther(y, x);
}
