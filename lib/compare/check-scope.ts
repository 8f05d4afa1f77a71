/**
 * Scope: the same thing said to be confined to something on one side and to reach past it on the other
 * ("the threat is confined to the largest models", "the concern lies with the biggest models, not with smaller ones" /
 * "it's not just the biggest models that pose a threat", "risks extend beyond the largest models"), or a set said to narrow on one side and to take in everything
 * on the other ("has narrowed the pool of targets" / "anything online becomes a potential target"). One outlet states the opposite of the other, so it is reported
 * as a negation. The two are tied by the words of what they scope (at least two, synonyms counting).
 */

import type { Finding } from './finding';
import { summarise } from './finding';
import { memo, slot, type Passage, type Word } from './passage';
import { sharedCount } from './context';
import { STOPWORDS } from '../text/stopwords';
import { isNegator } from './modality';

const SCOPES_SLOT = slot();

const RESTRICT = 1;
const EXTEND = 2;
/** Content words after a marker that name what it scopes, and the words they may spread over ("solely from the largest and most powerful models"). */
const OBJECT = 4;
const OBJECT_SPAN = 9;
/** Content words the two scoped things must share. */
const NEED = 2;

/** Words that confine what follows them to "to …": "confined to", "limited to". */
const CONFINED = new Set(['confined', 'limited', 'restricted', 'exclusive']);
/** Verbs that carry what they say past what follows "beyond": "extends beyond", "goes well beyond". */
const REACHING = /^(?:extend|go|goe|gone|went|reach|stretch|spread|rang|run|ran)/;
/** A verb that shrinks the set it is given ("has narrowed the field of bidders"); the bare adjective is no marker. */
const NARROWING = new Set(['narrowed', 'narrows', 'narrowing']);
/** A subject that takes in every member: "anything connected to the network is a target". */
const UNIVERSAL = new Set(['everything', 'anything', 'everyone', 'anyone', 'everybody', 'anybody']);
/** Verbs that make the universal subject a member of what follows ("becomes a target", "is at risk"). */
const MEMBERSHIP = new Set(['is', 'are', 'becomes', 'become']);
/** How far back the universal subject may stand from its verb ("everything connected to the internet becomes"). */
const SUBJECT_SPAN = 6;
/** How far back a negator may deny "solely" or "exclusively" ("no longer need to focus exclusively on"). */
const DENIAL_SPAN = 5;
/** How far back a negator may deny "only" across the verb it qualifies ("does not come only from"). */
const VERB_DENIAL_SPAN = 3;
/** Words that put most of what is said on what follows them, set against the rest: "comes mainly from the largest models rather than smaller ones". */
const MOSTLY = new Set(['mainly', 'mostly', 'chiefly', 'primarily', 'predominantly']);
/** What "mainly" may be followed by before its noun phrase ("mainly from the", "mainly the"). */
const MOSTLY_LEAD = new Set(['from', 'in', 'on', 'by', 'among', 'to', 'with']);
/** What may follow "only" when it restricts a noun phrase ("only the largest"), not "only after" or "only just". */
const DETERMINER = new Set(['the', 'a', 'an', 'those', 'these', 'its', 'their', 'his', 'her', 'our']);

interface Scope {
  /** The marker's words, for the highlight. */
  from: Word;
  to: Word;
  kind: number;
  /** Content stems of what it scopes. */
  object: Set<string>;
  /** The last word read for the object. */
  last: Word;
}

/** Prepositions that place a thing ("lies with", "comes from", "sits in") before the greatest of a kind, and a cleft's "it is". */
const PLACING = new Set(['with', 'from', 'in', 'among', 'at', 'to', 'is', 'are', 'was', 'were']);
/** The greatest of a kind ("the biggest", "the most powerful", "the frontier"), perhaps "the very largest". */
const GREATEST = /^(?:\p{L}+est|most|frontier|top)$/u;
/** The lesser of a kind, set aside after the greatest ("rather than with the smaller ones", "and not with older models"). */
const LESSER = new Set(['smaller', 'older', 'lesser', 'less', 'weaker', 'humbler', 'cheaper', 'simpler', 'small', 'old', 'cheap']);
/** Words around the greatest within which the lesser must be set aside, and words between the setting aside and the lesser. */
const SET_ASIDE_SPAN = 14;
const LESSER_SPAN = 4;
/** Words before the greatest within which the lesser may be denied first ("the cheap, small programs aren't the ones to lose sleep over; … come from the biggest"). */
const LESSER_BEFORE = 20;
/** Words after the greatest within which a cleft's "that" or "who" opens what they do ("the biggest, most powerful language models that pose"). */
const CLEFT_SPAN = 6;
/** Words after the greatest within which "alone" or "only those" confines them ("the biggest models alone", "and only those"). */
const ALONE_SPAN = 8;

