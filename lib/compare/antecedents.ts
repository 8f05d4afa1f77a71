/**
 * Whom a sentence's "he", "she" or "the company" stands for, read from the names around it: the nearest person
 * or organisation its own words or the sentence before name. Word shapes, not a coreference model.
 */

import { STOPWORDS } from '../text/stopwords';
import { REPORTING_VERBS } from '../text/reporting';
import { MONTHS, WEEKDAY_WORD, timeExprs } from '../text/temporal';
import type { Passage } from './passage';
import { isPerson, namePhrases, type Name } from './names';
import { isPlace } from './places';
import { ROLE_WORD } from './roles';

/** A past-tense verb's shape ("rejected", "took"). */
export const PAST = /ed$|^(?:took|made|gave|told|said|wrote|went|came|spoke|sent|set|held|brought|left|kept|drew|saw|began|became|had|was|got|struck|hit|won|lost|put|ran|chose|sold|bought|built)$/;

/** A named person: a full name that is no institution's, or a one-word name its article uses for a person. */
function personName(p: Passage, n: Name): boolean {
  return n.text.includes(' ') ? isPerson(n) : p.nameUse?.(n.lower) === 'person';
}

/**
 * Who "he" or "she" at `at` stands for: the last person named before it in its sentence, outside quotations, or
 * else the person the sentence before opens with ("Priya Raman, a PhD student, said … An old laptop … she said").
 */
export function personBefore(p: Passage, at: number): string | undefined {
  // A capitalised time opening a sentence joins the word after it into no one's name ("Today AI has made an attack so cheap").
  const own = namePhrases(p).filter((n) => n.end <= at && !p.quotes.some((q) => q.start <= n.start && n.end <= q.end) && !bracketed(p.text, n) && personName(p, n) && timeExprs(n.text).length === 0);
  if (own.length) return own.at(-1)!.text;
  const prev = p.before?.();
  if (!prev || prev.words.length < 4) return undefined;
  const lead = namePhrases(prev).find((n) => n.start <= prev.words[3]!.start && !bracketed(prev.text, n));
  return lead && personName(prev, lead) && timeExprs(lead.text).length === 0 ? lead.text : undefined;
}

/**
 * Whether a name stands inside brackets: an aside or a script's cue ("(KELSEY VO)", "[SOT: RAY DUNLEAVY]") names no
 * one the sentence's "he" goes back to.
 */
function bracketed(text: string, n: Name): boolean {
  const open = Math.max(text.lastIndexOf('(', n.start), text.lastIndexOf('[', n.start));
  if (open < 0 || /[)\]]/.test(text.slice(open, n.start))) return false;
  return /^[^([]*[)\]]/.test(text.slice(n.end));
}

/** Documents a party puts out, which speak for it as its subject ("the OpenAI report carries a warning"). */
const PUBLISHED = /^(?:report|post|paper|statement|announcement|proposal|letter|filing)$/;
/** Present-tense verbs a subject name comes before as often as a past one ("OpenAI has its own version of the argument"). */
const PRESENT = /^(?:has|is)$/;
/** Adverbs that may stand between a subject and its verb ("OpenAI even gave", "Acme also said"). */
const BETWEEN = /^(?:also|even|then|later|already|again|still|just|further|once|first|quickly|publicly|recently)$/;

/**
 * Which organisation "it" at `at` stands for: the one that is the subject of its own sentence before it, else of the
 * sentence before ("OpenAI even gave a reason. It wrote that …"): a name among the first words, followed by a verb of
 * the past or of saying, or set apart by a cleft ("It was OpenAI that…"). A name that only modifies a noun ("The Toronto
 * demonstration") is none.
 */
