/**
 * Hearsay against fact: a claim one outlet passes on as hearsay ("the model reportedly rattled banks") and
 * another states as plain fact ("the model sent shockwaves through banking"). A change of certainty, tied
 * by the words of the claim after the hedge. An outlet that credits the claim to someone ("the company
 * noted that…", "according to…") is passing it on too, so it is no plain fact.
 */

import type { Piece } from '../text/segment';
import type { Finding } from './finding';
import { summarise } from './finding';
import { memo, slot, type Passage, type Word } from './passage';
import { STOPWORDS } from '../text/stopwords';
import { REPORTING_VERBS } from '../text/reporting';
import { HEDGE, isNegator } from './modality';
import { timeExprs } from '../text/temporal';

const HEARSAY_SLOT = slot();
const PLAIN_SLOT = slot();

/** Adverbs that pass a claim on without vouching for it. */
const HEARSAY = new Set(['reportedly', 'allegedly', 'apparently', 'purportedly', 'supposedly', 'seemingly', 'ostensibly']);
/** Words that source a claim or hold back from it (besides reporting verbs, hedging modals and negations). */
const SOURCED = new Set([
  ...HEARSAY, 'according', 'reported', 'reports', 'say', 'says', 'claim', 'claims', 'sources', 'believed', 'thought', 'suggests',
  'suggested', 'appears', 'appeared', 'seems', 'seemed',
]);
/** Participles that pass on a claim after a copula ("is thought to have built"), and verbs that do so actively ("claimed to have shown"). */
const PASSED_ON = new Set(['thought', 'believed', 'said', 'reported', 'alleged', 'understood', 'rumoured', 'rumored', 'presumed', 'supposed']);
const CLAIMED = new Set(['claims', 'claimed', 'purports', 'purported']);
const BE = new Set(['is', 'are', 'was', 'were', 'been', 'be']);

/**
 * The words of a frame that passes a claim on at word i ("is thought to have", "claimed to have"): 2 for "to have"
 * after it, else 0. The claim is what follows the frame ("built the worm", "demonstrated how…").
 */
function framed(ws: readonly Word[], i: number): number {
  const w = ws[i]!.lower;
  if (ws[i + 1]?.lower !== 'to' || ws[i + 2]?.lower !== 'have') return 0;
  return CLAIMED.has(w) || (PASSED_ON.has(w) && BE.has(ws[i - 1]?.lower ?? '')) ? 2 : 0;
}

/** Adjectives that make a report hearsay ("unconfirmed reports that…"), the nouns they take, and rumours by name. */
const UNCONFIRMED = /^(?:unconfirmed|unverified|unsubstantiated|uncorroborated)$/;
const REPORT_NOUN = /^(?:reports?|claims?|accounts?)$/;
const RUMOUR = /^(?:rumou?rs?)$/;

/**
 * The words of a hearsay noun phrase at word i up to its "that" ("unconfirmed reports (earlier this year) that", "rumours
 * that"), or 0: the claim is what follows "that".
 */
function rumoured(ws: readonly Word[], i: number, timed: (w: Word) => boolean): number {
  const w = ws[i]!.lower;
  let k = UNCONFIRMED.test(w) && REPORT_NOUN.test(ws[i + 1]?.lower ?? '') ? i + 2 : RUMOUR.test(w) ? i + 1 : -1;
  if (k < 0) return 0;
  while (k < ws.length && timed(ws[k]!)) k++;
  return ws[k]?.lower === 'that' ? k - i : 0;
}

/** Words after the hedge that make up the claim. */
const CLAIM = 6;

interface Hearsay {
  word: Word;
  /** For a frame ("is thought to have built"), the verb of the claim: the other side must state it plainly itself. */
  verb?: Word;
  /** The words after it that make up the claim. */
  after: Word[];
  claim: Set<string>;
}

/** The passage's hearsay adverbs, outside quotations, with the content stems of the claim each passes on. */
function hearsay(p: Passage): Hearsay[] {
  return memo(p, HEARSAY_SLOT, findHearsay);
}

function findHearsay(p: Passage): Hearsay[] {
  const out: Hearsay[] = [];
  if (!p.words.some((w, i) => HEARSAY.has(w.lower) || framed(p.words, i) > 0 || UNCONFIRMED.test(w.lower) || RUMOUR.test(w.lower))) return out;
  // When something happened is no part of what is claimed ("on Sunday night", "earlier this year").
  const times = timeExprs(p.norm);
  const timed = (w: Word) => times.some((t) => t.start < w.end && w.start < t.end);
  p.words.forEach((word, i) => {
    const frame = framed(p.words, i) || rumoured(p.words, i, timed);
    if ((!HEARSAY.has(word.lower) && !frame) || word.quoted) return;
    const after = p.words.slice(i + 1 + frame, i + 1 + frame + CLAIM);
    const claim = new Set<string>();
    for (const w of after) if (w.lower.length > 2 && !STOPWORDS.has(w.lower) && !timed(w)) claim.add(w.stem);
    const verb = frame ? after.find((w) => w.lower.length > 2 && !STOPWORDS.has(w.lower)) : undefined;
    out.push(verb ? { word, after, claim, verb } : { word, after, claim });
  });
  return out;
}

