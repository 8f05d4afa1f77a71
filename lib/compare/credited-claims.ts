/**
 * Claims a passage credits to a party in reported speech, outside quotations: the subject of a verb of saying,
 * urging or calling for ("Papernot called for closer collaboration between…"), read as credit.ts reads a quotation's.
 */

import { REPORTING_VERBS, SPEAKER_ADVERBS } from '../text/reporting';
import { memo, slot, type Passage, type Word } from './passage';
import type { Credit } from './credit';
import { classify } from './party-kind';
import { commaBefore, nameLike, participleSubject, relativeSubject, subjectBefore, wordsIn } from './subjects';
import { relays } from './relayed';
import { phraseClaims, stemsIn } from './credit-phrases';
import { clefts } from './cleft';
import { MONTHS, WEEKDAY_WORD } from '../text/temporal';

const CLAIMS_SLOT = slot();

/** Verbs that credit a claim written after them ("Papernot called for closer collaboration between…"); "called" and "calls" only before "for". */
const CLAIM_VERBS: ReadonlySet<string> = new Set([...REPORTING_VERBS, 'urged', 'urges', 'called', 'calls', 'recommended', 'recommends', 'demanded', 'demands', 'wants', 'wanted', 'proposed', 'proposes']);
/** The same verbs in the progressive, after "is" or "was" ("The agency is urging companies to…"); "calling" only before "for". */
const PROGRESSIVE: ReadonlySet<string> = new Set(['urging', 'calling', 'arguing', 'warning', 'insisting', 'saying', 'claiming', 'recommending', 'stressing', 'demanding']);
const BE = new Set(['is', 'are', 'was', 'were', 'been']);
/** Participles set off by a comma whose subject is their clause's ("OpenAI pushed back, arguing that…"), before "that". */
const PARTICIPLES: ReadonlySet<string> = new Set(['saying', 'arguing', 'warning', 'insisting', 'noting', 'stating', 'adding', 'stressing', 'claiming', 'contending', 'maintaining', 'explaining', 'asserting']);
/**
 * Whether a clause opens at i without "that" ("…, saying companies and agencies need to team up"): a verb of need, modality
 * or being within the next seven words, as a clause's subject leaves room for; "saying goodbye to…" has none.
 */
function clauseAfter(ws: readonly Word[], i: number): boolean {
  for (let k = i + 1; k < Math.min(ws.length, i + 8); k++) if (CLAUSE_VERB.test(ws[k]!.lower)) return true;
  return false;
}
const CLAUSE_VERB = /^(?:need|needs|must|should|ought|have|has|will|would|could|can|are|is|were|was)$/;

/** Base forms, after a verb that carries the subject on to them ("OpenAI's report went on to warn that…"). */
const BASE: ReadonlySet<string> = new Set(['say', 'warn', 'argue', 'insist', 'claim', 'note', 'stress', 'urge', 'caution']);
const GOING = new Set(['go', 'goes', 'went']);
const CONTINUING = new Set(['continued', 'continues', 'proceeded', 'proceeds']);

/** Words a base form's carrying verb takes before it ("went on to", "continued to"), or 0 when there is none. */
function carriedBy(ws: readonly Word[], v: number): number {
  if (!BASE.has(ws[v]!.lower) || ws[v - 1]?.lower !== 'to') return 0;
  if (ws[v - 2]?.lower === 'on' && GOING.has(ws[v - 3]?.lower ?? '')) return 3;
  return CONTINUING.has(ws[v - 2]?.lower ?? '') ? 2 : 0;
}

/** A claim a passage credits to a party, outside quotations: who, and the content stems of what. */
export interface CreditedClaim {
  credit: Credit;
  stems: Set<string>;
}

/** Each credited claim of a passage outside quotations ("Papernot called for closer collaboration between…"). */
export function creditedClaims(p: Passage): CreditedClaim[] {
  return memo(p, CLAIMS_SLOT, findClaims);
}

function findClaims(p: Passage): CreditedClaim[] {
  const out = [...claimsIn(p), ...phraseClaims(p)];
  if (out.length) return out;
  const line = listed(p);
  if (line.length) return line;
  const labelled = labelledLine(p);
  return labelled.length ? labelled : continued(p);
}

/** Content words a labelled line's claim needs after its colon, at least (less is a heading's gloss, "OpenAI: rival lab"). */
const LABELLED_CLAIM = 6;

/**
 * A line headed by a party's name and a colon with no verb of saying, as teletext, tickers and headlines credit a
 * claim ("OpenAI: with no worldwide mechanism, a slowdown just lets the least cautious players gain ground"): the
 * party's claim. A quotation after the colon is the quotation checks' to credit.
 */