/**
 * "lies with the biggest models, and not with the smaller ones", "it is the biggest … rather than the older ones", "the
 * smaller stuff isn't where the concern is", "the biggest models alone": the greatest of a kind set against the lesser,
 * or alone, confines what is said to the greatest, as "only" does. The index of the superlative, or -1.
 */
function greatestNotLesser(p: Passage, i: number): number {
  const ws = p.words;
  // "it's the biggest": the contracted copula is part of the word ("it's", read "it").
  const contracted = ws[i]!.lower === 'it' && /['’]s$/.test(ws[i]!.text);
  if ((!PLACING.has(ws[i]!.lower) && !contracted) || !DETERMINER.has(ws[i + 1]?.lower ?? '')) return -1;
  const g = ws[i + 2]?.lower === 'very' ? i + 3 : i + 2;
  if (!GREATEST.test(ws[g]?.lower ?? '')) return -1;
  // "it is the biggest": "is" places only in a cleft.
  const copula = /^(?:is|are|was|were)$/.test(ws[i]!.lower);
  if (copula && !/^(?:it|that)$/.test(ws[i - 1]?.lower ?? '')) return -1;
  // "it's the biggest, most powerful models that pose the concerns": a cleft picks out the greatest as the ones that do it.
  if ((contracted || (copula && ws[i - 1]!.lower === 'it')) && ws.slice(g + 1, g + 1 + CLEFT_SPAN).some((x) => x.lower === 'that' || x.lower === 'who')) return g;
  const denied = (k: number) => ws.slice(k + 1, k + 1 + LESSER_SPAN).some((x) => isNegator(x.lower));
  for (let k = g + 1; k < Math.min(ws.length, g + 1 + SET_ASIDE_SPAN); k++) {
    const w = ws[k]!.lower;
    if (k <= g + ALONE_SPAN && (w === 'alone' || (w === 'only' && /^(?:those|these|them)$/.test(ws[k + 1]?.lower ?? '')))) return g;
    const aside = (w === 'than' && ws[k - 1]?.lower === 'rather') || w === 'not' || (w === 'of' && ws[k - 1]?.lower === 'instead');
    if (aside && ws.slice(k + 1, k + 1 + LESSER_SPAN).some((x) => LESSER.has(x.lower))) return g;
    // "…; the smaller, older stuff isn't where the concern is": the lesser denied after the greatest.
    if (LESSER.has(w) && denied(k)) return g;
  }
  // "the cheap, small programs aren't the ones to lose sleep over; … come from the biggest": the lesser denied before.
  for (let k = Math.max(0, i - LESSER_BEFORE); k < i; k++) if (LESSER.has(ws[k]!.lower) && denied(k)) return g;
  return -1;
}

/** The words a marker ends with: every other word is passed over at once. */
const MARKER_ENDS = new Set(['to', 'just', 'only', 'solely', 'exclusively', 'beyond', ...NARROWING, ...MEMBERSHIP, ...MOSTLY]);

/** The direction of the scope marker ending at word i, and where it starts; null when none ends there. */
function markerAt(ws: Word[], i: number): { start: number; kind: number } | null {
  const w = ws[i]!.lower;
  if (!MARKER_ENDS.has(w)) return null;
  const prev = ws[i - 1]?.lower ?? '';
  const negated = (k: number) => isNegator(ws[k]?.lower ?? '');
  if (w === 'to' && CONFINED.has(prev)) return negated(i - 2) ? { start: i - 2, kind: EXTEND } : { start: i - 1, kind: RESTRICT };
  // "not only", and contracted: "it isn't only the biggest models".
  if ((w === 'just' || w === 'only') && negated(i - 1)) return { start: i - 1, kind: EXTEND };
  // "no longer just the classic targets": denied as "not just" is.
  if ((w === 'just' || w === 'only') && prev === 'longer' && negated(i - 2)) return { start: i - 2, kind: EXTEND };
  if (w === 'just' && prev === 'than' && ws[i - 2]?.lower === 'more') return { start: i - 2, kind: EXTEND };
  if (w === 'solely' || w === 'exclusively') {
    for (let k = i - 1; k >= Math.max(0, i - DENIAL_SPAN); k--) if (negated(k)) return { start: k, kind: EXTEND };
    return { start: i, kind: RESTRICT };
  }
  if (NARROWING.has(w)) return { start: i, kind: RESTRICT };
  // "mainly the biggest", "mainly from the biggest"; denied ("not mainly") it reaches past them.
  if (MOSTLY.has(w)) {
    const next = ws[i + 1]?.lower ?? '';
    if (DETERMINER.has(next) || (MOSTLY_LEAD.has(next) && DETERMINER.has(ws[i + 2]?.lower ?? ''))) return negated(i - 1) ? { start: i - 1, kind: EXTEND } : { start: i, kind: RESTRICT };
  }
  if (MEMBERSHIP.has(w)) {
    for (let k = i - 1; k >= Math.max(0, i - SUBJECT_SPAN); k--) if (UNIVERSAL.has(ws[k]!.lower)) return { start: k, kind: EXTEND };
  }
  // "only the largest", and "just" as news writes it for "only": "it's just the biggest models that pose…".
  if ((w === 'only' || w === 'just') && DETERMINER.has(ws[i + 1]?.lower ?? '') && !['the', 'if', 'not'].includes(prev)) return { start: i, kind: RESTRICT };
  // "come only from the biggest models", as "mainly from the" is read; denied with its verb ("does not come only from") it reaches past them.
  if (w === 'only' && MOSTLY_LEAD.has(ws[i + 1]?.lower ?? '') && DETERMINER.has(ws[i + 2]?.lower ?? '') && !['the', 'if'].includes(prev)) {
    for (let k = i - 1; k >= Math.max(0, i - VERB_DENIAL_SPAN); k--) if (negated(k)) return { start: k, kind: EXTEND };
    return { start: i, kind: RESTRICT };
  }
  if (w === 'beyond') {
    for (const k of [i - 1, i - 2]) if (k >= 0 && REACHING.test(ws[k]!.stem)) return { start: k, kind: EXTEND };
  }
  return null;
}

/** A passage's scope markers with what each scopes. */
function scopes(p: Passage): Scope[] {
  return memo(p, SCOPES_SLOT, findScopes);
}

function findScopes(p: Passage): Scope[] {
  const out: Scope[] = [];
  const ws = p.words;
  // Most passages have no universal subject: their "is" and "are" are passed over at once.
  const universal = ws.some((w) => UNIVERSAL.has(w.lower));
  for (let i = 0; i < ws.length; i++) {
    // The greatest set against the lesser is marked from its preposition to its superlative ("with the biggest").
    const g = greatestNotLesser(p, i);
    if (g < 0 && !universal && MEMBERSHIP.has(ws[i]!.lower)) continue;
    const m = g >= 0 ? { start: i, kind: RESTRICT, end: g } : markerAt(ws, i);
    if (!m) continue;
    const object = new Set<string>();
    let last = ws[i]!;
    for (let k = i + 1; k < Math.min(ws.length, i + 1 + OBJECT_SPAN) && object.size < OBJECT; k++) {
      const x = (last = ws[k]!);
      if (x.lower.length > 2 && !STOPWORDS.has(x.lower)) object.add(x.stem);
    }
    out.push({ from: ws[m.start]!, to: ws['end' in m ? m.end : i]!, kind: m.kind, object, last });
  }
  return out;
}

/** Where each scope marker's object stands in a passage (the words after the marker it scopes), for finding it elsewhere. */
export function scopedSpans(p: Passage): Array<{ start: number; end: number }> {
  return scopes(p).map((x) => ({ start: x.to.end, end: x.last.end }));
}

/** One side confines what the other says reaches past it, about the same thing. */
export function checkScope(a: Passage, b: Passage): Finding | null {
  const sb = scopes(b);
  if (sb.length === 0) return null;
  for (const x of scopes(a)) {
    for (const y of sb) {
      if (x.kind === y.kind) continue;
      // Inside a quotation both sides carry, the quote check reports the change.
      if (x.from.quoted && y.from.quoted) continue;
      if (sharedCount(x.object, y.object, a.related, true) < NEED) continue;
      const pa = [{ text: a.text.slice(x.from.start, x.to.end), start: x.from.start, end: x.to.end }];
      const pb = [{ text: b.text.slice(y.from.start, y.to.end), start: y.from.start, end: y.to.end }];
      return { kind: 'negation', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.7 };
    }
  }
  return null;
}
