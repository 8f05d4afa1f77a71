/**
 * What kind of party a subject names: a person, an organisation, or a document speaking for one, and the party's name
 * when the words or the sentences before give it. By a pronoun, a role, a head noun, or a name and how its article writes it.
 */

import type { Piece } from '../text/segment';
import { STOPWORDS } from '../text/stopwords';
import { timeExprs } from '../text/temporal';
import type { Passage, Word } from './passage';
import { INSTITUTION, namePhrases, type Name } from './names';
import { organisationBefore, personBefore, publisherBefore, roleHolderBefore, subjectOrganisationBefore } from './antecedents';
import { DETERMINERS, NAMED_BODY, NOT_PERSON, PREPOSITIONS, PRONOUNS, ROLE, nameLike } from './subjects';
import type { Credit } from './credit';

/** Heads of an organisation that "the company" can stand for, named in the sentence before. */
const ORGANISATION = /^(?:company|firm|lab|laboratory|startup|start-up|university|institute|agency|organi[sz]ation)$/;
/** Documents that speak for whoever published them ("the post", "the report"). */
export const DOCUMENT = /^(?:report|announcement|statement|post|paper|study|letter|proposal|filing|memo|release|document|order|bill|ruling|directive|decree)$/;

/** Honorifics before a surname, as British and Commonwealth news and parliaments write people ("Mr Fraser", "Dr Voss"). */
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|lord|lady)\.?$/;
/** Two capitals running together (a constant: the bundler writes a \p{…} literal as a new RegExp, made again on every call). */
const TWO_CAPITALS = /\p{Lu}{2}/u;

/** The capitalised words right before word k of a subject, as one name ("Harbor Trust" in "The Harbor Trust report"), or ''. */
function nameBefore(ws: Word[], k: number): string {
  let i = k;
  while (i > 0 && nameLike(ws[i - 1]!)) i--;
  return ws.slice(i, k).map((w) => w.text).join(' ');
}

/** Names a document opening a sentence may carry before its noun ("That same OpenAI report"). */
const DOCUMENT_NAME_WORDS = 3;

/**
 * Whose document "it" stands for when its sentence opens on one named by a determiner that points back ("That report also
 * grants …, though it warns …", "The same report says …, and it adds", "That same OpenAI report is where …, it says,"):
 * the name before the document's noun, or else its publisher, found back across sentences.
 */