export function subjectOrganisationBefore(p: Passage, at: number): string | undefined {
  const subject = (q: Passage, end: number) => {
    // A clause fronted by "After", "When", "Although" … up to its comma is no subject's: the main clause's comes after it.
    const lead = frontedClause(q);
    for (const n of namePhrases(q)) {
      const i = q.words.findIndex((w) => w.start === n.start);
      if (i < lead) continue;
      if (n.end > end || i - lead > 4) break;
      const k = q.words.findIndex((w) => w.start >= n.end);
      const verb = q.words[k] && BETWEEN.test(q.words[k]!.lower) ? q.words[k + 1] : q.words[k];
      // "It was OpenAI that supplied …": the party a cleft sets apart is its sentence's subject.
      const cleft = q.words[i - 1]?.lower === 'was' && q.words[i - 2]?.lower === 'it';
      // "The OpenAI report carries a warning: …, it says, …": a party's document speaks for it.
      // An adverb may stand after the document too ("OpenAI's report also sounds a warning").
      const v = verb ? q.words.indexOf(verb) : -1;
      const acts = q.words[v + 1] && BETWEEN.test(q.words[v + 1]!.lower) ? q.words[v + 2] : q.words[v + 1];
      const document = !!verb && PUBLISHED.test(verb.lower) && !!acts && !STOPWORDS.has(acts.lower);
      if (!cleft && !document && !(verb && (PAST.test(verb.lower) || REPORTING_VERBS.has(verb.lower) || PRESENT.test(verb.lower)))) continue;
      if (personName(q, n) || timeExprs(n.text).length > 0 || STOPWORDS.has(n.lower)) continue;
      return n.text;
    }
    return undefined;
  };
  const prev = p.before?.();
  return subject(p, at) ?? (prev ? subject(prev, prev.text.length) : undefined);
}

/** Words that open a clause set before its sentence's main clause ("After Anthropic's post went up, OpenAI answered …"). */
const FRONTING = /^(?:after|before|when|once|while|whilst|although|though|since|because|as|until|if|unless)$/;
/** Words a fronted clause may run to before its comma. */
const FRONTED_WORDS = 14;

/** The index of the first word after a clause fronted by a subordinating word and closed by a comma, or 0 when none opens the sentence. */
function frontedClause(q: Passage): number {
  if (!FRONTING.test(q.words[0]?.lower ?? '')) return 0;
  for (let k = 1; k < Math.min(q.words.length - 1, FRONTED_WORDS); k++) if (/,/.test(q.norm.slice(q.words[k]!.end, q.words[k + 1]!.start))) return k + 1;
  return 0;
}

/** Sentences back, across paragraph breaks, that "the researcher" may reach for the person it names. */
const ROLE_REACH = 3;

/**
 * Whom "the researcher" (the, and a role noun) at `at` stands for: the last person named before it in its sentence,
 * else in the sentences before, across paragraph breaks ("Papernot told reporters … ¶ The researcher called for…").
 */
export function roleHolderBefore(p: Passage, at: number, role?: string): string | undefined {
  const people = (q: Passage, end: number) => namePhrases(q).filter((n) => n.end <= end && !q.quotes.some((x) => x.start <= n.start && n.end <= x.end) && personName(q, n));
  // A person the article gives that very role ("Lead researcher Nicolas Papernot … the researcher") is whom it names,
  // however many others were named since ("A spokesperson for Hydro One … the researcher").
  if (role) {
    const titled = (q: Passage, end: number) => people(q, end).filter((n) => titledAs(q, n, role)).at(-1)?.text;
    let found = titled(p, at);
    for (let q = p.previous?.(), k = 0; !found && q && k < ROLE_REACH; q = q.previous?.(), k++) found = titled(q, q.text.length);
    if (found) return found;
  }
  // Nor is it a person the article gives another role ("OpenAI chief executive Sam Altman" is no researcher).
  const named = (q: Passage, end: number) => people(q, end).filter((n) => !role || !otherRole(q, n, role)).at(-1)?.text;
  let found = named(p, at);
  for (let q = p.previous?.(), k = 0; !found && q && k < ROLE_REACH; q = q.previous?.(), k++) found = named(q, q.text.length);
  return found;
}