/** The passage's stems when it states its claims as plain fact (no hedge, source, quotation or negation); else null. */
function plainStems(p: Passage): Set<string> | null {
  return memo(p, PLAIN_SLOT, findPlain);
}

function findPlain(p: Passage): Set<string> | null {
  if (p.quotes.length > 0) return null;
  const held = (x: string) => SOURCED.has(x) || REPORTING_VERBS.has(x) || HEDGE.has(x) || isNegator(x);
  if (p.words.some((w) => held(w.lower))) return null;
  return new Set(p.words.map((w) => w.stem));
}

/** A claim passed on as hearsay on one side and stated as plain fact on the other; `need` claim words tie them. */
export function checkReported(a: Passage, b: Passage, need = 2): Finding | null {
  return hearsayIn(a, b, need, false) ?? hearsayIn(b, a, need, true);
}

function hearsayIn(x: Passage, y: Passage, need: number, flip: boolean): Finding | null {
  const hx = hearsay(x);
  if (hx.length === 0) return null;
  const framedFinding = hx.map((h) => (h.verb ? framedIn(x, h, y, need, flip) : null)).find((f) => f);
  if (framedFinding) return framedFinding;
  const plain = plainStems(y);
  if (!plain) return null;
  for (const h of hx) {
    const tied = [...h.claim].filter((s) => plain.has(s));
    if (tied.length < need) continue;
    // The claim's words stand together on the other side too, and that stretch is its highlight.
    const stretch = claimStretch(y, new Set(tied), need);
    if (!stretch) continue;
    // This side's highlight: the hedge and the claim up to its last tied word ("reportedly rattled banks and software").
    const last = h.after.filter((w) => tied.includes(w.stem)).pop()!;
    const px = [{ text: x.text.slice(h.word.start, last.end), start: h.word.start, end: last.end }];
    const py = [stretch];
    const [pa, pb] = flip ? [py, px] : [px, py];
    return { kind: 'certainty', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.7 };
  }
  return null;
}

/** The stretch of p, within CLAIM + 2 words, holding the most of the claim's stems (at least `need`), or null. */
function claimStretch(p: Passage, stems: Set<string>, need: number): Piece | null {
  const hits = p.words.flatMap((w, i) => (stems.has(w.stem) ? [i] : []));
  let best: [number, number, number] | null = null;
  for (let k = 0; k < hits.length; k++) {
    let j = k;
    while (j + 1 < hits.length && hits[j + 1]! - hits[k]! <= CLAIM + 1) j++;
    const distinct = new Set(hits.slice(k, j + 1).map((i) => p.words[i]!.stem)).size;
    if (distinct >= need && (!best || distinct > best[2])) best = [hits[k]!, hits[j]!, distinct];
  }
  if (!best) return null;
  const [from, to] = [p.words[best[0]]!, p.words[best[1]]!];
  return { text: p.text.slice(from.start, to.end), start: from.start, end: to.end };
}

/** Words before a verb that would make it passed on, hedged or denied rather than stated. */
const LEAD = 3;

/**
 * A claim passed on by a frame ("claimed to have demonstrated how…") against the same verb, or a synonym, stated plainly
 * on the other side ("researchers demonstrated how…"), whatever else that sentence hedges: the claim's words after both
 * verbs tie them.
 */
function framedIn(x: Passage, h: Hearsay, y: Passage, need: number, flip: boolean): Finding | null {
  const held = (w: Word) => SOURCED.has(w.lower) || REPORTING_VERBS.has(w.lower) || HEDGE.has(w.lower) || isNegator(w.lower) || CLAIMED.has(w.lower);
  const related = x.related ?? y.related;
  const same = (stem: string) => stem === h.verb!.stem || !!related?.(h.verb!.stem, stem);
  for (let j = 0; j < y.words.length; j++) {
    const v = y.words[j]!;
    if (v.quoted || !same(v.stem) || y.words.slice(Math.max(0, j - LEAD), j).some(held)) continue;
    const after = new Set(y.words.slice(j + 1, j + 1 + CLAIM + 2).map((w) => w.stem));
    const tied = [...h.claim].filter((s) => s !== v.stem && after.has(s));
    if (tied.length < need) continue;
    const last = h.after.filter((w) => tied.includes(w.stem)).pop()!;
    const lastY = y.words.slice(j + 1, j + 1 + CLAIM + 2).filter((w) => tied.includes(w.stem)).pop()!;
    const px = [{ text: x.text.slice(h.word.start, last.end), start: h.word.start, end: last.end }];
    const py = [{ text: y.text.slice(v.start, lastY.end), start: v.start, end: lastY.end }];
    const [pa, pb] = flip ? [py, px] : [px, py];
    return { kind: 'certainty', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.7 };
  }
  return null;
}
