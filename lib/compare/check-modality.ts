/**
 * Negation and certainty: a claim negated on one side only ("should not be set by governments" vs
 * "governments should set the rules"), or hedged on one side ("might increase") and firm on the other
 * ("would increase"). The two claims are tied by shared content words right after the negation or modal.
 */

import type { Piece } from '../text/segment';
import type { Finding } from './finding';
import { summarise } from './finding';
import { memo, type Passage, type Word, slot } from './passage';
import { STOPWORDS } from '../text/stopwords';

// Memo slots of this file's extractors.
const NEGATIONS_SLOT = slot();
const MODALS_SLOT = slot();
const STEMS_SLOT = slot();

const NEGATOR_WORDS = new Set(['not', 'no', 'never', 'cannot']);

/** A word (lower case) that negates: not, no, never, cannot, or a contraction in n't (no regex: it runs for every word). */
export function isNegator(lower: string): boolean {
  return NEGATOR_WORDS.has(lower) || lower.endsWith("n't");
}

const AUX = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'could', 'would', 'should', 'will', 'can', 'has', 'have', 'had', 'must', 'may', 'might', 'shall']);
/** "not just", "not only": adds to a claim rather than denying it. */
const NOT_NEGATING = new Set(['just', 'only', 'merely', 'simply', 'least', 'necessarily']);
/** Modals that are neither hedge nor firm ("can", "should"): a quoted claim with one is no plain assertion. */
const AUX_MODAL = new Set(['can', 'should', 'cannot']);
/** Words that hedge a claim, and words that make it firm. */
export const HEDGE: ReadonlySet<string> = new Set(['might', 'may', 'could', 'possibly', 'perhaps', 'potentially', 'likely', 'probably']);
export const FIRM: ReadonlySet<string> = new Set(['will', 'would', 'must', 'shall', 'definitely', 'certainly', 'surely', 'inevitably']);
/** Words that deny without "not": the plain side is not an assertion then. */
const NEGATIVE_VERBS = /\b(refus|declin|reject|fail|deni|lack|without|never|neither|nor|absent|stop(?:ped)? short)/i;
const SCOPE = 6;
/** Words after a modal that may still belong to its claim. */
const CLAIM = 14;
/** A determiner that points back to what the sentence before said ("this milestone will arrive"). */
const DEMONSTRATIVE = /^(this|that|these|those|such)$/;

interface Marker {
  word: Word;
  index: number;
  /** Content stems the marker governs, filled on first use (markers are memoised per passage). */
  scope?: Set<string>;
  /** Content stems over the rest of its clause, filled on first use. */
  claim?: Set<string>;
  /** The word it governs (null: none), filled on first use. */
  head?: Word | null;
}

function content(ws: Word[], from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let i = Math.max(0, from); i <= Math.min(ws.length - 1, to); i++) {
    const w = ws[i]!;
    if (!STOPWORDS.has(w.lower) && !AUX.has(w.lower) && w.lower.length > 2 && !HEDGE.has(w.lower) && !FIRM.has(w.lower)) out.add(w.stem);
  }
  return out;
}

/** Quantifiers that deny the likelihood noun after them ("little risk of", "no chance that"). */
const NONE_OF = new Set(['little', 'no', 'minimal', 'negligible', 'scant']);
const LIKELIHOOD = new Set(['risk', 'chance', 'danger', 'threat', 'possibility', 'likelihood', 'prospect']);

/** "little risk of losing control" denies what "humans risk losing control" states; "a little risk" affirms it. */
function deniesLikelihood(ws: Word[], index: number): boolean {
  return NONE_OF.has(ws[index]!.lower) && LIKELIHOOD.has(ws[index + 1]?.lower ?? '') && ws[index - 1]?.lower !== 'a';
}

/**
 * Predicate negations: "did not", "should not be", "isn't", "never" (not a contrast like "governments, not
 * companies"), and a likelihood denied ("there's little risk of").
 */
function negations(p: Passage): Marker[] {
  return memo(p, NEGATIONS_SLOT, () => {
    const out: Marker[] = [];
    p.words.forEach((word, index) => {
      if (deniesLikelihood(p.words, index)) return void out.push({ word, index });
      if (!isNegator(word.lower)) return;
      if (NOT_NEGATING.has(p.words[index + 1]?.lower ?? '')) return;
      if (word.lower.endsWith("n't") || word.lower === 'never' || word.lower === 'cannot' || AUX.has(p.words[index - 1]?.lower ?? '')) out.push({ word, index });
    });
    return out;
  });
}

