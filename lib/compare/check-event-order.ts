/**
 * Two events told in opposite order: one side has the refusal bring about the blacklisting ("refused …, prompting
 * backlash that resulted in … a blacklist"), the other has the refusal come after it ("After the government put it
 * on a blacklist, the company refused …", "… put on a blacklist, and only afterwards refused …"). Each order word
 * gives its sentence a pair of events, first and second, read as content words; names are left out, as they say
 * who acted, not what happened.
 */

import type { Piece } from '../text/segment';
import type { Finding } from './finding';
import { summarise } from './finding';
import { memo, slot, type Passage, type Word } from './passage';
import { sharedCount } from './context';
import { STOPWORDS } from '../text/stopwords';

const ORDERS_SLOT = slot();

/** A cause before what it brings about: "A, prompting B", "A, which led to B". */
const CAUSE = /\b(?:prompted|prompting|triggered|triggering|sparked|sparking|resulted in|resulting in|led to|leading to)\b/gi;
/** "After B, A" at the sentence's start, or "A after B" within it; "A before B"; "once B" (or "only when B") as "after B". */
const RELATION = /\b(?:(?:just|shortly|soon|only|right|immediately)\s+)?(after|before|once|(?<=only\s+)when)\b/gi;
/** Words before "once" that make it "formerly" ("it once argued", "was once"), and after it that make it "one time" ("once again"). */
const FORMERLY = /\b(?:at|had|has|have|was|were|is|are|he|she|it|they|we|i|who|which)\s+$/i;
const NOT_AFTER = /^\s+(?:again|more|upon|or twice|and for all|a|an|every)\b/i;
/** "A would give time for B to catch up": A comes first and makes room for B. */
const PURPOSE = /\b(?:give|gives|giving|gave|buy|buys|buying|bought|allow|allows|allowing|allowed|leave|leaves|leaving)\s+(?:\w+\s+)?(?:time|room|space)\s+for\b/gi;
/**
 * "B, and (only) afterwards A", "B, and only after that A", "B first and only then A", "B and then A": what follows the
 * word came second. (A bare "then" may close a condition, "if B, then A", and orders nothing.)
 */
const THEN = /\b(?:(?:only|shortly|soon)\s+)?(?:afterwards?|thereafter|subsequently|after (?:that|this|which)|in the wake of (?:that|this|which|it)|following (?:that|this|which))\b|\b(?:only|and) then\b|(?<=,\s*)then\b/gi;
/** A condition or time before ", then" makes it "if B, then A", which orders nothing. */
const CONDITION = /\b(?:if|when|whenever|unless|once)\b/i;

/** "first" as an order word ("published first, and…", "having first released…"), and the perfect participle before it. */
const FIRST = /\b(?:first|already)\b/gi;
const HAVING = /^(?:having|had)$/;

/** Words an event is read over, at most. */
const EVENT_WORDS = 14;

interface Order {
  marker: Piece;
  first: Set<string>;
  second: Set<string>;
}

/** Whether punctuation ending a clause stands between words i and i + 1 (a full stop inside a sentence is an abbreviation's: "U.S."). */
const breakAfter = (p: Passage, i: number, marks = /[,;:!?()]/) => marks.test(p.norm.slice(p.words[i]!.end, p.words[i + 1]?.start ?? p.norm.length));

/**
 * Verbs of the events news orders most, each family read as one ("made its findings public" / "releasing his research",
 * "alerted" / "notified" the authorities).
 */
export const EVENT_FAMILIES: ReadonlyMap<string, string> = new Map([
  ...['releas', 'publish', 'public', 'publicli', 'unveil', 'circul'].map((s): [string, string] => [s, 'publish']),
  ...['alert', 'notifi', 'inform', 'told', 'tell', 'brief'].map((s): [string, string] => [s, 'inform']),
  // What a study puts out ("the paper", "his research", "the findings", "the results").
  ...['paper', 'research', 'find', 'result', 'studi'].map((s): [string, string] => [s, 'work']),
]);