function labelledLine(p: Passage): CreditedClaim[] {
  const colon = p.norm.indexOf(':');
  if (colon < 0 || /^\s*["“‘']/.test(p.norm.slice(colon + 1))) return [];
  // One name alone before the colon, from the line's start: a longer label is a heading ("Verification Systems:") or a
  // programme's or place's name ("New Delhi/Bengaluru:"), and a day heads a timeline's entry.
  const label = wordsIn(p, 0, colon);
  const name = label[0];
  if (label.length !== 1 || !name || name.start !== 0 || name.lower.length < 3 || !nameLike(name) || WEEKDAY_WORD.test(name.lower) || MONTHS.includes(name.lower)) return [];
  const rest = p.words.filter((w) => w.start > colon);
  const stems = stemsIn(rest);
  if (stems.size < LABELLED_CLAIM) return [];
  const credit = classify(p, label);
  return credit && credit.person !== null ? [{ credit, stems }] : [];
}

/** Words that carry reported speech on into the next sentence ("Papernot noted that … As the cost drops, …", "… Instead, even old devices …"). */
const CARRY_ON = /^(?:instead|as|and|even|so|rather)$/;

/**
 * A sentence that carries on the claim the sentence before reports, opening on a word that joins it to that claim
 * ("Papernot explained that attackers no longer need high-value targets. Instead, even old devices can become launch
 * pads"): the same party's claim, credited where the sentence before credits it.
 */
function continued(p: Passage): CreditedClaim[] {
  const first = p.words[0];
  const prev = p.before?.();
  if (!first || !CARRY_ON.test(first.lower) || !prev || p.beforeOffset === undefined || p.quotes.length) return [];
  const by = creditedClaims(prev).at(-1)?.credit;
  if (!by || by.person === null) return [];
  const credit: Credit = { ...by, start: by.start + p.beforeOffset, end: by.end + p.beforeOffset };
  return [{ credit, stems: stemsIn(p.words) }];
}

/**
 * A bulleted line's claim, credited to the party of the lead-in it hangs on ("The company argues that without
 * coordination:" / "- The least cautious players could race ahead"); the line itself stands for the party's words.
 */
function listed(p: Passage): CreditedClaim[] {
  const lead = p.leadIn?.();
  const by = lead && creditedClaims(lead).at(-1)?.credit;
  const ws = p.words.filter((w) => !w.quoted);
  if (!by?.name || !ws.length) return [];
  const credit: Credit = { ...by, text: p.text.slice(ws[0]!.start, ws.at(-1)!.end), start: ws[0]!.start, end: ws.at(-1)!.end };
  return [{ credit, stems: stemsIn(p.words) }];
}

function claimsIn(p: Passage): CreditedClaim[] {
  const out: CreditedClaim[] = [];
  const ws = p.words;
  /** Verbs whose claim is read below, so that a cleft's is not read twice. */
  const read = new Set<number>();
  for (let v = 0; v < ws.length; v++) {
    const w = ws[v]!;
    if (w.quoted) continue;
    if (w.lower === 'according' && ws[v + 1]?.lower === 'to') {
      const claim = accordingTo(p, v);
      if (claim) out.push(claim);
      continue;
    }
    // A progressive verb's subject stands before its auxiliary.
    // "The authorities are now calling for…": an adverb may stand between the auxiliary and the verb.
    const adverbed = v > 1 && SPEAKER_ADVERBS.has(ws[v - 1]!.lower) && BE.has(ws[v - 2]!.lower) ? 1 : 0;
    const progressive = PROGRESSIVE.has(w.lower) && v > adverbed && BE.has(ws[v - 1 - adverbed]!.lower);
    const carried = carriedBy(ws, v);
    // "…, arguing that": the claim is the subject's of the clause the participle hangs on.
    if (PARTICIPLES.has(w.lower) && !progressive && commaBefore(p, v) && (ws[v + 1]?.lower === 'that' || (w.lower === 'saying' && clauseAfter(ws, v + 1)))) {
      const credit = classify(p, participleSubject(p, v));
      if (credit && credit.person !== null) out.push({ credit, stems: stemsIn(ws.slice(v + 1)) });
      continue;
    }
    if (!CLAIM_VERBS.has(w.lower) && !progressive && !carried) continue;
    if ((w.lower === 'called' || w.lower === 'calls' || w.lower === 'calling') && ws[v + 1]?.lower !== 'for') continue;
    // "proposed closer collaboration": a call; "proposed that the labs …" sets out a plan, which outlets word as their own.
    if ((w.lower === 'proposed' || w.lower === 'proposes') && ws[v + 1]?.lower === 'that') continue;
    const trailing = trailingCredit(p, v);
    if (trailing) {
      out.push(trailing);
      continue;
    }
    // "Mr Orchard said Papernot wanted…": the claim is the inner party's, read at its own verb if it has one.
    if (relays(p, v)) continue;
    const subject = clefts(p).find((c) => c.verb === v)?.party ?? relativeSubject(p, v) ?? subjectBefore(p, progressive ? v - 1 - adverbed : v - carried);
    const credit = subject.length ? classify(p, subject) : entryLabel(p, v);
    if (!credit || credit.person === null) continue;
    out.push({ credit, stems: stemsIn(ws.slice(v + 1, clauseEnd(p, v + 1))) });
    read.add(v);
  }
  // A cleft's clause is its party's claim whatever the verb ("It is OpenAI's report, too, that sets out the check…").
  for (const c of clefts(p)) {
    if (read.has(c.verb)) continue;
    const credit = classify(p, c.party);
    if (credit && credit.person !== null) out.push({ credit, stems: stemsIn(ws.slice(c.verb)) });
  }
  return out;
}

/**
 * Where the clause a claim opens at word `from` ends: at a semicolon, after which another clause speaks for itself
 * ("Anthropic wants the labs to slow down; OpenAI's position is that governments should write the rules").
 */
function clauseEnd(p: Passage, from: number): number {
  const ws = p.words;
  for (let k = from + 1; k < ws.length; k++) if (p.norm.slice(ws[k - 1]!.end, ws[k]!.start).includes(';')) return k;
  return ws.length;
}

/** Words a trailing credit may hold between its verb and the sentence's end ("…, said Papernot, the lead researcher"). */
const TRAILING_WORDS = 6;


/** Words of the party after "according to", at most. */
const SOURCE_WORDS = 8;

/**
 * A claim credited with "according to": the party up to the next comma, and the claim after it when the credit
 * opens the sentence ("According to the agency, the ferries…"), or before it when the credit ends the sentence
 * ("Governments should set the rules, according to the White House").
 */
function accordingTo(p: Passage, v: number): CreditedClaim | null {
  const ws = p.words;
  let k = v + 2;
  while (k < ws.length && k - v - 2 < SOURCE_WORDS && !commaBefore(p, k)) k++;
  const party = ws.slice(v + 2, k);
  if (!party.length) return null;
  const credit = classify(p, party);
  if (!credit || credit.person === null) return null;
  const opens = v === 0 || (commaBefore(p, v) && v <= 3);
  const stems = k >= ws.length ? stemsIn(ws.slice(0, v)) : opens ? stemsIn(ws.slice(k)) : new Set<string>();
  return stems.size >= 3 ? { credit, stems } : null;
}

/**
 * A credit set after its claim, at the sentence's end: "It would also increase the risk…, the company said." or
 * "…, said Papernot." The claim is the clause before the comma (outside quotations, which credit.ts reads).
 */
function trailingCredit(p: Passage, v: number): CreditedClaim | null {
  const ws = p.words;
  const end = ws.length;
  if (end - v > TRAILING_WORDS + 1) return null;
  let subject: Word[];
  let at: number;
  if (commaBefore(p, v)) {
    // "…, said Papernot.": the party follows the verb, up to the next comma.
    let k = v + 1;
    while (k < end && !commaBefore(p, k)) k++;
    subject = ws.slice(v + 1, k);
    at = v;
  } else {
    // "…, the company said.": the verb ends the sentence, its subject set off by a comma.
    if (v !== end - 1) return null;
    subject = subjectBefore(p, v);
    at = subject.length ? ws.indexOf(subject[0]!) : -1;
    if (at < 0 || !commaBefore(p, at)) return null;
  }
  if (!subject.length) return null;
  const credit = classify(p, subject);
  if (!credit || credit.person === null) return null;
  const stems = stemsIn(ws.slice(0, at));
  return stems.size >= 3 ? { credit, stems } : null;
}

/**
 * The subject of a verb that opens a clause of an entry headed by its subject, as trackers and glossaries write
 * them: "Future of Life Institute: non-profit behind …; warns that …". The label is a name of up to six words.
 */
function entryLabel(p: Passage, v: number): Credit | null {
  const colon = p.norm.indexOf(':');
  const verb = p.words[v]!;
  if (colon < 0 || colon > verb.start || !/[;:]\s*$/.test(p.norm.slice(0, verb.start))) return null;
  const label = wordsIn(p, 0, colon);
  if (!label.length || label.length > 6 || !label.every((w) => nameLike(w) || w.lower === 'of' || w.lower === 'for')) return null;
  return classify(p, label);
}
