/**
 * Sequence: which came first ("follows" vs "comes alongside", "before" vs "after", "first reported by X" vs Y).
 * A bare "before"/"after" orders two events only when both sides name the same event after it ("just before
 * the company's announcement" / "a day after the announcement"); otherwise it is about something else.
 */

import type { Finding } from './finding';
import { summarise } from './finding';
import type { Passage, Word } from './passage';
import { sameName } from './names';
import { sharedCount, stemsBefore } from './context';
import { content } from './modality';
import { STOPWORDS } from '../text/stopwords';
import { PUBLISH, markers, type Marker } from './sequence-markers';
import { EVENT_FAMILIES } from './check-event-order';

/**
 * A different first reporter ("Reuters first reported" / "first reported by the Associated Press"). Both sides
 * say who reported first, so it needs no other tie: it is also checked on merely related pairs.
 */
export function checkFirstReporter(a: Passage, b: Passage): Finding | null {
  const fb = markers(b).find((m) => m.cls === 'first');
  if (!fb) return null;
  const fa = markers(a).find((m) => m.cls === 'first');
  if (!fa || sameName(fa.who ?? '', fb.who ?? '')) return null;
  return { kind: 'sequence', a: [fa], b: [fb], summary: summarise([fa], [fb]), confidence: 0.8 };
}

/** Words before a marker read for what it orders (the action: "notified Canadian cybersecurity authorities"). */
const ACTION_WORDS = 6;

/** Words after a marker read for the event it is ordered against, when that event is the other side's action. */
const EVENT_WORDS = 10;
/** Words of the main clause read for what an opening marker orders. */
const MAIN_WORDS = 8;
/** At most this many words before a marker that opens its sentence ("A few days after the post, …"). */
const OPENING = 3;

/** The event a marker orders against, read further than eventAfter, to the end of its clause: "follows separate research from the University of Toronto". */
function eventFar(p: Passage, m: Marker): Set<string> {
  const from = m.word ?? m.end;
  const at = p.words.findIndex((w) => w.start >= from);
  // A marker its clause closes on ("the day before, in a report…") names no event after it: what follows is another phrase.
  if (at < 0 || /[,;:.!?]/.test(p.norm.slice(from, p.words[at]!.start))) return new Set();
  let to = at + 1;
  while (to < Math.min(p.words.length, at + EVENT_WORDS) && !/[,;:.!?]/.test(p.norm.slice(p.words[to - 1]!.end, p.words[to]!.start))) to++;
  return content(p.words, at, to - 1);
}

/**
 * What a marker orders: the words before it, or, when it opens the sentence, the main clause after the comma
 * that closes its phrase ("A few days after Anthropic's post, researchers at the University of Toronto showed…").
 */
function ordered(p: Passage, m: Marker): Set<string> {
  const at = p.words.findIndex((w) => w.start >= m.start);
  if (at < 0 || (at > OPENING && !opensClause(p, m))) return stemsBefore(p, m.start, ACTION_WORDS);
  const comma = p.norm.indexOf(',', m.word ?? m.end);
  const main = comma < 0 ? -1 : p.words.findIndex((w) => w.start > comma);
  return main < 0 ? new Set() : content(p.words, main, main + MAIN_WORDS - 1);
}

/** Whether a marker opens a clause after a semicolon or a colon, its action after the comma that closes its phrase ("…; after the backlash that followed, the government put it…"). */
function opensClause(p: Passage, m: Marker): boolean {
  return /[;:]\s*$/.test(p.norm.slice(Math.max(0, m.start - 3), m.start)) && p.norm.indexOf(',', m.word ?? m.end) > 0;
}

/**
 * The same order word with the events swapped: one side puts T after P ("days after Anthropic's post, the Toronto
 * researchers showed…") and the other puts something after T ("the discussion follows the Toronto research"), so
 * T comes first there. Tied by `need` words of T on both sides, and no word shared by the two reference events.
 */
function swapped(a: Passage, x: Marker, b: Passage, y: Marker, need: number): boolean {
  if (x.cls !== y.cls || (x.cls !== 'before' && x.cls !== 'after')) return false;
  const [ea, eb] = [eventFar(a, x), eventFar(b, y)];
  if (sharedCount(ea, eb, a.related, true) > 0) return false;
  // A study's output is one event however it is called ("the Toronto findings" / "research from the University of Toronto").
  const [fa, fb] = [families(ea), families(eb)];
  return sharedCount(fb, families(ordered(a, x)), a.related) >= need || sharedCount(fa, families(ordered(b, y)), a.related) >= need;
}