/** Content stems of words from..to, names left out. */
function eventOf(ws: readonly Word[], from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let i = Math.max(0, from); i <= Math.min(ws.length - 1, to); i++) {
    const w = ws[i]!;
    if (w.lower.length > 2 && !STOPWORDS.has(w.lower) && w.text[0] === w.lower[0]) out.add(EVENT_FAMILIES.get(w.stem) ?? w.stem);
  }
  return out;
}

/** Words of an aside set off by commas that a short clause is read past ("had it declined, earlier this year, to allow…"). */
const ASIDE = 4;

/** The clause after word i: up to the next clause mark, at most EVENT_WORDS words, past one short aside when it has barely begun. */
function clauseAfter(p: Passage, i: number): Set<string> {
  let to = i;
  while (to + 1 < p.words.length && to - i < EVENT_WORDS && !breakAfter(p, to)) to++;
  const event = eventOf(p.words, i, to);
  if (event.size >= POINTER || to + 1 >= p.words.length || !breakAfter(p, to, /,/)) return event;
  let end = to + 1;
  while (end + 1 < p.words.length && end - to <= ASIDE && !breakAfter(p, end)) end++;
  return end - to <= ASIDE && breakAfter(p, end, /,/) && end + 1 < p.words.length ? new Set([...event, ...clauseAfter(p, end + 1)]) : event;
}

/** Words that open an aside on the event before them ("…, due to take effect…", "…, set to…", "…, which…"). */
const ASIDE_LEAD = /^(?:due|set|slated|scheduled|which|whose)$/;

/** Words of a clause that only points back ("a decision that prompted…"): the clause before it is the event. */
const POINTER = 3;

/**
 * The clause before word i, past one comma right before it ("A, prompting B") and past a short clause that points
 * back or joins ("A, a decision that prompted B", "B, and only afterwards A"): back to a clause mark, at most
 * EVENT_WORDS words.
 */
function clauseBefore(p: Passage, i: number, crossComma: boolean): Set<string> {
  const to = i - 1;
  if (to < 0 || (breakAfter(p, to) && !crossComma)) return new Set();
  // A bracketed aside right before ("a blacklist earlier this year (it bites later in 2026), then …") says when or what
  // of the event before it: the event is read before the bracket.
  if (crossComma && /\)/.test(p.norm.slice(p.words[to]!.end, p.words[i]!.start))) {
    const open = p.norm.lastIndexOf('(', p.words[to]!.start);
    const before = open < 0 ? -1 : p.words.findIndex((w) => w.start >= open) - 1;
    if (before >= 0 && to - before <= EVENT_WORDS) return clauseBefore(p, before + 1, true);
  }
  let from = to;
  while (from > 0 && to - from < EVENT_WORDS && !breakAfter(p, from - 1)) from--;
  if (crossComma && to - from < POINTER && from > 0 && breakAfter(p, from - 1, /[,;]/)) return new Set([...eventOf(p.words, from, to), ...clauseBefore(p, from, true)]);
  // An aside set off by commas ("a blacklist, due to take effect later in 2026, and only after that…") says when or what
  // of the event before it, which is read with it.
  if (crossComma && from > 0 && ASIDE_LEAD.test(p.words[from]!.lower) && breakAfter(p, from - 1, /,/)) return new Set([...eventOf(p.words, from, to), ...clauseBefore(p, from, true)]);
  return eventOf(p.words, from, to);
}

