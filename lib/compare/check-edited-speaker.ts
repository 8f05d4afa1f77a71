/**
 * A party the edit took out of an edited sentence of a recognised article with another put in ("Papernot said" edited
 * to "Ontario's privacy commissioner said", "Rival OpenAI says" to "…, says rival Google DeepMind"): where an outlet
 * on the point names the party taken out, and not the new one, the page credits the point to someone else. The new
 * party need not be a name of the same shape (check-replaced-name.ts reads those): a role at another body will do.
 * The party taken out may be "the company" speaking for the article's organisation ("The company says" / "Outside
 * analysts say").
 */

import { claimThere, type Edit } from './edited-sentences';
import { summarise, type Finding } from './finding';
import { isPerson, namePhrases, sameName, wholeWordsAt, type Name } from './names';
import type { Passage, Word } from './passage';
import type { Piece } from '../text/segment';
import { REPORTING_VERBS } from '../text/reporting';
import { organisationBefore } from './antecedents';

/** Roles that name a party of their own, not one of the story's own parties told another way ("the researcher", "the company"). */
const ROLE = /^(?:ministers?|commissioners?|premier|regulators?|officials?|spokesperson|spokeswoman|spokesman|analysts?|advisers?|advisors?|chief|executives?|agency|police|government|administration|director|president|secretary|dean|boss|ceo|cto|ciso)$/;

/** What follows a name in a description of one party by its kind ("the AI company", "the tech firm"; not "AI companies"). */
const EPITHET = /^\s+(?:company|firm|lab|developer|startup|start-up)\b/i;