/** Stems with the event families of check-event-order.ts read as one ("findings", "research", "study" as the work). */
const families = (stems: Set<string>) => new Set([...stems].map((s) => EVENT_FAMILIES.get(s) ?? s));

/**
 * The names before a marker, possessive or not ("OpenAI answered", "OpenAI's position"): who acts in what it orders;
 * for a marker set before its clause with a comma, the subject after the comma ("A day after Anthropic's post, OpenAI hit back").
 */
function actors(p: Passage, m: Marker): Set<string> {
  const out = new Set<string>();
  const isName = (w: Word) => w.text[0] !== w.lower[0] && !STOPWORDS.has(w.lower);
  for (const w of p.words) if (w.end <= m.start && isName(w)) out.add(w.lower.replace(/['’]s$/, ''));
  if (/^\s*,/.test(p.norm.slice(m.end))) {
    const next = p.words.findIndex((w) => w.start >= m.end);
    for (const w of next < 0 ? [] : p.words.slice(next, next + FRONTED_SUBJECT)) if (isName(w)) out.add(w.lower.replace(/['’]s$/, ''));
  }
  // A fronted order with the subject set after its auxiliary ("Only once Anthropic's post was public did OpenAI set out…").
  const opening = p.words.findIndex((w) => w.start >= m.start) <= OPENING;
  const inverted = opening ? INVERTED.exec(p.norm.slice(m.word ?? m.end, (m.word ?? m.end) + 80)) : null;
  if (inverted) out.add(inverted[1]!.toLowerCase());
  return out;
}

/** An auxiliary and the name after it, the subject of a clause an order word opens ("… did OpenAI set out"). */
const INVERTED = /\b(?:did|does|had|has|would|could)\s+(\p{Lu}[\p{L}-]*)(?!['’])\b/u;

/** Words after a fronted marker's comma where its clause's subject may stand. */
const FRONTED_SUBJECT = 3;

/**
 * Different order of events, or a different first reporter. With `minContext`, for pairs only loosely alike,
 * the two must also order the same action: that many content words before the markers in common.
 */
export function checkSequence(a: Passage, b: Passage, minContext = 0): Finding | null {
  const mb = markers(b);
  if (!mb.length) return null;
  const ma = markers(a);
  if (!ma.length) return null;
  const fa = ma.find((m) => m.cls === 'first');
  const fb = mb.find((m) => m.cls === 'first');
  if (fa && fb) return checkFirstReporter(a, b);
  const oa = ma.filter((m) => m.cls !== 'first');
  const ob = mb.filter((m) => m.cls !== 'first');
  // "Follows" against "comes alongside" is loose wording; only before against after is a real conflict.
  const opposite = (x: Marker, y: Marker) => (x.cls === 'before' && y.cls === 'after') || (x.cls === 'after' && y.cls === 'before');
  // "Before X" against "after Y" is a conflict only when X and Y are the same event.
  // The pair already reports the same point, so a synonym names the same event ("publishing" / "releasing").
  const sameEvent = (x: Marker, y: Marker) => !!x.event && !!y.event && sharedCount(x.event, y.event, a.related, true) > 0;
  // Ordered against one party's publication on both sides, the two need only share the actor ("OpenAI answered … the
  // day after Anthropic's post" / "OpenAI's position, outlined in a report published just before Anthropic's announcement").
  const published = (x: Marker, y: Marker) => [...(x.event ?? [])].some((e) => e.endsWith(` ${PUBLISH}`) && y.event?.has(e));
  const sameAction = (x: Marker, y: Marker) =>
    minContext === 0 || (published(x, y) ? sharedCount(actors(a, x), actors(b, y)) > 0 : sharedCount(stemsBefore(a, x.start, ACTION_WORDS), stemsBefore(b, y.start, ACTION_WORDS), a.related) >= minContext);
  // An order word opening a clause after a semicolon orders that clause's action: against the other's, the two must share a
  // word of it ("…; after the backlash that followed, the government blacklisted it" / "a decision that prompted backlash").
  const oneAction = (x: Marker, y: Marker) => !(opensClause(a, x) || opensClause(b, y)) || sharedCount(ordered(a, x), ordered(b, y), a.related) > 0;
  for (const x of oa) {
    const y = ob.find((m) => opposite(x, m) && sameEvent(x, m) && sameAction(x, m) && oneAction(x, m));
    if (y) return { kind: 'sequence', a: [x], b: [y], summary: summarise([x], [y]), confidence: 0.6 };
  }
  for (const x of oa) {
    const y = ob.find((m) => swapped(a, x, b, m, Math.max(2, minContext)));
    if (y) return { kind: 'sequence', a: [x], b: [y], summary: summarise([x], [y]), confidence: 0.6 };
  }
  return null;
}
