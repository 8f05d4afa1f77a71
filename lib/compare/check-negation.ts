/**
 * Negation: a claim negated on one side only ("should not be set by governments" vs "governments should set the
 * rules"), the two tied by shared content words right after the negation.
 */

import type { Finding } from './finding';
import { summarise } from './finding';
import type { Passage, Word } from './passage';
import { content, COPULA_CONTRACTED, isNegator, SCOPE, span, type Marker } from './modality';
import { deniesLikelihood, negations } from './negations';
import { modalTieIn, PREVENTING, relativeObject, throughMeans, tieIn } from './claim-tie';

/**
 * Words that deny without "not" ("refused", "nobody could", "struggle to"), ask ("whether it keeps pace"), keep a
 * thing from happening ("preventing any single company from…") or make it a purpose ("used to allow research to keep
 * pace", "so that") or set it aside ("rather than mandating a pause"): the plain side is not an assertion then.
 */
const NEGATIVE_VERBS = /\b(refus|declin|reject|fail|deni|lack|without|never|neither|nor|nobody|no one|none|nothing|absent|stop(?:ped)? short|struggl|whether|prevent|avoid|forbid|prohibit|ban(?:s|ned|ning)?\b|block(?:s|ed|ing)?\b|\bto (?:allow|let|enable|help)\b|\bso that\b|\bin order to\b|\brather than\b|\binstead of\b)/i;

/** A fault that "no" or "nothing" denies, and the word that joins it to what it approves ("nothing wrong with", "no harm in"). */
const FAULT = /^(?:wrong|amiss|problems?|harm|objections?|issues?|fault)$/;
const FAULT_OF = /^(?:with|in|about)$/;

/** Indices of the words of a denied fault ("nothing wrong with") standing from `from` up to the claim's first word. */
function faultCleared(ws: Word[], from: number, to: number): Set<number> {
  const out = new Set<number>();
  for (let i = from; i + 2 <= to; i++) {
    if (/^(?:no|nothing)$/.test(ws[i]!.lower) && FAULT.test(ws[i + 1]!.lower) && FAULT_OF.test(ws[i + 2]!.lower)) out.add(i).add(i + 1).add(i + 2);
  }
  return out;
}

/** Words apart the claim's words may stand on the other side, strictly (for sentences alike in nothing else). */
const STRICT_WITHIN = 3;

/** "too important to be left to one lab": "too" and an adjective before "to" deny what follows, as "should not be left" does. */
function tooTo(ws: Word[], i: number): boolean {
  return ws[i]!.lower === 'too' && (ws[i + 2]?.lower === 'to' || (ws[i + 3]?.lower === 'to' && /ly$/.test(ws[i + 1]?.lower ?? '')));
}