function modals(p: Passage): Marker[] {
  return memo(p, MODALS_SLOT, () => {
    const out: Marker[] = [];
    p.words.forEach((word, index) => {
      if (HEDGE.has(word.lower) || FIRM.has(word.lower)) out.push({ word, index });
    });
    return out;
  });
}

/** The first content word after a marker: the verb or adjective it governs. */
function head(p: Passage, m: Marker): Word | undefined {
  return p.words.slice(m.index + 1, m.index + 4).find((w) => !STOPWORDS.has(w.lower) && !AUX.has(w.lower) && w.lower.length > 2);
}

/** Where in b the words after a's marker recur (its head word among them): first and last matching word, if `need` match. */
function tieIn(a: Passage, m: Marker, b: Passage, need: number): { from: number; to: number } | null {
  const scope = (m.scope ??= content(a.words, m.index + 1, m.index + SCOPE));
  if (scope.size < need) return null;
  const h = m.head === undefined ? (m.head = head(a, m) ?? null) : m.head;
  if (!h || !memo(b, STEMS_SLOT, (q) => new Set(q.words.map((w) => w.stem))).has(h.stem)) return null;
  const hits: number[] = [];
  for (let i = 0; i < b.words.length; i++) if (scope.has(b.words[i]!.stem)) hits.push(i);
  for (let k = 0; k + need - 1 < hits.length; k++) {
    if (hits[k + need - 1]! - hits[k]! <= SCOPE + 2) return { from: hits[k]!, to: hits[k + need - 1]! };
  }
  return null;
}

const span = (p: Passage, from: number, to: number): Piece => ({ text: p.text.slice(p.words[from]!.start, p.words[to]!.end), start: p.words[from]!.start, end: p.words[to]!.end });

/** A claim negated on one side and asserted on the other. */
export function checkNegation(a: Passage, b: Passage): Finding | null {
  return negatedIn(a, b, false) ?? negatedIn(b, a, true);
}

/** A claim negated in x and asserted in y (flip: x is the pair's second passage). */
function negatedIn(x: Passage, y: Passage, flip: boolean): Finding | null {
  for (const m of negations(x)) {
    const tie = tieIn(x, m, y, 2);
    if (!tie) continue;
    // Inside a quotation both sides carry, the quote check reports the flip.
    if (m.word.quoted && y.words[tie.from]!.quoted) continue;
    const from = Math.max(0, tie.from - 8);
    const near = y.words.slice(from, tie.to + 1);
    if (near.some((w, k) => isNegator(w.lower) || deniesLikelihood(y.words, from + k)) || NEGATIVE_VERBS.test(near.map((w) => w.lower).join(' '))) continue;
    const px = [span(x, m.index, Math.min(m.index + 2, x.words.length - 1))];
    const py = [span(y, tie.from, tie.to)];
    const [pa, pb] = flip ? [py, px] : [px, py];
    return { kind: 'negation', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.7 };
  }
  return null;
}

/** Stems of one word family: equal, or one a prefix of the other ("soon" / "sooner", "design" / "designer"). */
function kin(x: string, y: string): boolean {
  if (x === y) return true;
  const s = x.length < y.length ? x : y;
  const l = x.length < y.length ? y : x;
  return s.length >= 4 && l.startsWith(s);
}

/** How many stems of x have kin in y. */
function kinShared(x: Set<string>, y: Set<string>): number {
  let n = 0;
  for (const s of x) {
    if (y.has(s)) n++;
    else for (const t of y) if (kin(s, t)) { n++; break; }
  }
  return n;
}

/**
 * Whether two modals govern the same claim: two words in common right after both ("could arrive soon" /
 * "will arrive sooner"), or three over the rest of the clause, where a rewording moves the verb
 * ("will soon achieve ... the ability to design and develop their own successors" / "could eventually design
 * and develop their own successors").
 */
function sameClaim(a: Passage, ma: Marker, b: Passage, mb: Marker): boolean {
  const near = kinShared((ma.scope ??= content(a.words, ma.index + 1, ma.index + SCOPE + 2)), (mb.scope ??= content(b.words, mb.index + 1, mb.index + SCOPE + 2)));
  if (near >= 2) return true;
  const far = (p: Passage, m: Marker) => (m.claim ??= withReferent(p, m, content(p.words, m.index + 1, m.index + CLAIM)));
  return kinShared(far(a, ma), far(b, mb)) >= 3;
}