/** The ordered pairs of events a passage's order words give (once per passage). */
function orders(p: Passage): Order[] {
  return memo(p, ORDERS_SLOT, () => {
    const out: Order[] = [];
    const at = (offset: number) => p.words.findIndex((w) => w.start >= offset);
    const add = (m: RegExpExecArray, first: Set<string>, second: Set<string>) => {
      if (first.size && second.size) out.push({ marker: { text: m[0], start: m.index, end: m.index + m[0].length }, first, second });
    };
    // A cause or "afterwards" with no word after it ("…, and only afterwards.") orders nothing.
    for (const m of [...p.norm.matchAll(CAUSE), ...p.norm.matchAll(THEN)]) {
      // "A first and then B" is read at "first", below.
      if (/^and/i.test(m[0]) && /\bfirst\s+$/i.test(p.norm.slice(0, m.index))) continue;
      if (/^then/i.test(m[0]) && CONDITION.test(p.norm.slice(0, m.index))) continue;
      const next = at(m.index + m[0].length);
      if (next >= 0) add(m, clauseBefore(p, at(m.index), true), clauseAfter(p, next));
    }
    // "A first, and B …" (or "A first; B …", "A first and then B"): A came first; "B, having first A": the clause after "first" did.
    for (const m of p.norm.matchAll(FIRST)) {
      const i = at(m.index);
      if (i < 0) continue;
      const already = p.words[i]!.lower === 'already';
      if (!already && breakAfter(p, i, /[,;]/) && i + 1 < p.words.length) add(m, clauseBefore(p, i, false), clauseAfter(p, i + 1));
      // "released his research first and then notified…", "made its findings public first and briefed the authorities
      // afterwards": what follows "and" (past "then") came second.
      else if (!already && p.words[i + 1]?.lower === 'and' && !breakAfter(p, i) && p.words[i + 2]?.lower !== 'foremost') {
        const next = p.words[i + 2]?.lower === 'then' ? i + 3 : i + 2;
        if (next < p.words.length) add(m, clauseBefore(p, i, false), clauseAfter(p, next));
      }
      else if (i > 0 && HAVING.test(p.words[i - 1]!.lower) && i + 1 < p.words.length) {
        // "Having already been placed on a blacklist, the company refused…": opening its clause, the participle's event
        // came before the main clause after it; set after the main clause ("…, having first released…"), before that one.
        let end = i + 1;
        while (end + 1 < p.words.length && !breakAfter(p, end)) end++;
        const opens = (i === 1 || breakAfter(p, i - 2)) && end + 1 < p.words.length && breakAfter(p, end, /,/);
        add(m, clauseAfter(p, i + 1), opens ? clauseAfter(p, end + 1) : clauseBefore(p, i - 1, true));
      }
    }
    for (const m of p.norm.matchAll(PURPOSE)) {
      const next = at(m.index + m[0].length);
      if (next >= 0) add(m, clauseBefore(p, at(m.index), false), clauseAfter(p, next));
    }
    for (const m of p.norm.matchAll(RELATION)) {
      // "once" as "formerly" or "one time" ("he once said", "once again", "at once") orders nothing.
      if (m[1]!.toLowerCase() === 'once' && (FORMERLY.test(p.norm.slice(0, m.index)) || NOT_AFTER.test(p.norm.slice(m.index + m[0].length)))) continue;
      const i = at(m.index);
      const next = at(m.index + m[0].length);
      if (next < 0) continue;
      const reference = clauseAfter(p, next);
      // Opening its sentence ("After B, A"), the order word's clause ends at a comma and the main clause follows.
      let end = next;
      while (end + 1 < p.words.length && !breakAfter(p, end)) end++;
      const action = i <= 1 ? clauseAfter(p, end + 1) : clauseBefore(p, i, false);
      if (m[1]!.toLowerCase() === 'before') add(m, action, reference);
      else add(m, reference, action);
    }
    return out;
  });
}

/** The same two events in opposite order on the two sides, each tied by a shared word and three in all. */
export function checkEventOrder(a: Passage, b: Passage): Finding | null {
  const ob = orders(b);
  if (!ob.length) return null;
  for (const x of orders(a)) {
    for (const y of ob) {
      const crossed = [sharedCount(x.first, y.second, a.related), sharedCount(x.second, y.first, a.related)];
      if (Math.min(...crossed) < 1 || crossed[0]! + crossed[1]! < 3) continue;
      // Told in the same order, the two share more the straight way than crossed.
      if (sharedCount(x.first, y.first, a.related) + sharedCount(x.second, y.second, a.related) >= crossed[0]! + crossed[1]!) continue;
      return { kind: 'sequence', a: [x.marker], b: [y.marker], summary: summarise([x.marker], [y.marker]), confidence: 0.6 };
    }
  }
  return null;
}