function documentSubject(p: Passage, at: number): string | undefined {
  const ws = p.words;
  // Only a determiner that points back ("that", "this", "the same"): a plain "the post" may be any post named before.
  const first = ws[0]?.lower ?? '';
  const same = ws[1]?.lower === 'same' ? 2 : 1;
  if (!(/^(?:that|this)$/.test(first) || (first === 'the' && same === 2))) return undefined;
  let k = same;
  while (k < ws.length && k - same < DOCUMENT_NAME_WORDS && nameLike(ws[k]!) && !DOCUMENT.test(ws[k]!.lower)) k++;
  const head = ws[k];
  if (!head || head.start >= at || !DOCUMENT.test(head.lower)) return undefined;
  return k > same ? nameBefore(ws, k) : publisherBefore(p, head.stem, ws[0]!.start);
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
    // "he" and "she" stand for the person named last; "it" for the organisation that did something last ("OpenAI gave a
    // reason. It wrote that '…'").
    return { ...piece, person, name: person ? personBefore(p, first.start) : person === false ? (subjectOrganisationBefore(p, first.start) ?? documentSubject(p, first.start)) : undefined };
  }
  // The head comes before any preposition, and is not a possessive modifier or a function word.
  const prep = subject.findIndex((w) => PREPOSITIONS.has(w.lower));
  const core = prep > 0 ? subject.slice(0, prep) : subject;
  const head = [...core].reverse().find((w) => !/['’]s$/.test(w.text) && !DETERMINERS.has(w.lower));
  if (!head) return null;
  // "The researcher said": the person named last before it, in this sentence or up to three sentences back. "Chief"
  // makes a role only of what follows it ("chief executive", not "its chief rival").
  // "the harbour committee" is an organisation by its head noun; "Tidewater Council" by its name, read below.
  const body = NOT_PERSON.test(head.lower) && !(NAMED_BODY.test(head.lower) && nameLike(head));
  if (!body && core.some((w, k) => ROLE.test(w.lower) && !(w.lower === 'chief' && k + 1 < core.length && !ROLE.test(core[k + 1]!.lower) && !/^(?:officer|technology|operating|financial)$/.test(core[k + 1]!.lower)))) {
    const name = nameIn(p, piece) ?? (first.lower === 'the' && core.length === 2 ? roleHolderBefore(p, first.start, core[1]!.lower) : undefined);
    // "Papernot's department head": someone of Papernot's, not Papernot.
    const owner = name ? undefined : core.find((w) => /['’]s$/.test(w.text) && nameLike(w));
    return owner ? { ...piece, person: true, of: owner.text.replace(/['’]s$/, '') } : { ...piece, person: true, name };
  }
  if (body) {
    // "OpenAI's report": a document speaks for the party that owns it.
    const owner = core.find((w) => w !== head && /['’]s$/.test(w.text) && nameLike(w));
    // "The OpenAI report": a name set before a document's noun owns it as a possessive does.
    const modifier = DOCUMENT.test(head.lower) ? nameBefore(core, core.indexOf(head)) : '';
    const name = owner
      ? owner.text.replace(/['’]s$/, '')
      : modifier
        ? modifier
      // "Its report": the document of the organisation "it" would stand for there.
      : first.lower === 'its' && DOCUMENT.test(head.lower)
        ? subjectOrganisationBefore(p, first.start)
      // "That report", "this report": the one named before, as "the report" is; no other noun takes them so.
      : first.lower !== 'the' && !(/^(?:that|this)$/.test(first.lower) && DOCUMENT.test(head.lower))
        ? undefined
        : ORGANISATION.test(head.lower)
          ? (organisationBefore(p, first.start) ?? (head.lower === 'company' ? p.companyFallback?.() : undefined))
          : DOCUMENT.test(head.lower)
            ? publisherBefore(p, head.stem, first.start)
            : undefined;
    return { ...piece, person: false, name };
  }
  if (!nameLike(head)) return null;
  // "Mr Fraser", "Dr Voss": an honorific makes a person of the surname after it, however the article names them.
  const honorific = core.findIndex((w) => HONORIFIC.test(w.lower));
  if (honorific >= 0 && honorific < core.length - 1 && core.slice(honorific + 1).every(nameLike)) {
    return { ...piece, person: true, name: core.slice(honorific + 1).map((w) => w.text).join(' ') };
  }
  // "Jack Clark from Anthropic", "Jack Clark of Anthropic": the name before the preposition is the party, where there is one.
  const whole = nameIn(p, piece);
  const before = p.text.slice(first.start, core.at(-1)!.end);
  const name = prep > 0 && core.every(nameLike) && !INSTITUTION.test(before) && !(whole && INSTITUTION.test(whole.replace(/\bof\b/g, ''))) ? before : whole;
  // "…, on Thursday urged": a day or a month before the verb says when, not who.
  if (!name || timeExprs(name).length > 0) return null;
  if (INSTITUTION.test(name)) return { ...piece, person: false, name };
  if (name.includes(' ')) return { ...piece, person: true, name };
  // News writing names a person in full at first mention: one capitalised word is a person when its article names
  // somebody in full with that last name ("Papernot" after "Nicolas Papernot"), and an organisation when the article
  // writes it as a name mid-sentence otherwise ("…, OpenAI argued"); a capitalised first word alone says neither.
  const use = p.nameUse?.(name.toLowerCase());
  // Two capitals running together ("OpenAI", "IBM") are an organisation's spelling, not a person's name.
  if (!use && TWO_CAPITALS.test(name)) return { ...piece, person: false, name };
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