/** Whether the word right before a name is a role other than `role` ("chief executive Sam Altman" for "researcher"). */
function otherRole(q: Passage, n: Name, role: string): boolean {
  const before = /([a-z-]+)\s+$/.exec(q.norm.slice(Math.max(0, n.start - 30), n.start).toLowerCase())?.[1];
  return !!before && ROLE_WORD.test(before) && !before.startsWith(role.replace(/s$/, '')) && !/^(?:lead|senior|principal|former|acting|interim|deputy|assistant|associate|dr|mr|mrs|ms|prof)$/.test(before);
}

/** Whether a name carries the role right before it ("lead researcher Nicolas Papernot") or in an appositive after it ("Papernot, the lead researcher,"). */
function titledAs(q: Passage, n: Name, role: string): boolean {
  const before = q.norm.slice(Math.max(0, n.start - 30), n.start).toLowerCase();
  const after = q.norm.slice(n.end, n.end + 40).toLowerCase();
  const r = role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b${r}\\s+$`).test(before) || new RegExp(`^,\\s+(?:a|an|the|its|their)\\s+(?:[a-z-]+\\s+)?${r}\\b`).test(after);
}

/**
 * Which organisation "the company" at `at` stands for: the name its own sentence opens with before it ("Acme adds that
 * …, the company wrote"), or else the one the sentence before opens with ("Acme rejected the plan on Monday. The company
 * argued that …"), when it names no person and no day. Else undefined: the words do not say.
 */
export function organisationBefore(p: Passage, at = -1): string | undefined {
  const own = at > 0 ? (leadOrganisation(p, at) ?? soleOrganisation(p, at)) : undefined;
  if (own) return own;
  const prev = p.before?.();
  if (prev) return leadOrganisation(prev, prev.text.length) ?? framedSpeaker(prev);
  // A paragraph that opens on "the company" goes on from the last one: its speaker, set off in a frame, is who it means.
  const last = p.previous?.();
  return last ? framedSpeaker(last) : undefined;
}

/**
 * The one organisation a sentence names before `at`, in a clause a colon or dash ends right before "the company"
 * ("Some of that wind blows from Anthropic's side, too: the company argues …"): the clause says whose side it is.
 */
function soleOrganisation(q: Passage, at: number): string | undefined {
  const before = q.norm.slice(0, at);
  if (!/[:—–]\s*$/.test(before)) return undefined;
  // A capitalised word opening a clause may be any word ("Keep the answer balanced: …"), unless the article writes it as a name.
  const named = (n: Name) => n.text.includes(' ') || !opensClause(q, n) || q.nameUse?.(n.lower) === 'proper';
  const names = namePhrases(q).filter((n) => n.end <= at && named(n) && !STOPWORDS.has(n.lower) && !isPlace(n.lower) && n.lower !== 'ai' && timeExprs(n.text).length === 0);
  const orgs = new Set(names.map((n) => n.text.replace(/['’]s$/, '')));
  if (orgs.size !== 1 || names.some((n) => personName(q, n))) return undefined;
  return [...orgs][0];
}

/** A reporting frame set off by commas: ", Anthropic argues," (the organisation named in it). */
const FRAME = new RegExp(`,\\s+((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3})(?:${[...REPORTING_VERBS].join('|')})\\s*,`, 'u');

/** The organisation a sentence's reporting frame names ("Without such a mechanism, Anthropic argues, a slowdown…"). */
function framedSpeaker(q: Passage): string | undefined {
  const m = FRAME.exec(q.norm);
  if (!m) return undefined;
  const start = m.index + m[0].indexOf(m[1]!);
  const name = namePhrases(q).find((n) => n.start === start);
  return name && !personName(q, name) && timeExprs(name.text).length === 0 ? name.text : undefined;
}

/** The organisation a sentence opens with, ending before `end`. */
function leadOrganisation(q: Passage, end: number): string | undefined {
  if (q.words.length < 4) return undefined;
  // A name set off by a dash is a dateline or a label ("TOKYO — Anthropic, …", "Thursday - Anthropic publishes …", a wiki's bold "'''Comment''' —").
  const label = (n: Name) => /^['"*_]*\s+-\s/.test(q.norm.slice(n.end, n.end + 8));
  // A place is no organisation ("The US artificial intelligence company Anthropic": not the US).
  const lead = namePhrases(q).find((n) => n.start <= q.words[3]!.start && n.end <= end && !/['’]s$/.test(q.text.slice(n.start, n.end)) && !STOPWORDS.has(n.lower) && !label(n) && !isPlace(n.lower));
  if (!lead || personName(q, lead) || timeExprs(lead.text).length > 0) return undefined;
  // A capitalised first word may be any noun; it names something when the article writes it as a name elsewhere, or
  // when, singular and with no determiner, it is the subject of a past verb ("Acme rejected"; "Regulators rejected" is not).
  const at = q.words.findIndex((w) => w.start === lead.start);
  // "An AI that upgrades itself": a thing, not a name; a bare "AI" names a technology.
  if (lead.lower === 'ai' || /^(?:a|an)$/.test(q.words[at - 1]?.lower ?? '')) return undefined;
  const next = q.words[at + 1];
  const named = lead.text.includes(' ') || (at > 0 && !opensClause(q, lead)) || q.nameUse?.(lead.lower) === 'proper' || (!/s$/.test(lead.lower) && !!next && PAST.test(next.lower));
  return named ? lead.text : undefined;
}

/** "according to (the, its)" right before a document's noun. */
const ACCORDING_BEFORE = /\baccording\s+to\s+(?:the|its|their|that|this)\s+(?:[\p{L}-]+\s+)?$/iu;

/** What may stand between a dateline's place and its dash: a date, a state, a wire's name (", May 14 (Reuters)"). */
const DATELINE_TAIL = /^(?:,[^,()-]{1,24})*(?:\s*\([^()]{1,24}\))?['"*_]*\s+-\s/;

/**
 * Where a news dateline ends, when the sentence opens with one: a place set in capitals or known as a place, then a dash
 * ("MARROWFIELD — Anthropic … used a blog post", "WASHINGTON, May 14 (Reuters) - …"). Its names say where and when, not who.
 */
function datelineEnd(q: Passage): number {
  const first = namePhrases(q)[0];
  if (!first || !/^[\s"'(]*$/.test(q.norm.slice(0, first.start))) return 0;
  const tail = DATELINE_TAIL.exec(q.norm.slice(first.end));
  const place = (first.text === first.text.toUpperCase() && /\p{Lu}{2}/u.test(first.text)) || isPlace(first.lower);
  return tail && place ? first.end + tail[0].length : 0;
}

/** Whether a name opens its sentence, or a clause after a colon or a dash ("More: Extend today's curve…"), where any word is capitalised. */
function opensClause(q: Passage, n: Name): boolean {
  const before = q.norm.slice(0, n.start);
  return /^[\s"'(]*$/.test(before) || /[:—–]\s*["'(]*$/.test(before);
}

/** What follows a name that is no party itself, only what a party makes ("Claude maker Anthropic"). */
const MODIFIER_OF = /^\s+(?:maker|makers|developer|owner|creator|parent)\b/;

/** Sentences back, across paragraph breaks, that "the post" may reach for an earlier mention of it. */
const DOCUMENT_REACH = 5;
/** Characters from a possessive to the document noun it owns ("OpenAI's new policy report"). */
const OWNED_REACH = 24;
/** Between a possessive and the noun it owns, at most two words and no stop or comma ("Anthropic's own blog post"; not "Anthropic's post appeared, with a report"). */
const OWNED_GAP = /^\s+(?:[\p{L}-]+\s+){0,2}$/u;

/** A weekday that runs into the name after it ("On Thursday Anthropic, …"): the time is left out, and the name stands. */
const DAY_BEFORE = /^(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s+/;

/** A name phrase without a weekday that opens it and says when, not who. */
function pastDay(n: Name): Name {
  const day = DAY_BEFORE.exec(n.lower);
  if (!day) return n;
  const cut = day[0].length;
  return { text: n.text.slice(cut), start: n.start + cut, end: n.end, lower: n.lower.slice(cut) };
}

/** A word that opens a clause of its own within a sentence ("by the time", "when", "while", "although"). */
const SUBORDINATE_G = /\b(?:by the time|when|while|whereas|until|because|although|though)\s/gi;

/**
 * Whose "the post" or "the report" (`noun`, a stem) at `at` is: the organisation named first, before the mention, in
 * the sentence that last mentioned that document with a name ("Anthropic publishes a blog post … ¶ The post was written
 * by … ¶ The post also argues …"), following mentions that name nobody back, each within a few sentences of the next.
 * No person and no day is a publisher. Else undefined.
 */
export function publisherBefore(p: Passage, noun: string, at: number): string | undefined {
  let q: Passage | undefined = p;
  let end = at;
  for (let k = 0; q && k <= DOCUMENT_REACH; k++) {
    const sentence: Passage = q;
    const mention = sentence.words.filter((w) => w.stem === noun && w.end <= end && !w.quoted).at(-1);
    if (mention) {
      // Not a product named before its maker ("Claude maker Anthropic").
      const aside = (n: Name) => MODIFIER_OF.test(sentence.norm.slice(n.end, n.end + 16));
      // A possessive owns the noun it stands before: "Anthropic's post appeared, it had released a report" is not Anthropic's report.
      const ownsOther = (n: Name) => /['’]s$/.test(sentence.text.slice(n.start, n.end)) && !(mention.start - n.end <= OWNED_REACH && OWNED_GAP.test(sentence.norm.slice(n.end, mention.start)));
      // A capital that only opens a clause ("Follow the link to the post") names no one, unless the article writes it as a name.
      const mere = (n: Name) => !n.text.includes(' ') && opensClause(sentence, n) && sentence.nameUse?.(n.lower) !== 'proper';
      // A stage direction in square brackets ("[Slide 4: …]") is the page's, not the story's: it names no publisher.
      const bracketed = (n: Name) => sentence.norm.lastIndexOf('[', n.start) > sentence.norm.lastIndexOf(']', n.start);
      // A name "who" follows is people ("Trustees who attended the retreat may remember …"), and people publish no post.
      const people = (n: Name) => /^\s+who\b/i.test(sentence.norm.slice(n.end, n.end + 6));
      // Nor is a month or a day named alone ("the November retreat").
      const calendar = (n: Name) => MONTHS.includes(n.lower) || WEEKDAY_WORD.test(n.lower);
      const placed = datelineEnd(sentence);
      // "…, according to the post": what stands before it is the post's claim, naming no publisher.
      const source = ACCORDING_BEFORE.test(sentence.norm.slice(Math.max(0, mention.start - 24), mention.start));
      // A clause of its own opened before the mention ("Anthropic had moved by the time its rival came out with a report")
      // has its own subject: the report's publisher is named in that clause, or not at all.
      const clause = [...sentence.norm.slice(0, mention.start).matchAll(SUBORDINATE_G)].at(-1);
      const from = clause ? clause.index + clause[0].length : 0;
      const owner = !source && namePhrases(sentence).map(pastDay).find((n) => n.end <= mention.start && n.start >= from && n.lower !== 'ai' && !aside(n) && !ownsOther(n) && !mere(n) && !bracketed(n) && !people(n) && !calendar(n) && n.start >= placed && !sentence.quotes.some((x) => x.start <= n.start && n.end <= x.end) && !personName(sentence, n) && timeExprs(n.text).length === 0 && !STOPWORDS.has(n.lower));
      if (owner) return owner.text.replace(/['’]s$/, '');
      // A mention that names nobody ("The post was written by …") passes the question back.
      k = 0;
      end = mention.start;
      continue;
    }
    q = sentence.previous?.();
    end = q?.text.length ?? 0;
  }
  return undefined;
}