/** What follows a product's name in an epithet for its maker ("the Claude maker", "the ChatGPT developer"). */
const MAKER = /^(?:['’]s)?\s+(?:maker|makers|developer|creator|owner|parent)\b/;

/**
 * Verbs of calling for and proposing, whose subject is who made the call as a speaker is who said it, and the plain
 * forms of saying that a plural speaker takes ("officials warn", "researchers say").
 */
const CALLING = /^(?:call|calls|called|calling|urge|urges|urged|urging|propose|proposes|proposed|proposing|suggest|suggests|suggested|say|warn|argue|claim|insist|caution|stress|note|contend|maintain|assert)$/;

/** Characters at most between a name and the role it qualifies ("Canadian security officials"). */
const QUALIFIED = 24;

/** Words after the new party that may tie a loosely like sentence to its claim, and characters from the outlet's party to them. */
const CLAIM_WORDS = 10;
const CLAIM_REACH = 200;

/** Words either side of the new party within which a verb of saying, "according to" or "by" makes it a speaker. */
const SPEAKER_REACH = 5;

const lowerText = (p: Passage) => p.norm.toLowerCase();

/**
 * Where a name stands in a text (lower case): whole, or, for a person's name, by its last word ("Nicolas Papernot" in
 * "Papernot said"). Null when it does not.
 */
function findName(n: Name, text: string): { at: number; length: number } | null {
  const at = wholeWordsAt(text, n.lower);
  if (at >= 0) return { at, length: n.lower.length };
  const last = n.lower.split(/\s+/).at(-1)!;
  if (!isPerson(n) || last.length < 4) return null;
  const k = wholeWordsAt(text, last);
  return k >= 0 ? { at: k, length: last.length } : null;
}

/** Parties a story names by their trade, which an edit may swap for another body's ("Researchers also warn" / "Security officials also warn"). */
const TRADE = /^(?:researchers?|scientists?|academics?|experts?|engineers?)$/;

/** A party named by its trade among the words the edit took out, gone from the page's sentence and named by the outlet, as a name. */
function takenParty(removed: Word[], pageText: string, otherText: string): Name | undefined {
  const w = removed.find((x) => TRADE.test(x.lower));
  if (!w) return undefined;
  const one = w.lower.replace(/s$/, '');
  if (wholeWordsAt(pageText, one) >= 0 || wholeWordsAt(pageText, one + 's') >= 0) return undefined;
  // Named by the form the outlet writes ("Lead researcher Nicolas Papernot" for "Researchers"), so it is found there.
  const form = [one, one + 's'].find((t) => wholeWordsAt(otherText, t) >= 0);
  return form ? { text: w.text, lower: form, start: w.start, end: w.end } : undefined;
}

/** Words by which a story names an organisation it has named before ("The company says"). */
const BODY = /^(?:company|firm|lab|startup)$/;

/** Words before a noun that make it one the story has named already. */
const DEFINITE = /^(?:the|its|their|his|her|this|that|these|those)$/;

/**
 * Whether word k is "the company" (firm, lab …) as the subject of a verb of saying ("The company says", "the company
 * also warned"), not a description ("the company behind Claude").
 */
function companySpeaks(p: Passage, k: number): boolean {
  const ws = p.words;
  const verb = ws[k + 1] && /^(?:also|further)$/.test(ws[k + 1]!.lower) ? ws[k + 2] : ws[k + 1];
  return k > 0 && BODY.test(ws[k]!.lower) && ws[k - 1]!.lower === 'the' && !!verb && (REPORTING_VERBS.has(verb.lower) || CALLING.test(verb.lower));
}

/** "The company" among the words the edit took out, gone from the page's sentence, as the organisation it stands for when the outlet names it. */
function takenBody(removed: Word[], original: Passage, pageText: string, otherText: string): Name | undefined {
  const w = removed.find((x) => BODY.test(x.lower));
  if (!w || wholeWordsAt(pageText, w.lower) >= 0) return undefined;
  if (!companySpeaks(original, original.words.indexOf(w))) return undefined;
  const name = organisationBefore(original, w.start) ?? original.mainOrganisation?.();
  if (!name) return undefined;
  const n: Name = { text: name, lower: name.toLowerCase(), start: w.start, end: w.end };
  return findName(n, otherText) ? n : undefined;
}

/** Where the outlet's "the company" speaks for the organisation `n` ("…, the company warned"): its place in the outlet's text, or null. */
function speaksFor(b: Passage, n: Name): { at: number; length: number } | null {
  for (let k = 1; k < b.words.length; k++) {
    const w = b.words[k]!;
    if (!companySpeaks(b, k)) continue;
    const name = organisationBefore(b, w.start) ?? b.companyFallback?.();
    const the = b.words[k - 1]!;
    if (name && sameName(name, n.text)) return { at: the.start, length: w.end - the.start };
  }
  return null;
}

/** The page crediting the point to a new party, where the outlet names the party the edit took out. */
export function checkEditedSpeaker(a: Passage, b: Passage, edit: Edit, loose = false): Finding | null {
  const original = edit.original;
  const added = edit.swaps.flatMap((s) => s.added);
  const removed = edit.swaps.flatMap((s) => s.removed);
  const inside = (n: Name, ws: Word[]) => ws.some((w) => w.start >= n.start && w.end <= n.end);
  const [pageText, originalText, otherText] = [a, original, b].map(lowerText) as [string, string, string];
  // Taken out: a name of the original's, among the words the edit removed, that the page no longer has anywhere.
  // The outlet names it, or speaks of it as "the company" (in close pairs only).
  const inOutlet = (n: Name) => findName(n, otherText) ?? (loose ? null : speaksFor(b, n));
  const y = namePhrases(original).find((n) => inside(n, removed) && !findName(n, pageText) && inOutlet(n)) ?? takenParty(removed, pageText, otherText) ?? (loose ? undefined : takenBody(removed, original, pageText, otherText));
  // "The AI company": a name that only says what kind of company stands for the party, not for a party of its own.
  if (!y || (EPITHET.test(original.norm.slice(y.end)) && /\bthe\s+$/i.test(original.norm.slice(0, y.start)))) return null;
  // Put in: a name the original does not have, or a role at another body ("Ontario's premier", "a Europol analyst").
  const fresh = namePhrases(a).filter((n) => inside(n, added) && !findName(n, originalText));
  if (fresh.some((n) => findName(n, otherText) || sameName(n.text, y.text))) return null;
  // A name that only says what the party makes is an epithet for it ("The Claude maker is pushing").
  if (fresh.some((n) => MAKER.test(a.norm.slice(n.end)))) return null;
  // A trade put in for a party of another kind is a party of its own too ("The company says" / "Independent researchers
  // say"), unless the outlet credits the point to that trade; one trade for another is a synonym ("scientists").
  // "The engineer" refers back to a party the story has named.
  const tradeFor = !removed.some((w) => TRADE.test(w.lower));
  const newTrade = (w: Word) => tradeFor && TRADE.test(w.lower) && wholeWordsAt(otherText, w.lower) < 0 && !DEFINITE.test(a.words[a.words.indexOf(w) - 1]?.lower ?? '');
  const role = added.find((w) => (ROLE.test(w.lower) || newTrade(w)) && wholeWordsAt(originalText, w.lower) < 0);
  // A name that qualifies a role is the party together with it ("Canadian security officials").
  const x: Piece | undefined = fresh[0] && role && role.start > fresh[0].end && role.start - fresh[0].end <= QUALIFIED && !a.text.slice(fresh[0].end, role.start).includes(',')
    ? { start: fresh[0].start, end: role.end, text: a.text.slice(fresh[0].start, role.end) }
    : (fresh[0] ?? role);
  if (!x) return null;
  const at = a.words.findIndex((w) => w.start >= x.start);
  const near = a.words.slice(Math.max(0, at - SPEAKER_REACH), at + SPEAKER_REACH + 1);
  const speaker = near.some((w) => REPORTING_VERBS.has(w.lower) || CALLING.test(w.lower)) || /\b(?:according to|by)\s+(?:\S+\s+){0,3}$/i.test(a.norm.slice(Math.max(0, x.start - 30), x.start));
  // A sentence rewritten throughout ("Rival OpenAI says X" / "X, says rival Google DeepMind") is read only for a name
  // put in as the speaker of a verb of saying: its other words are no edit's.
  if (edit.rewritten && (!fresh[0] || x !== fresh[0] || !speaker)) return null;
  const there = inOutlet(y)!;
  // A sentence only loosely like the page's names the party on its point only where the claim's own words stand
  // around it ("Researchers also warn of … worms that can spread" / "researchers … demonstrated … worm … spreads").
  if (loose) {
    const claim = claimThere(a, at, b, CLAIM_WORDS);
    if (!claim || Math.abs(claim.piece.start - there.at) > CLAIM_REACH) return null;
  }
  const pa = [{ start: x.start, end: x.end, text: a.text.slice(x.start, x.end) }];
  const pb = [{ start: there.at, end: there.at + there.length, text: b.text.slice(there.at, there.at + there.length) }];
  return { kind: speaker ? 'attribution' : 'name', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.7 };
}