/** "no verification (at all)": "no" before a noun that is the whole of the claim, which its one word ties. */
function bareNoun(x: Passage, m: Marker): boolean {
  // Not "no such agreement" (one named before) nor a relative clause on another thing ("over which we have no control").
  // A "no" that ends its sentence ("The short answer is no.") answers; it denies no noun.
  if (m.word.lower !== 'no' || m.index + 1 >= x.words.length || x.words[m.index + 1]?.lower === 'such' || x.words.slice(Math.max(0, m.index - 4), m.index).some((w) => w.lower === 'which')) return false;
  // The claim ends with its clause ("no verification at all; there is…"), or where it says where it is missing from ("no
  // verification in the proposal").
  let end = m.index + 1;
  while (end + 1 < x.words.length && end < m.index + SCOPE && !/[,;:.—–(]/.test(x.text.slice(x.words[end]!.end, x.words[end + 1]!.start)) && !/^(?:in|within)$/.test(x.words[end + 1]!.lower)) end++;
  // "The hut has no basement, but it does have a 2014 laptop": a difference the writer concedes before turning to what is
  // there, not a denial of the other side's claim.
  if (/^\s*[,;]\s*$/.test(x.text.slice(x.words[end]!.end, x.words[end + 1]?.start ?? x.text.length)) && x.words[end + 1]?.lower === 'but') return false;
  return content(x.words, m.index + 1, end).size === 1;
}

/** A copula written out ("is", "were"), or contracted onto its subject as COPULA_CONTRACTED reads it ("I'm", "they're"). */
const BE = /^(?:is|are|was|were|am|be|been)$/i;
const isCopula = (w: Word) => BE.test(w.text) || COPULA_CONTRACTED.test(w.text);
/** A copula denied in one contracted word ("isn't", "weren't"). */
const DENIED_COPULA = /^(?:isn|aren|wasn|weren)['’]t$/i;

/** The speaker or the reader as a subject, with the copula contracted onto it or not ("I'm", "we are", "you're"). */
const PERSONAL = /^(?:i|we|you)(?:['’](?:m|re))?$/i;

/**
 * "I'm not a bank", "we aren't a hospital": a speaker saying what they are not (a reader's question, a caller's aside)
 * denies that they are one of a kind, and diverges only from a side that says something is.
 */
function deniesKind(x: Passage, m: Marker): boolean {
  if (!/^an?$/.test(x.words[m.index + 1]?.lower ?? '')) return false;
  const prev = x.words[m.index - 1];
  const subject = DENIED_COPULA.test(m.word.text) ? prev : m.word.lower === 'not' && prev && isCopula(prev) ? (BE.test(prev.text) ? x.words[m.index - 2] : prev) : undefined;
  return !!subject && PERSONAL.test(subject.text);
}

/** Words before the other side's claim word within which its copula must stand for it to say the thing is one ("is a bank"). */
const KIND_WITHIN = 3;

/** Whether the other side says something is of that kind: a copula shortly before the word, not the word as any noun ("targeted banks"). */
function statesKind(y: Passage, from: number): boolean {
  return y.words.slice(Math.max(0, from - KIND_WITHIN), from).some(isCopula);
}

/** A claim negated on one side and asserted on the other, tied by `need` of its words; strictly, only where they stand together. */
export function checkNegation(a: Passage, b: Passage, strict = false, need = 2): Finding | null {
  return negatedIn(a, b, false, strict, need) ?? negatedIn(b, a, true, strict, need);
}

/** A claim negated in x and asserted in y (flip: x is the pair's second passage). */
function negatedIn(x: Passage, y: Passage, flip: boolean, strict: boolean, need: number): Finding | null {
  for (const m of negations(x)) {
    const means = strict ? null : throughMeans(x, m);
    const rel = strict ? null : relativeObject(x, m);
    const tie = strict ? tieIn(x, m, y, need, STRICT_WITHIN) : (tieIn(x, m, y, need) ?? modalTieIn(x, m, y) ?? (means && tieIn(x, means, y, need)) ?? (rel && tieIn(x, rel, y, need)) ?? (bareNoun(x, m) ? tieIn(x, m, y, 1) : null));
    if (!tie) continue;
    if (deniesKind(x, m) && !statesKind(y, tie.from)) continue;
    // Inside a quotation both sides carry, the quote check reports the flip.
    if (m.word.quoted && y.words[tie.from]!.quoted) continue;
    const from = Math.max(0, tie.from - 8);
    const near = y.words.slice(from, tie.to + 1);
    // A denying verb is the other side's own negation, unless it is the very claim x negates ("hasn't rejected" / "rejected").
    // So is a verb of keeping a thing from happening where x denies one ("would do nothing to stop any rival" / "preventing any rival").
    const claim = x.words[m.index + (m.frame ?? 0) + 1];
    const stops = !!claim && PREVENTING.test(claim.stem);
    // "saw nothing wrong with leaving…", "no problem in leaving…": a fault denied approves what follows; it denies nothing of it.
    const cleared = faultCleared(y.words, from, tie.from);
    const denying = near.filter((w, k) => !m.scope?.has(w.stem) && !(stops && PREVENTING.test(w.stem)) && !cleared.has(from + k)).map((w) => w.lower).join(' ');
    // A fault found in it ("saw a problem in leaving…", "something wrong with") objects to it, as the negation does.
    const faulted = (k: number) => FAULT.test(y.words[k]!.lower) && FAULT_OF.test(y.words[k + 1]?.lower ?? '') && !cleared.has(k);
    // "had little practical impact", "few labs": as much a denial as "didn't have much impact" ("a little", "a few" are none).
    const scant = (k: number) => /^(?:little|few)$/.test(y.words[k]!.lower) && y.words[k - 1]?.lower !== 'a';
    if (near.some((w, k) => (isNegator(w.lower) && !cleared.has(from + k)) || faulted(from + k) || deniesLikelihood(y.words, from + k) || tooTo(y.words, from + k) || scant(from + k)) || NEGATIVE_VERBS.test(denying)) continue;
    // Nor where the other side denies it in a way of its own ("held back from offering details" / "did not provide details").
    if (negations(y).some((n) => n.index >= from && n.index <= tie.to && !m.scope?.has(n.word.stem))) continue;
    const px = [span(x, m.index, Math.min(m.index + 2, x.words.length - 1))];
    const py = [span(y, tie.from, tie.to)];
    const [pa, pb] = flip ? [py, px] : [px, py];
    return { kind: 'negation', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.7 };
  }
  return null;
}