/**
 * A modal whose subject points back ("this milestone will arrive", "such a shift could") makes a claim
 * about what the sentence before said, so that sentence's content words belong to the claim too.
 */
function withReferent(p: Passage, m: Marker, claim: Set<string>): Set<string> {
  const subject = p.words.slice(Math.max(0, m.index - 3), m.index);
  const at = subject.findIndex((w) => DEMONSTRATIVE.test(w.lower));
  // A determiner, not a pronoun: a noun follows it before the modal ("this milestone", not "that will").
  if (at < 0 || !subject.slice(at + 1).some((w) => !STOPWORDS.has(w.lower) && !AUX.has(w.lower))) return claim;
  const before = p.before?.();
  if (!before) return claim;
  for (const s of content(before.words, 0, before.words.length - 1)) claim.add(s);
  return claim;
}

const cls = (w: Word) => (HEDGE.has(w.lower) ? 'hedge' : 'firm');

/**
 * A hedge put on words the other side quotes plainly: "anything connected could now be at risk" against the
 * speaker's own "Anything connected is now at risk". A quotation is the speaker's exact claim, so a modal added
 * around the same words changes how sure it sounds; a paraphrase against a paraphrase may word it either way.
 */
function hedgedQuote(x: Passage, y: Passage, flip: boolean): Finding | null {
  // Only quoted words can be the plain claim: most passages quote nothing, and are done here.
  if (y.quotes.length === 0) return null;
  for (const m of modals(x)) {
    if (m.word.quoted || !HEDGE.has(m.word.lower)) continue;
    // What is hedged (the first content word after the modal) and what it is said of (two before it), all quoted in y.
    const h = [...content(x.words, m.index + 1, m.index + SCOPE)][0];
    if (!h) continue;
    const before = content(x.words, m.index - 5, m.index - 1);
    const ha = y.words.flatMap((w, i) => (w.quoted && w.stem === h ? [i] : []));
    const hb = y.words.flatMap((w, i) => (w.quoted && before.has(w.stem) ? [i] : []));
    if (ha.length === 0 || new Set(hb.map((i) => y.words[i]!.stem)).size < 2) continue;
    const from = Math.min(...hb);
    const to = Math.min(...ha.filter((i) => i > from));
    if (!Number.isFinite(to) || to - from > SCOPE + 4) continue;
    // The quoted claim carries no modal of its own (nor a negation, which the negation check reads).
    if (y.words.slice(from, to + 1).some((w) => HEDGE.has(w.lower) || FIRM.has(w.lower) || AUX_MODAL.has(w.lower) || isNegator(w.lower))) continue;
    const px = [span(x, m.index, Math.min(m.index + 2, x.words.length - 1))];
    const py = [span(y, Math.max(...hb.filter((i) => i < to)), to)];
    const [pa, pb] = flip ? [py, px] : [px, py];
    return { kind: 'certainty', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.7 };
  }
  return null;
}

/** The same claim hedged on one side and firm on the other (by a modal, or by a quotation with none). */
export function checkCertainty(a: Passage, b: Passage): Finding | null {
  return modalCertainty(a, b) ?? hedgedQuote(a, b, false) ?? hedgedQuote(b, a, true);
}

function modalCertainty(a: Passage, b: Passage): Finding | null {
  const kb = modals(b);
  if (!kb.length) return null;
  const ka = modals(a);
  for (const ma of ka) {
    for (const mb of kb) {
      if (cls(ma.word) === cls(mb.word) || (ma.word.quoted && mb.word.quoted)) continue;
      if (!sameClaim(a, ma, b, mb)) continue;
      // A claim hedged (or firm) alike on the other side as well is no change of certainty.
      if (kb.some((m) => cls(m.word) === cls(ma.word) && sameClaim(a, ma, b, m))) break;
      if (ka.some((m) => cls(m.word) === cls(mb.word) && sameClaim(a, m, b, mb))) continue;
      const pa = [span(a, ma.index, Math.min(ma.index + 2, a.words.length - 1))];
      const pb = [span(b, mb.index, Math.min(mb.index + 2, b.words.length - 1))];
      return { kind: 'certainty', a: pa, b: pb, summary: summarise(pa, pb), confidence: 0.75 };
    }
  }
  return null;
}
